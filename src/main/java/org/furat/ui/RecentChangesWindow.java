package org.furat.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.furat.model.ActionSummary;
import org.furat.model.ChangeQuery;

/**
 * Recent changes to the whole database: the actions newest first, a page at a time, filtered by who, by action and
 * by a first day; each opens to its changes, read when it is opened (an import can hold thousands).
 */
public final class RecentChangesWindow extends BorderPane {

    static final int PAGE = 50;
    private static final String ANYONE = "Anyone";
    private static final String ANY_ACTION = "Any action";

    private final HistoryViewModel model;
    private final Consumer<String> onIncident;
    private final ComboBox<String> who = new ComboBox<>();
    private final ComboBox<String> action = new ComboBox<>();
    private final DatePicker since = new DatePicker();
    private final VBox actions = new VBox(2);
    private final Label status = new Label("Reading the history…");
    private final Button older = new Button("Show older changes");
    private ChangeQuery query = ChangeQuery.all(PAGE);
    private long oldestShown;

    RecentChangesWindow(HistoryViewModel model, Consumer<String> onIncident) {
        this.model = model;
        this.onIncident = onIncident;
        setId("recent-changes");
        getStyleClass().add("history-window");
        who.setId("recent-who");
        action.setId("recent-action");
        since.setId("recent-since");
        since.setPromptText("since (YYYY-MM-DD)");
        since.setPrefWidth(170);
        who.getItems().setAll(ANYONE);
        who.setValue(ANYONE);
        action.getItems().setAll(ANY_ACTION);
        action.setValue(ANY_ACTION);
        model.filterChoices(choices -> {
            who.getItems().addAll(choices.analysts());
            action.getItems().addAll(choices.actionNames());
        });
        Button apply = new Button("Show");
        apply.setId("recent-apply");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> reload());
        Button clear = new Button("Clear filter");
        clear.setOnAction(e -> {
            who.setValue(ANYONE);
            action.setValue(ANY_ACTION);
            since.setValue(null);
            reload();
        });
        FlowPane filters = new FlowPane(8, 6, new Label("Who"), who, new Label("Action"), action, new Label("Since"), since, apply, clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(0, 0, 8, 0));
        Label heading = new Label("Recent changes, newest first — open an action to see what it changed");
        heading.getStyleClass().add("history-title");
        heading.setWrapText(true);
        status.setId("recent-status");
        status.setWrapText(true);
        older.setId("recent-older");
        older.setVisible(false);
        older.managedProperty().bind(older.visibleProperty());
        older.setOnAction(e -> read(query.before(oldestShown)));
        actions.setId("recent-actions");
        ScrollPane scroll = new ScrollPane(new VBox(8, actions, status, older));
        scroll.setFitToWidth(true);
        setTop(new VBox(4, heading, filters));
        setCenter(scroll);
        setBottom(new CloseBar("recent-close"));
        setPadding(new Insets(8));
        read(query);
    }

    static Stage open(Window owner, HistoryViewModel model, Consumer<String> onIncident) {
        RecentChangesWindow view = new RecentChangesWindow(model, onIncident);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Recent changes");
        view.setStyle(owner.getScene().getRoot().getStyle());
        Scene scene = new Scene(view, 900, 700);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /** Reads the first page again under the filter as it is set now. */
    void reload() {
        query = ChangeQuery.all(PAGE).by(ANYONE.equals(who.getValue()) ? null : who.getValue())
                .named(ANY_ACTION.equals(action.getValue()) ? null : action.getValue()).since(since.getValue());
        actions.getChildren().clear();
        status.setText("Reading the history…");
        read(query);
    }

    private void read(ChangeQuery page) {
        older.setDisable(true);
        model.recent(page, this::show);
    }

    private void show(List<ActionSummary> page) {
        for (ActionSummary summary : page) actions.getChildren().add(pane(summary));
        if (!page.isEmpty()) oldestShown = page.get(page.size() - 1).actionId();
        boolean full = page.size() == PAGE;
        older.setVisible(full);
        older.setDisable(false);
        status.setText(actions.getChildren().isEmpty() ? "No changes match" : full ? "" : "That is the whole history.");
        status.setManaged(!status.getText().isEmpty());
    }

    /** An action, closed: its changes are read the first time it is opened. */
    private TitledPane pane(ActionSummary summary) {
        String count = String.format(java.util.Locale.ENGLISH, "%,d change%s", summary.changeCount(), summary.changeCount() == 1 ? "" : "s");
        TitledPane pane = new TitledPane();
        pane.setGraphic(ActionView.headerLabel(ActionView.header(model.when(summary.at()), summary.who(), summary.name(), summary.why())
                + "  ·  " + count));
        pane.setExpanded(false);
        pane.setAnimated(false);
        pane.getStyleClass().add("recent-action");
        pane.setUserData(summary);
        pane.expandedProperty().addListener((o, was, open) -> {
            if (open && pane.getContent() == null) {
                pane.setContent(new Label("Reading its changes…"));
                model.changes(summary.actionId(), lines -> pane.setContent(ActionView.changes(lines, null, onIncident)));
            }
        });
        return pane;
    }

    VBox actions() { return actions; }

    ComboBox<String> whoFilter() { return who; }
}
