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

/** Asks why incidents are to be deleted; deleting needs a reason, so the Delete button waits for one. */
final class DeleteIncidentDialog {

    private DeleteIncidentDialog() {}

    /** The reason given, or empty when the analyst cancelled. */
    static Optional<String> ask(Window owner, Incident incident) {
        return ask(owner, "Delete incident", "Delete " + incident.key() + "?");
    }

    /** The one reason given for deleting {@code count} incidents at once, or empty when the analyst cancelled. */
    static Optional<String> askForMany(Window owner, int count) {
        return ask(owner, "Delete incidents", count == 1 ? "Delete the chosen incident?"
                : String.format("Delete the %,d chosen incidents, all for one reason?", count));
    }

    private static Optional<String> ask(Window owner, String title, String header) {
        Dialog<String> dialog = new Dialog<>();
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(delete, ButtonType.CANCEL);
        TextField reason = new TextField();
        TextDirection.follow(reason);
        reason.setId("delete-reason");
        reason.setPromptText("e.g. a duplicate of another report");
        Label explain = new Label("Each is kept, and left out of the map, the table and exports unless deleted incidents are "
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
