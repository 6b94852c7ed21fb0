package org.furat.ui;

import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
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

    /**
     * Scrolls three rows on at every pulse, from {@code firstRow}, as a held scroll wheel does, and hands on the
     * times between {@code pulses} pulses, in milliseconds. JavaFX starts a pulse only once the frame before it is
     * drawn on the screen, so these are the frame times an analyst sees (a pulse is at most every 1/60 s).
     */
    public void scrollSteadily(int firstRow, int pulses, Consumer<double[]> onDone) {
        double[] gaps = new double[pulses];
        new AnimationTimer() {
            private long last;
            private int measured;
            private int row = firstRow;

            @Override
            public void handle(long now) {
                if (last != 0) gaps[measured++] = (now - last) / 1e6;
                last = now;
                if (measured == pulses) {
                    stop();
                    onDone.accept(gaps);
                    return;
                }
                row = (row + 3) % Math.max(1, rows());
                table.scrollTo(row);
            }
        }.start();
    }

    public void close() {
        stage.hide();
    }
}
