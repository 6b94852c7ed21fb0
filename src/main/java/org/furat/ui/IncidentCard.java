package org.furat.ui;

import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.furat.model.Incident;

/**
 * The card of the incident table's selected row: date and precision with its role at the chosen place, type, actors,
 * casualties, description, and whether it is deleted, with Edit…, Merge…, Delete… (or Restore, for a deleted one) and
 * History.
 */
final class IncidentCard extends VBox {

    /** What the card's buttons ask for, each with the incident shown. */
    record Actions(Consumer<Incident> edit, Consumer<Incident> merge, Consumer<Incident> delete, Consumer<Incident> restore,
                   Consumer<Incident> history) {}

    private final Label when = new Label();
    private final Label what = new Label();
    private final Label who = new Label();
    private final Label toll = new Label();
    private final Label description = new Label();
    private final Label deleted = new Label();
    private final Button edit = new Button("Edit…");
    private final Button merge = new Button("Merge…");
    private final Button history = new Button("History");
    private final Button delete = new Button("Delete…");
    private final Button restore = new Button("Restore");
    private final Label none = new Label("Choose an incident in the table to see it here and read its source below");
    private IncidentRow shown;

    /**
     * @param write     whether the person may edit incidents (else Edit… is off)
     * @param editorial whether they may also merge, delete and restore them (an editor's, in a team database)
     */
    IncidentCard(ObservableValue<IncidentRow> row, Actions actions, boolean write, boolean editorial) {
        setId("incident-card");
        getStyleClass().add("incident-card");
        setSpacing(1);
        deleted.getStyleClass().add("incident-deleted");
        deleted.setWrapText(true);
        delete.getStyleClass().add("delete-incident");
        delete.setTooltip(new Tooltip("Delete this incident, giving a reason; it is kept and can be restored"));
        delete.setOnAction(e -> { if (shown != null) actions.delete().accept(shown.incident()); });
        restore.getStyleClass().add("restore-incident");
        restore.setOnAction(e -> { if (shown != null) actions.restore().accept(shown.incident()); });
        edit.getStyleClass().add("edit-incident");
        edit.setTooltip(new Tooltip("Correct any field of this incident, whatever its status"));
        edit.setOnAction(e -> { if (shown != null) actions.edit().accept(shown.incident()); });
        merge.getStyleClass().add("merge-incident");
        merge.setTooltip(new Tooltip("Merge another record of the same event into this one"));
        merge.setOnAction(e -> { if (shown != null) actions.merge().accept(shown.incident()); });
        history.getStyleClass().add("incident-history");
        history.setTooltip(new Tooltip("Every change to this incident: who made it, when and why"));
        history.setOnAction(e -> { if (shown != null) actions.history().accept(shown.incident()); });
        when.getStyleClass().add("incident-when");
        what.getStyleClass().add("incident-what");
        who.getStyleClass().add("incident-who");
        toll.getStyleClass().add("incident-toll");
        none.getStyleClass().add("list-caption");
        none.setWrapText(true);
        for (Label l : new Label[] {when, what, who, toll}) l.setWrapText(true);
        description.getStyleClass().add("incident-description");
        description.setWrapText(true);
        // The buttons share the first line, so they show however little of the card is scrolled into view.
        HBox.setHgrow(when, javafx.scene.layout.Priority.ALWAYS);
        when.setMaxWidth(Double.MAX_VALUE);
        for (Button b : new Button[] {edit, merge, delete, restore, history}) b.setMinWidth(Region.USE_PREF_SIZE);
        edit.setDisable(!write);
        for (Button b : new Button[] {merge, delete, restore}) b.setDisable(!editorial);
        HBox header = new HBox(6, when, edit, merge, delete, restore, history);
        header.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        getChildren().addAll(none, header, what, who, toll, description, deleted);
        for (Node n : getChildren()) n.managedProperty().bind(n.visibleProperty());
        for (Node n : new Node[] {edit, merge, delete, restore}) n.managedProperty().bind(n.visibleProperty());
        row.addListener((o, was, is) -> show(is));
        show(row.getValue());
    }

    private void show(IncidentRow row) {
        shown = row;
        none.setVisible(row == null);
        for (Node n : new Node[] {when.getParent(), what, who, toll, description, deleted}) n.setVisible(row != null);
        if (row == null) return;
        Incident i = row.incident();
        when.setText(i.key() + "  ·  " + row.when() + "  ·  " + row.role() + "  ·  " + i.status().code()
                + (row.deletion() == null ? "" : "  ·  DELETED"));
        what.setText(row.what());
        who.setText(row.who());
        toll.setText(row.toll());
        description.setText(i.descriptionEn());
        description.setVisible(i.descriptionEn() != null);
        boolean isDeleted = row.deletion() != null;
        deleted.setText(isDeleted ? "Deleted " + GazetteerWindow.when(row.deletion().at()) + ": " + row.deletion().reason() : "");
        deleted.setVisible(isDeleted);
        delete.setVisible(!isDeleted);
        edit.setVisible(!isDeleted);
        merge.setVisible(!isDeleted);
        restore.setVisible(isDeleted);
    }
}
