package org.furat.ui;

import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.furat.app.Workspace;
import org.furat.model.IncidentFilter;

/**
 * The incident table of every incident in a workspace, in a window of its own, for measuring scrolling at scale: its
 * pages are read on the FX thread as they come into view, so a measured scroll includes reading the rows it shows.
 * Use on the FX thread.
 */
public final class IncidentTableFrame {

    private final Stage stage = new Stage();
    private final TableView<RowRef> table;
    private final WritableImage image;

    private IncidentTableFrame(IncidentPanel panel) {
        Scene scene = new Scene(panel, 660, 700);
        scene.getStylesheets().add(IncidentTableFrame.class.getResource("furat.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        table = panel.table();
        panel.applyCss();
        panel.layout();
        image = new WritableImage((int) Math.ceil(table.getWidth()), (int) Math.ceil(table.getHeight()));
    }

    /** The table of every incident (deleted ones left out), newest first. */
    public static IncidentTableFrame of(Workspace workspace) {
        MainViewModel model = new MainViewModel(workspace, TaskRunner.sameThread());
        IncidentFilter everything = IncidentFilter.ALL;
        IncidentPanel panel = new IncidentPanel(model, () -> null);
        model.filterProperty().set(everything);
        return new IncidentTableFrame(panel);
    }

    public int rows() { return table.getItems().size(); }

    /** Scrolls so that {@code row} is the first row shown, lays the table out and draws it into an image. */
    public int scrollToAndDraw(int row) {
        table.scrollTo(row);
        table.layout();
        table.snapshot(null, image);
        return row;
    }

    public void close() {
        stage.hide();
    }
}
