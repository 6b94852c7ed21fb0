package org.furat.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.furat.map.Basemap;
import org.furat.map.Pin;
import org.furat.model.Place;

/**
 * "Pick on map" for a place the gazetteer lacks: the analyst clicks where it is on the basemap, or types its
 * coordinates, checks its names, kind and how precise the point is, and the place is added to the review; or,
 * where the point falls on a known place, takes that place instead (see {@link PlacePicker}). A hand-picked point
 * defaults to approximate.
 */
final class PlacePickerDialog {

    private PlacePickerDialog() {}

    static Optional<PlacePicker.Choice> show(Window owner, String fontFamily, Basemap basemap, List<Pin> knownPins,
                                             List<Place> gazetteer, List<String> gazetteerCredits, String unknownName) {
        Dialog<PlacePicker.Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Pick «" + unknownName + "» on the map");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setStyle("-fx-font-family: \"" + fontFamily + "\";");
        PlacePicker picker = new PlacePicker(fontFamily, basemap, knownPins, gazetteer, gazetteerCredits, unknownName);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(picker.readyProperty().not());
        picker.setOnKnownPlace(place -> {
            dialog.setResult(new PlacePicker.KnownPlace(place));
            dialog.close();
        });
        dialog.getDialogPane().setContent(picker);
        dialog.setResizable(true);
        dialog.setResultConverter(button -> button == ButtonType.OK ? picker.newPlace() : null);
        return dialog.showAndWait();
    }
}
