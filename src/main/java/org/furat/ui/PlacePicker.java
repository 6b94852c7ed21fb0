package org.furat.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.furat.geo.CoordinateParser;
import org.furat.geo.NearbyPlaces;
import org.furat.map.Basemap;
import org.furat.app.StudyArea;
import org.furat.map.MapDefinition;
import org.furat.map.Pin;
import org.furat.map.PlaceLayers;
import org.furat.map.Viewport;
import org.furat.model.EventType;
import org.furat.model.GeoPrecision;
import org.furat.model.Place;
import org.furat.model.PlaceKind;

/**
 * Where a point is placed by hand: a map to click on, with every gazetteer place as a dot (named at close zoom)
 * for orientation, a field for typed coordinates ({@link CoordinateParser}: decimal degrees or degrees, minutes and
 * seconds), and the new place's names, kind and precision. A point close to a known place offers that place
 * ("Use Hatla (حطلة), 0.4 km away?") instead of a duplicate, and the new place cannot be taken until the analyst
 * has answered. The content of {@link PlacePickerDialog}, kept apart so it can be tested without a modal dialog.
 */
final class PlacePicker extends VBox {

    /** What the analyst chose: a new place, or a known place found where they pointed. */
    sealed interface Choice permits NewPlace, KnownPlace {}

    record NewPlace(String nameAr, String nameEn, PlaceKind kind, double lon, double lat, GeoPrecision precision) implements Choice {}

    record KnownPlace(Place place) implements Choice {}

    private static final String PICKED_KEY = "picked-place";
    private static final String ERROR_STYLE = "-fx-text-fill: #c62828;";
    private static final String NOTE_STYLE = "-fx-text-fill: #8a6200;";
    /** Degrees around a typed point that the map shows: about three kilometres either way. */
    private static final double TYPED_VIEW_DEGREES = 0.03;

    private final MapView map;
    private final List<Pin> knownPins;
    private final List<Place> gazetteer;
    private final CoordinateParser parser;
    private final TextField nameAr;
    private final TextField nameEn = new TextField();
    private final ComboBox<PlaceKind> kind = new ComboBox<>();
    private final ComboBox<GeoPrecision> precision = new ComboBox<>();
    private final TextField typed = new TextField();
    private final Label message = new Label();
    private final Label where = new Label("Click on the map where the place is, or type its coordinates.");
    private final Label offerText = new Label();
    private final Button useKnown = new Button();
    private final HBox offer;
    private final BooleanProperty hasPoint = new SimpleBooleanProperty();
    private final BooleanProperty offerPending = new SimpleBooleanProperty();
    private final BooleanBinding ready;
    private double pickedLon, pickedLat;
    private NearbyPlaces.Near offered;
    private Consumer<Place> onKnownPlace = p -> {};

    PlacePicker(String fontFamily, Basemap basemap, List<Pin> knownPins, List<Place> gazetteer, List<String> gazetteerCredits,
                String unknownName) {
        this.knownPins = List.copyOf(knownPins);
        this.gazetteer = List.copyOf(gazetteer);
        // Without a basemap (not loaded yet) the study area comes from the same map definition.
        if (basemap == null) {
            StudyArea area = StudyArea.regionOfMap();
            this.parser = new CoordinateParser(area.west(), area.south(), area.east(), area.north());
        } else {
            MapDefinition.Box region = basemap.definition().region();
            this.parser = new CoordinateParser(region.west(), region.south(), region.east(), region.north());
        }
        setId("place-picker");
        setSpacing(8);
        setPadding(new Insets(4));

        map = new MapView(fontFamily);
        map.setId("picker-map");
        map.setPrefSize(760, 480);
        if (basemap != null) map.setBasemap(basemap);
        map.setPins(this.knownPins);
        // The gazetteer's places under the pins, as on the main map, so an unknown village can be found by its neighbours.
        map.setPlaceLayers(PlaceLayers.of(this.gazetteer, List.of()));
        map.setGazetteerCredits(gazetteerCredits); // the imported places it draws are credited as on the main map
        map.setOnLocationPicked(lonLat -> place(lonLat[0], lonLat[1], NearbyPlaces.clickRadius(viewportScale())));

        typed.setId("typed-coordinates");
        typed.setPromptText("35.3012, 40.2891  or  35°18′04″N 40°17′21″E");
        typed.setPrefColumnCount(26);
        Button go = new Button("Go");
        go.setId("go-to-coordinates");
        go.setOnAction(e -> typedCoordinates());
        typed.setOnAction(e -> typedCoordinates());
        message.setId("coordinate-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        HBox typedRow = new HBox(6, new Label("Coordinates"), typed, go);
        typedRow.setAlignment(Pos.CENTER_LEFT);

        where.setId("picked-location");
        offerText.setId("snap-offer-text");
        useKnown.setId("use-known-place");
        useKnown.setDefaultButton(false);
        useKnown.setOnAction(e -> {
            if (offered != null) onKnownPlace.accept(offered.place());
        });
        Button keepNew = new Button("No, a new place here");
        keepNew.setId("keep-new-place");
        keepNew.setOnAction(e -> offerPending.set(false));
        offer = new HBox(8, offerText, useKnown, keepNew);
        offer.setId("snap-offer");
        offer.setAlignment(Pos.CENTER_LEFT);
        // Styled here: a dialog's scene does not carry the window's style sheet.
        offer.setStyle("-fx-background-color: #fff8e1; -fx-border-color: #c9a227; -fx-padding: 4 8 4 8;");
        offer.visibleProperty().bind(offerPending);
        offer.managedProperty().bind(offerPending);

        nameAr = new TextField(unknownName);
        nameAr.setId("new-place-ar");
        nameAr.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        nameEn.setId("new-place-en");
        nameEn.setPromptText("English name (transliteration)");
        kind.getItems().setAll(PlaceKind.values());
        kind.setValue(PlaceKind.VILLAGE);
        kind.setConverter(Converters.showing(k -> k.code().replace('_', ' ')));
        precision.getItems().setAll(GeoPrecision.EXACT, GeoPrecision.APPROXIMATE);
        precision.setValue(GeoPrecision.APPROXIMATE);
        precision.setConverter(Converters.showing(g -> g == GeoPrecision.EXACT ? "exact" : "approximate"));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Arabic name"), nameAr, new Label("Kind"), kind);
        form.addRow(1, new Label("English name"), nameEn, new Label("Point is"), precision);
        GridPane.setHgrow(nameAr, Priority.ALWAYS);
        GridPane.setHgrow(nameEn, Priority.ALWAYS);

        ready = hasPoint.and(offerPending.not())
                .and(Bindings.createBooleanBinding(() -> !(nameAr.getText().isBlank() && nameEn.getText().isBlank()),
                        nameAr.textProperty(), nameEn.textProperty()));
        getChildren().addAll(map, typedRow, message, where, offer, form);
        VBox.setVgrow(map, Priority.ALWAYS);
    }

    private double viewportScale() {
        Viewport v = map.viewport();
        return v == null ? 0 : v.groundMetresPerPixel();
    }

    /** Reads the typed coordinates: a point goes on the map, or the field stays as typed with the reason beside it. */
    void typedCoordinates() {
        CoordinateParser.Parsed parsed;
        try {
            parsed = parser.parse(typed.getText());
        } catch (IllegalArgumentException e) {
            message.setStyle(ERROR_STYLE);
            message.setText(e.getMessage());
            fitWindow();
            return;
        }
        message.setStyle(NOTE_STYLE);
        message.setText(parsed.note() == null ? "" : parsed.note());
        map.zoomTo(parsed.lon() - TYPED_VIEW_DEGREES, parsed.lat() - TYPED_VIEW_DEGREES,
                parsed.lon() + TYPED_VIEW_DEGREES, parsed.lat() + TYPED_VIEW_DEGREES);
        place(parsed.lon(), parsed.lat(), NearbyPlaces.TYPED_RADIUS_M);
    }

    /** Grows the window to a message or an offer that appeared, so the buttons below stay in view. */
    private void fitWindow() {
        javafx.application.Platform.runLater(() -> {
            if (getScene() != null && getScene().getWindow() != null && getScene().getHeight() < getScene().getRoot().prefHeight(getScene().getWidth())) {
                getScene().getWindow().sizeToScene();
            }
        });
    }

    /** Puts the new place's point at (lon, lat) and offers the known place within {@code snapMetres}, if there is one. */
    private void place(double lon, double lat, double snapMetres) {
        pickedLon = lon;
        pickedLat = lat;
        hasPoint.set(true);
        where.setText(String.format(Locale.ROOT, "Picked %.5f° N  %.5f° E", lat, lon));
        List<Pin> pins = new ArrayList<>(knownPins);
        pins.add(new Pin(PICKED_KEY, lon, lat, nameAr.getText(), nameEn.getText(), 1, EventType.STRATEGIC_DEVELOPMENTS,
                precision.getValue()));
        map.setPins(pins);
        map.setSelectedKey(PICKED_KEY);
        offered = NearbyPlaces.nearest(gazetteer, lon, lat, snapMetres).orElse(null);
        if (offered != null) {
            Place p = offered.place();
            String name = p.nameEn() + (p.nameAr() == null || p.nameAr().isBlank() ? "" : " (" + p.nameAr() + ")\u200E");
            offerText.setText("Use " + name + ", " + offered.distanceText() + " away?");
            useKnown.setText("Use " + p.nameEn());
        }
        offerPending.set(offered != null);
        fitWindow();
    }

    /** Called with the known place when the analyst takes the offer. */
    void setOnKnownPlace(Consumer<Place> handler) {
        onKnownPlace = handler;
    }

    /** True when a new place can be taken: a point, a name, and no offer of a known place left unanswered. */
    BooleanBinding readyProperty() { return ready; }

    /** The new place as entered, or null when there is no point yet. */
    NewPlace newPlace() {
        if (!hasPoint.get()) return null;
        return new NewPlace(nameAr.getText().strip(), nameEn.getText().strip(), kind.getValue(), pickedLon, pickedLat, precision.getValue());
    }

    MapView map() { return map; }
}
