package org.furat.ui;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.furat.model.Incident;

/**
 * Chooses the incident to merge into the one shown: among the incidents at its places within a week of its dates
 * (what a second record of the same event most often is), or by key.
 */
final class MergeIncidentDialog {

    /** The incident to merge into the kept one, and why. */
    record Choice(String other, String reason) {}

    private MergeIncidentDialog() {}

    static Optional<Choice> ask(Window owner, Incident kept, List<Incident> candidates) {
        Dialog<Choice> dialog = new Dialog<>();
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle("Merge incidents");
        dialog.setHeaderText("Merge another record of the same event into " + kept.key());
        ButtonType merge = new ButtonType("Merge", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(merge, ButtonType.CANCEL);
        ListView<Incident> list = new ListView<>(FXCollections.observableArrayList(candidates));
        list.setId("merge-candidates");
        list.setPrefHeight(220);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Incident i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : i.key() + " · " + i.dates().start() + " · " + i.status().code() + "\n"
                        + (i.descriptionEn() == null ? i.subEventType().label() : i.descriptionEn()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.setPlaceholder(new Label("No other incident at its places within a week: type a key below"));
        TextField key = new TextField();
        key.setId("merge-key");
        key.setPromptText("the other incident's key");
        list.getSelectionModel().selectedItemProperty().addListener((o, was, i) -> { if (i != null) key.setText(i.key()); });
        TextField reason = new TextField();
        TextDirection.follow(reason);
        reason.setPromptText("why (optional), e.g. the same strike in two reports");
        Label explain = new Label("The other incident's places, actors and evidence are added to " + kept.key() + "; its dates, type and "
                + "casualties stay as they are (correct them after if the two disagree). The other is deleted as \"merged into "
                + kept.key() + "\": it can be restored, and Undo takes the whole merge back.");
        explain.setWrapText(true);
        VBox content = new VBox(8, explain, list, new Label("Merge this incident into it:"), key, reason);
        content.setPrefWidth(620);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().lookupButton(merge).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> key.getText().isBlank() || key.getText().strip().equals(kept.key()), key.textProperty()));
        dialog.setResultConverter(button -> button == merge ? new Choice(key.getText().strip(), reason.getText()) : null);
        return dialog.showAndWait();
    }
}
