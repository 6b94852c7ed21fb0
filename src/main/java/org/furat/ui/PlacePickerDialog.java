package org.furat.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.furat.map.Basemap;
import org.furat.map.Pin;
import org.furat.model.EventType;
import org.furat.model.GeoPrecision;
import org.furat.model.PlaceKind;

/**
 * "Pick on map" for a place the gazetteer lacks: the analyst clicks where it is on the basemap (the places
 * already known are shown for orientation), checks its names, kind and how precise the point is, and the
 * place is added to the review. A hand-picked point defaults to approximate.
 */
final class PlacePickerDialog {

    /** What the analyst picked. */
    record Picked(String nameAr, String nameEn, PlaceKind kind, double lon, double lat, GeoPrecision precision) {}

    private static final String PICKED_KEY = "picked-place";

    private PlacePickerDialog() {}

    static Optional<Picked> show(Window owner, String fontFamily, Basemap basemap, List<Pin> knownPins, String unknownName) {
        Dialog<Picked> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Pick «" + unknownName + "» on the map");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setStyle("-fx-font-family: \"" + fontFamily + "\";");

        MapView map = new MapView(fontFamily);
        map.setId("picker-map");
        map.setPrefSize(760, 520);
        if (basemap != null) map.setBasemap(basemap);
        map.setPins(knownPins);
        TextField nameAr = new TextField(unknownName);
        nameAr.setId("new-place-ar");
        nameAr.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        TextField nameEn = new TextField();
        nameEn.setId("new-place-en");
        nameEn.setPromptText("English name (transliteration)");
        ComboBox<PlaceKind> kind = new ComboBox<>();
        kind.getItems().setAll(PlaceKind.values());
        kind.setValue(PlaceKind.VILLAGE);
        kind.setConverter(Converters.showing(k -> k.code().replace('_', ' ')));
        ComboBox<GeoPrecision> precision = new ComboBox<>();
        precision.getItems().setAll(GeoPrecision.EXACT, GeoPrecision.APPROXIMATE);
        precision.setValue(GeoPrecision.APPROXIMATE);
        precision.setConverter(Converters.showing(g -> g == GeoPrecision.EXACT ? "exact" : "approximate"));
        Label where = new Label("Click on the map where the place is.");
        where.setId("picked-location");
        double[] picked = new double[2];
        boolean[] hasPoint = {false};
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setDisable(true);
        Runnable validate = () -> ok.setDisable(!hasPoint[0] || (nameAr.getText().isBlank() && nameEn.getText().isBlank()));
        map.setOnLocationPicked(lonLat -> {
            picked[0] = lonLat[0];
            picked[1] = lonLat[1];
            hasPoint[0] = true;
            where.setText(String.format(Locale.ROOT, "Picked %.5f° N  %.5f° E", lonLat[1], lonLat[0]));
            List<Pin> pins = new ArrayList<>(knownPins);
            pins.add(new Pin(PICKED_KEY, lonLat[0], lonLat[1], nameAr.getText(), nameEn.getText(), 1,
                    EventType.STRATEGIC_DEVELOPMENTS, precision.getValue()));
            map.setPins(pins);
            map.setSelectedKey(PICKED_KEY);
            validate.run();
        });
        nameAr.textProperty().addListener(o -> validate.run());
        nameEn.textProperty().addListener(o -> validate.run());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Arabic name"), nameAr, new Label("Kind"), kind);
        form.addRow(1, new Label("English name"), nameEn, new Label("Point is"), precision);
        GridPane.setHgrow(nameAr, Priority.ALWAYS);
        GridPane.setHgrow(nameEn, Priority.ALWAYS);
        VBox content = new VBox(8, map, where, form);
        VBox.setVgrow(map, Priority.ALWAYS);
        content.setPadding(new Insets(4));
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        dialog.setResultConverter(button -> button == ButtonType.OK && hasPoint[0]
                ? new Picked(nameAr.getText().strip(), nameEn.getText().strip(), kind.getValue(), picked[0], picked[1], precision.getValue())
                : null);
        return dialog.showAndWait();
    }
}
