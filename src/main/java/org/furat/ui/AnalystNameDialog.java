package org.furat.ui;

import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Asks for the analyst's name, which the history records as who made each change; an empty name clears it. */
final class AnalystNameDialog {

    private AnalystNameDialog() {}

    /** The name typed (possibly empty, to clear it), or empty when cancelled. */
    static Optional<String> ask(Window owner, HistoryViewModel.Analyst current) {
        TextInputDialog dialog = new TextInputDialog(current.name());
        dialog.initOwner(owner);
        dialog.setTitle("Your name");
        dialog.setHeaderText("Your name, as the history records who made each change");
        dialog.setContentText("Name:");
        dialog.getEditor().setId("analyst-name");
        dialog.getEditor().setPrefColumnCount(24);
        dialog.getDialogPane().setStyle(owner == null ? "" : owner.getScene().getRoot().getStyle());
        javafx.scene.control.Label note = new javafx.scene.control.Label(current.name().isEmpty()
                ? "No name is set: changes are recorded as the computer's user, " + current.recordedAs() + "."
                : "Leave it empty to record changes as the computer's user again.");
        note.setWrapText(true);
        note.setMaxWidth(420);
        dialog.getDialogPane().setExpandableContent(null);
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(8, dialog.getDialogPane().getContent(), note);
        dialog.getDialogPane().setContent(content);
        return dialog.showAndWait();
    }
}
