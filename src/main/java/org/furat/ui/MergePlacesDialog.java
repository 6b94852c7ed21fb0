package org.furat.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.furat.model.Place;

/** The dialog that merges a place with another: a {@link MergePlacesForm}; Merge is enabled once the other place is chosen. */
final class MergePlacesDialog {

    private MergePlacesDialog() {}

    static Optional<MergePlacesForm.Merge> show(Window owner, String fontFamily, Place place, List<Place> gazetteer) {
        Dialog<MergePlacesForm.Merge> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Merge places");
        ButtonType merge = new ButtonType("Merge", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(merge, ButtonType.CANCEL);
        dialog.getDialogPane().setStyle("-fx-font-family: \"" + fontFamily + "\";");
        MergePlacesForm form = new MergePlacesForm(place, gazetteer);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().lookupButton(merge).disableProperty()
                .bind(form.candidates().getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(button -> button == merge ? form.merge() : null);
        return dialog.showAndWait();
    }
}
