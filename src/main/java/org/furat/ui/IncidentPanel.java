package org.furat.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import java.util.function.Consumer;
import org.furat.app.IncidentOrder;
import org.furat.model.Incident;
import org.furat.model.Place;
import org.furat.model.Status;

/**
 * The chosen place, and the table of its incidents under the filter (every one, read a page at a time as it scrolls
 * into view), sortable by date, type and status; the selected row's card under it. Several rows chosen can be given a
 * status or deleted for one reason at once. Enter shows the focused row's card; Delete asks to delete the chosen rows.
 * The card's Edit…, Merge… and History, and the header's Edit place… and Place history, go to the handlers set.
 */
public final class IncidentPanel extends VBox {

    private final Label nameAr = new Label();
    private final Label nameEn = new Label();
    private final Label about = new Label();
    private final TableView<RowRef> table = new TableView<>();
    private final Label caption = new Label();
    private final Label placeholder = new Label();
    private final Button allPlaces = new Button("All places");
    private final Button editPlace = new Button("Edit place…");
    private final Button placeHistory = new Button("Place history");
    private Place shownPlace;
    private Consumer<Incident> onEdit = i -> {}, onMerge = i -> {}, onHistory = i -> {};
    private Consumer<Place> onEditPlace = p -> {}, onPlaceHistory = p -> {};
    private final MainViewModel model;
    private final Supplier<Window> owner;
    private final TableColumn<RowRef, String> dateColumn;
    private final TableColumn<RowRef, String> typeColumn;
    private final TableColumn<RowRef, String> statusColumn;
    /** Set while new rows go in, so that the sort order put back is not taken as the analyst choosing one. */
    private boolean replacingRows;

    public IncidentPanel(MainViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
        setId("incident-panel");
        getStyleClass().add("incident-panel");
        nameAr.getStyleClass().add("place-name-ar");
        nameAr.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        nameAr.managedProperty().bind(nameAr.textProperty().isNotEmpty()); // no gap above "All places"
        nameEn.getStyleClass().add("place-name-en");
        about.getStyleClass().add("place-about");
        about.setWrapText(true);

        table.setId("incident-table");
        table.setItems(model.rowsProperty().get());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(24); // every row one line high: the table need not measure rows it has not read
        TableColumn<RowRef, String> key = column("Key", 110, r -> r.incident().key());
        dateColumn = column("Date", 150, IncidentRow::when);
        typeColumn = column("Type", 150, IncidentRow::what);
        TableColumn<RowRef, String> places = column("Places", 110, IncidentRow::places);
        TableColumn<RowRef, String> actors = column("Actors", 120, IncidentRow::who);
        TableColumn<RowRef, String> killed = column("Killed", 56, r -> r.incident().killed().describe());
        TableColumn<RowRef, String> injured = column("Injured", 62, r -> r.incident().injured().describe());
        // A deleted incident says so first, so a narrow column still shows it.
        statusColumn = column("Status", 72, r -> r.deletion() == null ? r.incident().status().code() : "deleted (" + r.incident().status().code() + ")");
        key.setCellValueFactory(c -> c.getValue().value().map(r -> r.incident().key()).orElse("…")); // "…" while its page is read
        for (TableColumn<RowRef, String> c : List.of(key, places, actors, killed, injured)) c.setSortable(false);
        // Short columns keep their titles whole; the wide ones give way when the panel is narrow.
        for (TableColumn<RowRef, String> c : List.of(dateColumn, killed, injured, statusColumn)) c.setMinWidth(c.getPrefWidth());
        for (TableColumn<RowRef, String> c : List.of(killed, injured)) c.setMaxWidth(c.getPrefWidth() * 1.3);
        table.getColumns().setAll(List.of(key, dateColumn, typeColumn, places, actors, killed, injured, statusColumn));
        dateColumn.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(List.of(dateColumn));
        // The table's rows are a window onto the index's order: sorting asks the model for another order.
        table.setSortPolicy(t -> {
            if (!replacingRows) model.sortProperty().set(sortOf(t.getSortOrder()));
            return true;
        });
        // New rows (in the model's order) clear the table's sort order, which would read as "newest first" and undo
        // the order just chosen: the order shown is put back from the model's.
        model.rowsProperty().addListener((o, was, rows) -> {
            replacingRows = true;
            try {
                table.setItems(rows);
                showOrder(model.sortProperty().get());
            } finally {
                replacingRows = false;
            }
        });
        model.rowToChooseProperty().addListener((o, was, row) -> {
            int i = row.intValue();
            if (i < 0 || i >= table.getItems().size()) return;
            table.getSelectionModel().clearAndSelect(i);
            table.scrollTo(Math.max(0, i - 2));
        });
        placeholder.setId("incident-list-empty");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> model.showDetail(row));
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        VBox.setVgrow(table, Priority.ALWAYS);

        caption.setId("list-caption");
        caption.getStyleClass().add("list-caption");
        caption.textProperty().bind(model.listCaptionProperty());
        placeholder.textProperty().bind(model.emptyListProperty());
        allPlaces.setId("all-places");
        allPlaces.setOnAction(e -> model.selectPlace(null));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        editPlace.setId("edit-shown-place");
        editPlace.setOnAction(e -> { if (shownPlace != null) onEditPlace.accept(shownPlace); });
        editPlace.setDisable(!model.editorial()); // the gazetteer is an editor's in a team database
        placeHistory.setId("place-history");
        placeHistory.setTooltip(new javafx.scene.control.Tooltip("Every change to this place, and every incident linked to it or unlinked from it"));
        placeHistory.setOnAction(e -> { if (shownPlace != null) onPlaceHistory.accept(shownPlace); });
        for (Button b : List.of(editPlace, placeHistory)) b.managedProperty().bind(b.visibleProperty());
        HBox listHeader = new HBox(6, caption, spacer, editPlace, placeHistory, allPlaces);
        listHeader.setAlignment(Pos.CENTER_LEFT);

        IncidentCard card = new IncidentCard(model.detailProperty(), new IncidentCard.Actions(i -> onEdit.accept(i), i -> onMerge.accept(i),
                incident -> DeleteIncidentDialog.ask(owner.get(), incident).ifPresent(reason -> model.deleteIncident(incident.key(), reason)),
                incident -> model.restoreIncident(incident.key()), i -> onHistory.accept(i)), !model.readOnly(), model.editorial());
        ScrollPane cardPane = new ScrollPane(card);
        cardPane.setFitToWidth(true);
        cardPane.setPrefViewportHeight(110);
        cardPane.setMinHeight(110); // the table gives way first: the card shows the chosen row's first lines at least
        setSpacing(4);
        getChildren().addAll(nameAr, nameEn, about, listHeader, bulkActions(), table, cardPane);
        showPlaces(List.of());
    }

    private static TableColumn<RowRef, String> column(String title, double width, Function<IncidentRow, String> text) {
        TableColumn<RowRef, String> column = new TableColumn<>(title);
        column.setId("column-" + title.toLowerCase(java.util.Locale.ROOT));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> c.getValue().value().map(text));
        column.setCellFactory(c -> new WholeTextCell());
        return column;
    }

    /** A cell whose tooltip holds its whole text: keys, places and actors are often longer than their column. */
    private static final class WholeTextCell extends TableCell<RowRef, String> {
        private final Tooltip whole = new Tooltip();

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty ? null : value);
            whole.setText(value);
            setTooltip(empty || value == null || value.isEmpty() ? null : whole);
        }
    }

    /** Marks the column the model's order sorts by, with its direction. */
    private void showOrder(IncidentOrder.Sort sort) {
        TableColumn<RowRef, String> column = switch (sort.column()) {
            case TYPE -> typeColumn;
            case STATUS -> statusColumn;
            default -> dateColumn;
        };
        column.setSortType(sort.descending() ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
        if (!table.getSortOrder().equals(List.of(column))) table.getSortOrder().setAll(List.of(column));
    }

    /**
     * The model's order for the table's sort order: its first column. A click on the column sorted by goes from
     * descending to no order at all in JavaFX; here it turns the order round instead, so the rows are always in one.
     */
    private IncidentOrder.Sort sortOf(List<TableColumn<RowRef, ?>> order) {
        if (order.isEmpty()) {
            IncidentOrder.Sort now = model.sortProperty().get();
            return new IncidentOrder.Sort(now.column(), !now.descending());
        }
        TableColumn<RowRef, ?> first = order.get(0);
        IncidentOrder.Column column = first == typeColumn ? IncidentOrder.Column.TYPE
                : first == statusColumn ? IncidentOrder.Column.STATUS : IncidentOrder.Column.DATE;
        return new IncidentOrder.Sort(column, first.getSortType() == TableColumn.SortType.DESCENDING);
    }

    /** Set status ▾ and Delete… for the chosen rows, with how many are chosen and what the last such change did. */
    private HBox bulkActions() {
        MenuButton setStatus = new MenuButton("Set status");
        setStatus.setId("bulk-status");
        for (Status status : Status.values()) {
            MenuItem item = new MenuItem(status.code());
            item.setId("bulk-status-" + status.code());
            item.setOnAction(e -> confirmStatus(status));
            // Verifying is an editor's; the server refuses it to anyone else.
            item.setDisable(model.readOnly() || status == Status.VERIFIED && !model.editorial());
            setStatus.getItems().add(item);
        }
        Button delete = new Button("Delete…");
        delete.setId("bulk-delete");
        delete.setOnAction(e -> deleteChosen());
        var nothingChosen = Bindings.isEmpty(table.getSelectionModel().getSelectedIndices());
        setStatus.disableProperty().bind(nothingChosen.or(Bindings.createBooleanBinding(model::readOnly)));
        delete.disableProperty().bind(nothingChosen.or(Bindings.createBooleanBinding(() -> !model.editorial())));
        Label chosen = new Label();
        chosen.setId("chosen-count");
        chosen.getStyleClass().add("list-caption");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = table.getSelectionModel().getSelectedIndices().size();
            return n == 0 ? "Choose rows (Shift, Ctrl) to change several" : String.format("%,d chosen", n);
        }, table.getSelectionModel().getSelectedIndices()));
        Label outcome = new Label();
        outcome.setId("bulk-outcome");
        outcome.getStyleClass().add("list-caption");
        outcome.textProperty().bind(model.bulkOutcomeProperty());
        HBox bar = new HBox(6, setStatus, delete, chosen, outcome);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            int focused = table.getFocusModel().getFocusedIndex();
            if (focused >= 0) {
                table.getSelectionModel().clearAndSelect(focused);
                model.showDetail(table.getItems().get(focused));
            }
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE && !table.getSelectionModel().isEmpty()) {
            deleteChosen();
            e.consume();
        }
    }

    /** The row ids of the chosen rows. */
    long[] chosenIds() {
        List<RowRef> items = table.getItems();
        return table.getSelectionModel().getSelectedIndices().stream().mapToLong(i -> items.get(i).id()).toArray();
    }

    private void confirmStatus(Status status) {
        long[] ids = chosenIds();
        if (ids.length == 0) return;
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Deleted incidents and those already " + status.code()
                + " are left as they are. The change is one action of the history.", ButtonType.OK, ButtonType.CANCEL);
        if (owner.get() != null) ask.initOwner(owner.get());
        ask.setTitle("Set status");
        ask.setHeaderText(String.format("Set %,d incident%s to %s?", ids.length, ids.length == 1 ? "" : "s", status.code()));
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.orElse(ButtonType.CANCEL) == ButtonType.OK) model.setStatus(ids, status);
    }

    private void deleteChosen() {
        long[] ids = chosenIds();
        if (ids.length == 0) return;
        DeleteIncidentDialog.askForMany(owner.get(), ids.length).ifPresent(reason -> model.deleteIncidents(ids, reason));
    }

    /** Asked to correct an incident (its card's Edit…) and to merge another into it (Merge…). */
    public void setOnEdit(Consumer<Incident> edit, Consumer<Incident> merge) {
        onEdit = edit;
        onMerge = merge;
    }

    /** Asked for an incident's history (its card's History) and the shown place's (the header's Place history). */
    public void setOnHistory(Consumer<Incident> incident, Consumer<Place> place) {
        onHistory = incident;
        onPlaceHistory = place;
    }

    /** Asked to edit the one place the table shows (its header's Edit place…). */
    public void setOnEditPlace(Consumer<Place> handler) {
        onEditPlace = handler;
    }

    /** Shows the chosen places: none (all places), one, or a cluster's several. */
    public void showPlaces(List<Place> places) {
        if (places.size() > 1) {
            shownPlace = null;
            editPlace.setVisible(false);
            placeHistory.setVisible(false);
            allPlaces.setVisible(true);
            nameAr.setText("");
            nameEn.setText(places.size() + " places");
            about.setText(places.stream().map(p -> p.nameEn() + (p.nameAr() == null ? "" : " " + p.nameAr()))
                    .collect(java.util.stream.Collectors.joining(" · ")));
            return;
        }
        showPlace(places.isEmpty() ? null : places.get(0));
    }

    /**
     * Shows a chosen area of region-level incidents (a unit, or a group of units such as the eastern countryside):
     * the table then holds only the incidents that name the area, not those at places inside it.
     */
    public void showArea(org.furat.app.RegionAreas.Area area) {
        shownPlace = null;
        editPlace.setVisible(false);
        placeHistory.setVisible(false);
        allPlaces.setVisible(true);
        nameAr.setText(area.nameAr() == null ? "" : area.nameAr());
        nameEn.setText(area.nameEn());
        about.setText("Incidents located only to this " + (area.unitKeys().size() > 1 ? "region (" + area.unitKeys().size()
                + " administrative units)" : "administrative unit") + ", not to a place inside it");
    }

    private void showPlace(Place place) {
        shownPlace = place;
        editPlace.setVisible(place != null);
        placeHistory.setVisible(place != null);
        allPlaces.setVisible(place != null);
        if (place == null) {
            nameAr.setText("");
            nameEn.setText("All places");
            about.setText("Click a pin to see one place's incidents");
            return;
        }
        nameAr.setText(place.nameAr() == null ? "" : place.nameAr());
        nameEn.setText(place.nameEn());
        about.setText(place.kind().code().replace('_', ' ') + " · " + Labels.precision(place.precision())
                + " · coordinate: " + place.source() + (place.note() == null ? "" : "\n" + place.note()));
    }

    /** The incident table. */
    TableView<RowRef> table() { return table; }
}
