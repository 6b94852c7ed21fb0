package org.furat.ui;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.furat.model.Incident;

/** Asks why an incident is to be deleted; deleting needs a reason, so the Delete button waits for one. */
final class DeleteIncidentDialog {

    private DeleteIncidentDialog() {}

    /** The reason given, or empty when the analyst cancelled. */
    static Optional<String> ask(Window owner, Incident incident) {
        Dialog<String> dialog = new Dialog<>();
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle("Delete incident");
        dialog.setHeaderText("Delete " + incident.key() + "?");
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(delete, ButtonType.CANCEL);
        TextField reason = new TextField();
        reason.setId("delete-reason");
        reason.setPromptText("e.g. a duplicate of another report");
        Label explain = new Label("It is kept, and left out of the map, the lists and exports unless deleted incidents are "
                + "shown; it can be restored. The reason is kept with it and in the history.");
        explain.setWrapText(true);
        explain.setMaxWidth(420);
        dialog.getDialogPane().setContent(new VBox(8, explain, new Label("Why:"), reason));
        dialog.getDialogPane().lookupButton(delete).disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> reason.getText().isBlank(), reason.textProperty()));
        dialog.setResultConverter(button -> button == delete ? reason.getText().strip() : null);
        javafx.application.Platform.runLater(reason::requestFocus);
        return dialog.showAndWait();
    }
}
