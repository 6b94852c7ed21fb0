package org.furat.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.furat.model.ChangeQuery;

/**
 * The History panel of one incident or place: its actions newest first (when, who, what and why), each with its
 * changes as an analyst reads them; older ones a page at a time.
 */
public final class HistoryWindow extends BorderPane {

    /** Actions read at a time. */
    static final int PAGE = 30;

    private final HistoryViewModel model;
    private final ChangeQuery first;
    private final String subjectKey;
    private final Consumer<String> onIncident;
    private final VBox actions = new VBox(10);
    private final Label status = new Label("Reading the history…");
    private final Button older = new Button("Show older changes");
    private long oldestShown;

    HistoryWindow(HistoryViewModel model, ChangeQuery query, Consumer<String> onIncident) {
        this.model = model;
        this.first = query;
        this.subjectKey = query.key();
        this.onIncident = onIncident;
        setId("history-window");
        getStyleClass().add("history-window");
        Label heading = new Label("Every change, newest first: when (local time), who, what and why");
        heading.getStyleClass().add("history-title");
        heading.setWrapText(true);
        status.setId("history-status");
        status.setWrapText(true);
        older.setId("history-older");
        older.setVisible(false);
        older.managedProperty().bind(older.visibleProperty());
        older.setOnAction(e -> read(first.before(oldestShown)));
        actions.setId("history-actions");
        actions.setPadding(new Insets(4, 12, 12, 4));
        ScrollPane scroll = new ScrollPane(new VBox(8, actions, status, older));
        scroll.setFitToWidth(true);
        setTop(heading);
        setCenter(scroll);
        setBottom(new CloseBar("history-close"));
        setPadding(new Insets(8));
        read(first);
    }

    /** Opens the history of an incident or place in a window of its own. */
    static Stage open(Window owner, HistoryViewModel model, ChangeQuery query, String title, Consumer<String> onIncident) {
        HistoryWindow view = new HistoryWindow(model, query, onIncident);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        view.setStyle(owner.getScene().getRoot().getStyle()); // the app's font family, for Arabic
        Scene scene = new Scene(view, 720, 640);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private void read(ChangeQuery query) {
        older.setDisable(true);
        model.actions(query, this::show);
    }

    private void show(List<HistoryViewModel.DescribedAction> page) {
        for (HistoryViewModel.DescribedAction action : page) actions.getChildren().add(ActionView.card(action, subjectKey, onIncident));
        if (!page.isEmpty()) oldestShown = page.get(page.size() - 1).action().actionId();
        boolean full = page.size() == first.limit() && oldestShown > 0; // id 0 gathers changes of other programs: the oldest
        older.setVisible(full);
        older.setDisable(false);
        status.setText(actions.getChildren().isEmpty() ? "No changes recorded" : full ? "" : "That is the whole history.");
        status.setManaged(!status.getText().isEmpty());
    }

    VBox actions() { return actions; }
}
