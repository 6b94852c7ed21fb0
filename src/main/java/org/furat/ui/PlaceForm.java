package org.furat.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.furat.app.PlaceFields;
import org.furat.model.GeoPrecision;
import org.furat.model.Place;
import org.furat.model.PlaceKind;

/**
 * A place's fields as the analyst types them: Arabic and English names, other spellings of each (separated by
 * commas or '|'), kind, how precise the point is, and its coordinates as text (decimal degrees or degrees, minutes
 * and seconds). The content of {@link PlaceEditorDialog}, kept apart so that it can be tested and drawn without a
 * modal dialog.
 */
final class PlaceForm extends GridPane {

    private static final String ERROR_STYLE = "-fx-text-fill: #c62828;";

    private final TextField nameAr = new TextField();
    private final TextField nameEn = new TextField();
    private final TextField spellingsAr = new TextField();
    private final TextField spellingsEn = new TextField();
    private final ComboBox<PlaceKind> kind = new ComboBox<>();
    private final ComboBox<GeoPrecision> precision = new ComboBox<>();
    private final TextField coordinates = new TextField();
    private final Label message = new Label();
    private final Function<String, double[]> readCoordinates;
    // The coordinates an edited place had, as shown: left as they were, they are not read back (they are rounded to
    // five decimals), so a rename neither moves the point nor counts as a move against someone else's.
    private String shownCoordinates;

    /** @param readCoordinates reads typed coordinates as {lon, lat}, refusing text that is not a point in the region */
    PlaceForm(Function<String, double[]> readCoordinates) {
        this.readCoordinates = readCoordinates;
        setId("place-form");
        setHgap(8);
        setVgap(6);
        setPadding(new Insets(4));
        nameAr.setId("place-name-ar");
        nameAr.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        nameAr.setPromptText("الاسم بالعربية");
        nameEn.setId("place-name-en");
        nameEn.setPromptText("English name (transliteration)");
        spellingsAr.setId("place-spellings-ar");
        spellingsAr.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        spellingsAr.setPromptText("كتابات أخرى، مفصولة بفواصل");
        spellingsEn.setId("place-spellings-en");
        spellingsEn.setPromptText("Other spellings, separated by commas");
        kind.setId("place-kind");
        kind.getItems().setAll(PlaceKind.values());
        kind.setConverter(Converters.showing(k -> k.code().replace('_', ' ')));
        precision.setId("place-precision");
        precision.getItems().setAll(GeoPrecision.values());
        precision.setConverter(Converters.showing(p -> p.name().toLowerCase(Locale.ROOT)));
        coordinates.setId("place-coordinates");
        coordinates.setPromptText("35.3012, 40.2891  or  35°18′04″N 40°17′21″E");
        coordinates.setPrefColumnCount(26);
        message.setId("place-form-message");
        message.setWrapText(true);
        message.setStyle(ERROR_STYLE);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.setMaxWidth(560);

        addRow(0, new Label("Arabic name"), nameAr);
        addRow(1, new Label("English name"), nameEn);
        addRow(2, new Label("Arabic spellings"), spellingsAr);
        addRow(3, new Label("English spellings"), spellingsEn);
        addRow(4, new Label("Kind"), kind);
        addRow(5, new Label("Point is"), precision);
        addRow(6, new Label("Coordinates"), coordinates);
        add(message, 0, 7, 2, 1);
        for (TextField f : List.of(nameAr, nameEn, spellingsAr, spellingsEn, coordinates)) GridPane.setHgrow(f, Priority.ALWAYS);
    }

    /** A new place at a point: a village, approximate until the analyst says otherwise (a point placed by hand). */
    static PlaceForm newPlace(Function<String, double[]> readCoordinates, double lon, double lat) {
        PlaceForm form = new PlaceForm(readCoordinates);
        form.kind.getItems().removeIf(PlaceKind::isAdminUnit);
        form.kind.setValue(PlaceKind.VILLAGE);
        form.precision.setValue(GeoPrecision.APPROXIMATE);
        form.coordinates.setText(coordinatesText(lon, lat));
        return form;
    }

    /** A place as it is, to edit. */
    static PlaceForm editing(Function<String, double[]> readCoordinates, Place place) {
        PlaceForm form = new PlaceForm(readCoordinates);
        form.nameAr.setText(place.nameAr() == null ? "" : place.nameAr());
        form.nameEn.setText(place.nameEn());
        form.spellingsAr.setText(String.join("، ", place.variantsAr()));
        form.spellingsEn.setText(String.join(", ", place.variantsEn()));
        // A unit keeps its boundary, so it stays a unit; a place without one cannot become one.
        form.kind.getItems().setAll(java.util.Arrays.stream(PlaceKind.values()).filter(k -> k.isAdminUnit() == place.kind().isAdminUnit()).toList());
        form.kind.setValue(place.kind());
        form.precision.setValue(place.precision());
        form.coordinates.setText(coordinatesText(place.lon(), place.lat()));
        form.shownCoordinates = form.coordinates.getText();
        return form;
    }

    static String coordinatesText(double lon, double lat) {
        return String.format(Locale.ROOT, "%.5f, %.5f", lat, lon);
    }

    /**
     * The fields as typed, or null with the reason shown under them when they cannot be taken (no name,
     * coordinates that are not a point in the map's region).
     */
    PlaceFields fields() {
        if (nameAr.getText().isBlank() && nameEn.getText().isBlank()) {
            message.setText("Give the place a name, in Arabic or English.");
            return null;
        }
        double[] point;
        try {
            point = readCoordinates.apply(coordinates.getText());
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
            return null;
        }
        message.setText("");
        boolean moved = !coordinates.getText().strip().equals(shownCoordinates);
        return new PlaceFields(nameAr.getText().strip(), nameEn.getText().strip(), PlaceFields.spellings(spellingsAr.getText()),
                PlaceFields.spellings(spellingsEn.getText()), kind.getValue(), precision.getValue(),
                moved ? point[0] : null, moved ? point[1] : null);
    }

    /** Shows why the place could not be saved (the database refused it). */
    void showProblem(String text) {
        message.setText(text);
    }
}
