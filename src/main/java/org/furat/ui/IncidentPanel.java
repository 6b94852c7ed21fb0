package org.furat.ui;

import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.furat.model.Incident;
import org.furat.model.Place;

/** The chosen place, and the list of its incidents: date and precision, type, actors, casualties. */
public final class IncidentPanel extends VBox {

    private final Label nameAr = new Label();
    private final Label nameEn = new Label();
    private final Label about = new Label();
    private final ListView<IncidentRow> list = new ListView<>();
    private final Label caption = new Label();
    private final Label placeholder = new Label();
    private final Button allPlaces = new Button("All places");
    private final Button placeHistory = new Button("Place history");
    private Place shownPlace;
    private Consumer<Incident> onHistory = i -> {};
    private Consumer<Place> onPlaceHistory = p -> {};
    private final Button editPlace = new Button("Edit place…");
    private Consumer<Place> onEditPlace = p -> {};

    /**
     * @param onEdit    asked to correct an incident (its card's Edit… button)
     * @param onMerge   asked to merge another incident into this one (its card's Merge… button)
     * @param onDelete  asked to delete an incident (its card's Delete… button)
     * @param onRestore asked to restore a deleted one (shown only while deleted incidents are)
     */
    public IncidentPanel(ObservableList<IncidentRow> incidents, Consumer<Incident> onChosen, Runnable onAllPlaces,
                         Consumer<Incident> onEdit, Consumer<Incident> onMerge, Consumer<Incident> onDelete,
                         Consumer<Incident> onRestore) {
        setId("incident-panel");
        getStyleClass().add("incident-panel");
        nameAr.getStyleClass().add("place-name-ar");
        nameAr.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        nameAr.managedProperty().bind(nameAr.textProperty().isNotEmpty()); // no gap above "All places"
        nameEn.getStyleClass().add("place-name-en");
        about.getStyleClass().add("place-about");
        about.setWrapText(true);
        list.setId("incident-list");
        list.setItems(incidents);
        list.setCellFactory(v -> new IncidentCell(onEdit, onMerge, onDelete, onRestore, i -> onHistory.accept(i)));
        placeholder.setId("incident-list-empty");
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> onChosen.accept(row == null ? null : row.incident()));
        VBox.setVgrow(list, Priority.ALWAYS);
        caption.setId("list-caption");
        caption.getStyleClass().add("list-caption");
        allPlaces.setId("all-places");
        allPlaces.setOnAction(e -> onAllPlaces.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        placeHistory.setId("place-history");
        placeHistory.setTooltip(new javafx.scene.control.Tooltip("Every change to this place, and every incident linked to it or unlinked from it"));
        placeHistory.setOnAction(e -> { if (shownPlace != null) onPlaceHistory.accept(shownPlace); });
        placeHistory.managedProperty().bind(placeHistory.visibleProperty());
        placeHistory.setVisible(false);
        editPlace.setId("edit-shown-place");
        editPlace.setOnAction(e -> {
            if (shownPlace != null) onEditPlace.accept(shownPlace);
        });
        editPlace.managedProperty().bind(editPlace.visibleProperty());
        HBox listHeader = new HBox(6, caption, spacer, editPlace, placeHistory, allPlaces);
        listHeader.setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);
        getChildren().addAll(nameAr, nameEn, about, listHeader, list);
        showPlaces(java.util.List.of());
    }

    /** Shows the chosen places: none (all places), one, or a cluster's several. */
    public void showPlaces(java.util.List<Place> places) {
        shownPlace = places.size() == 1 ? places.get(0) : null;
        placeHistory.setVisible(shownPlace != null);
        if (places.size() > 1) {
            editPlace.setVisible(false);
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
     * the list then holds only the incidents that name the area, not those at places inside it.
     */
    public void showArea(org.furat.app.RegionAreas.Area area) {
        shownPlace = null;
        placeHistory.setVisible(false);
        editPlace.setVisible(false);
        allPlaces.setVisible(true);
        nameAr.setText(area.nameAr() == null ? "" : area.nameAr());
        nameEn.setText(area.nameEn());
        about.setText("Incidents located only to this " + (area.unitKeys().size() > 1 ? "region (" + area.unitKeys().size()
                + " administrative units)" : "administrative unit") + ", not to a place inside it");
    }

    /** Asked to edit the one place the list shows (its header's Edit place… button). */
    public void setOnEditPlace(Consumer<Place> handler) {
        onEditPlace = handler;
    }

    private void showPlace(Place place) {
        shownPlace = place;
        editPlace.setVisible(place != null);
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

    public Label caption() { return caption; }

    /** What an incident card's History button and the chosen place's Place history button open. */
    public void setOnHistory(Consumer<Incident> incidentHistory, Consumer<Place> placeHistory) {
        this.onHistory = incidentHistory;
        this.onPlaceHistory = placeHistory;
    }

    /** What the empty list says: that nothing matches, or why nothing could be read. */
    public Label placeholder() { return placeholder; }

    private static final class IncidentCell extends ListCell<IncidentRow> {
        private final Label when = new Label();
        private final Label what = new Label();
        private final Label who = new Label();
        private final Label toll = new Label();
        private final Label description = new Label();
        private final Label deleted = new Label();
        private final Button edit = new Button("Edit…");
        private final Button merge = new Button("Merge…");
        private final Button delete = new Button("Delete…");
        private final Button restore = new Button("Restore");
        private final Button history = new Button("History");
        private final VBox box = new VBox(1, when, what, who, toll, description, deleted, new HBox(6, edit, merge, delete, restore, history));

        IncidentCell(Consumer<Incident> onEdit, Consumer<Incident> onMerge, Consumer<Incident> onDelete, Consumer<Incident> onRestore,
                     Consumer<Incident> onHistory) {
            merge.getStyleClass().add("merge-incident");
            merge.setTooltip(new javafx.scene.control.Tooltip("Merge another record of the same event into this one"));
            merge.setOnAction(e -> { if (getItem() != null) onMerge.accept(getItem().incident()); });
            edit.getStyleClass().add("edit-incident");
            edit.setTooltip(new javafx.scene.control.Tooltip("Correct any field of this incident, whatever its status"));
            edit.setOnAction(e -> { if (getItem() != null) onEdit.accept(getItem().incident()); });
            history.getStyleClass().add("incident-history");
            history.setTooltip(new javafx.scene.control.Tooltip("Every change to this incident: who made it, when and why"));
            history.setOnAction(e -> { if (getItem() != null) onHistory.accept(getItem().incident()); });
            deleted.getStyleClass().add("incident-deleted");
            deleted.setWrapText(true);
            delete.getStyleClass().add("delete-incident");
            delete.setTooltip(new javafx.scene.control.Tooltip("Delete this incident, giving a reason; it is kept and can be restored"));
            delete.setOnAction(e -> { if (getItem() != null) onDelete.accept(getItem().incident()); });
            restore.getStyleClass().add("restore-incident");
            restore.setOnAction(e -> { if (getItem() != null) onRestore.accept(getItem().incident()); });
            for (javafx.scene.Node n : new javafx.scene.Node[] {deleted, edit, merge, delete, restore}) n.managedProperty().bind(n.visibleProperty());
            when.getStyleClass().add("incident-when");
            what.getStyleClass().add("incident-what");
            who.getStyleClass().add("incident-who");
            toll.getStyleClass().add("incident-toll");
            who.setWrapText(true);
            description.getStyleClass().add("incident-description");
            description.setWrapText(true);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMinWidth(0);
            box.setPrefWidth(0); // wrap at the list's width instead of widening it
        }

        @Override
        protected void updateItem(IncidentRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            when.setText(row.when() + "  ·  " + row.role());
            what.setText(row.what());
            who.setText(row.who());
            toll.setText(row.toll());
            description.setText(row.incident().descriptionEn());
            description.setManaged(row.incident().descriptionEn() != null);
            boolean isDeleted = row.deletion() != null;
            deleted.setText(isDeleted ? "Deleted " + GazetteerWindow.when(row.deletion().at()) + ": " + row.deletion().reason() : "");
            deleted.setVisible(isDeleted);
            delete.setVisible(!isDeleted);
            edit.setVisible(!isDeleted);
            merge.setVisible(!isDeleted);
            restore.setVisible(isDeleted);
            setGraphic(box);
        }
    }
}
