package org.furat.ui;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.furat.app.PlaceFields;

/**
 * The small dialog that adds or edits a place: a {@link PlaceForm}, whose OK stays on the dialog with the reason
 * shown while the fields cannot be taken (no name, coordinates outside the map's region).
 */
final class PlaceEditorDialog {

    private PlaceEditorDialog() {}

    static Optional<PlaceFields> show(Window owner, String fontFamily, String title, PlaceForm form) {
        return create(owner, fontFamily, title, form).showAndWait();
    }

    /** The dialog, not shown yet. */
    static Dialog<PlaceFields> create(Window owner, String fontFamily, String title, PlaceForm form) {
        Dialog<PlaceFields> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setId("place-editor");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setStyle("-fx-font-family: \"" + fontFamily + "\";");
        dialog.getDialogPane().setContent(form);
        PlaceFields[] taken = new PlaceFields[1];
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            taken[0] = form.fields();
            if (taken[0] == null) e.consume();
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? taken[0] : null);
        return dialog;
    }
}
