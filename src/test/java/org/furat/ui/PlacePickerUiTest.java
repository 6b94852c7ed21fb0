package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.furat.geo.NearbyPlaces;
import org.furat.map.Basemap;
import org.furat.map.MapDefinition;
import org.furat.map.Viewport;
import org.furat.model.Place;
import org.furat.store.SeedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Placing a point by hand, headless: typed coordinates put the point on the map (or say why they cannot), and a
 * point next to a known village offers that village instead of a second entry for it.
 */
@ExtendWith(ApplicationExtension.class)
class PlacePickerUiTest {

    private PlacePicker picker;
    private List<Place> gazetteer;
    private final List<Place> chosenKnown = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        gazetteer = SeedData.fromClasspath().places();
        picker = new PlacePicker("System", Basemap.load(MapDefinition.DEIR_EZ_ZOR), List.of(), gazetteer,
                List.of("Data from Who's On First"), "قرية مجهولة");
        picker.setOnKnownPlace(chosenKnown::add);
        stage.setScene(new Scene(picker, 900, 760));
        stage.show();
    }

    private Place place(String key) {
        return gazetteer.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    private void type(FxRobot robot, String text) {
        TextField field = robot.lookup("#typed-coordinates").queryAs(TextField.class);
        robot.interact(() -> field.setText(""));
        FxClicks.on(robot, field).write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String message(FxRobot robot) {
        return robot.lookup("#coordinate-message").queryAs(Label.class).getText();
    }

    private boolean offerShown(FxRobot robot) {
        Node offer = robot.lookup("#snap-offer").query();
        return offer.isVisible();
    }

    @Test
    void thePickersMapCreditsTheImportedGazetteer(FxRobot robot) {
        String credits = robot.lookup("#map-attribution").queryAs(Label.class).getText();
        assertTrue(credits.contains("Who's On First"), credits);
        assertTrue(credits.contains("geoBoundaries"), "the basemap's own credits stay: " + credits);
    }

    @Test
    void typedDegreesMinutesSecondsPlaceThePoint(FxRobot robot) {
        // In the steppe south-west of the city, more than a kilometre from every place of the gazetteer.
        double lat = 35 + 12 / 60.0, lon = 40 + 3 / 60.0;
        assertTrue(NearbyPlaces.nearest(gazetteer, lon, lat, NearbyPlaces.TYPED_RADIUS_M).isEmpty(), "the test point is away from places");
        type(robot, "35°12′00″N 40°03′00″E");
        PlacePicker.NewPlace p = picker.newPlace();
        assertEquals(lat, p.lat(), 1e-9);
        assertEquals(lon, p.lon(), 1e-9);
        assertEquals("", message(robot));
        assertFalse(offerShown(robot));
        assertTrue(picker.readyProperty().get(), "a point and a name: the place can be taken");
        Viewport v = picker.map().viewport();
        assertTrue(Math.abs(v.lon(v.width() / 2) - lon) < 0.01 && Math.abs(v.lat(v.height() / 2) - lat) < 0.01,
                "the map moved to the typed point");
        assertTrue(v.groundMetresPerPixel() < 60, "and zoomed in close enough to name the villages around it");
    }

    @Test
    void longitudeFirstIsReadTheRightWayRoundAndSaidSo(FxRobot robot) {
        type(robot, "40.05, 35.2");
        assertEquals(35.2, picker.newPlace().lat(), 1e-9);
        assertEquals(40.05, picker.newPlace().lon(), 1e-9);
        assertTrue(message(robot).contains("longitude, latitude"), message(robot));
    }

    @Test
    void badCoordinatesSayWhyAndKeepTheText(FxRobot robot) {
        type(robot, "35°61′00″N 40°17′21″E");
        assertTrue(message(robot).contains("minutes run from 0 to 59"), message(robot));
        assertEquals("35°61′00″N 40°17′21″E", robot.lookup("#typed-coordinates").queryAs(TextField.class).getText());
        assertNull(picker.newPlace(), "no point was placed");
        assertFalse(picker.readyProperty().get());
    }

    @Test
    void aPointOutsideTheRegionIsPlacedWithAWarning(FxRobot robot) {
        type(robot, "33.5138N 36.2765E");
        assertEquals(33.5138, picker.newPlace().lat(), 1e-9);
        assertTrue(message(robot).contains("outside the map's region"), message(robot));
    }

    @Test
    void aTypedPointNextToAKnownVillageOffersIt(FxRobot robot) {
        Place hatla = place("hatla");
        // About 400 m north of Hatla.
        type(robot, String.format(java.util.Locale.ROOT, "%.5f, %.5f", hatla.lat() + 0.0036, hatla.lon()));
        assertTrue(offerShown(robot), "the offer of Hatla is shown");
        String offer = robot.lookup("#snap-offer-text").queryAs(Label.class).getText();
        assertTrue(offer.contains("Hatla") && offer.contains(hatla.nameAr()) && offer.contains("0.4 km"), offer);
        assertFalse(picker.readyProperty().get(), "a new place waits until the offer is answered");

        FxClicks.on(robot, "#use-known-place");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(hatla), chosenKnown);
    }

    @Test
    void decliningTheOfferKeepsTheNewPoint(FxRobot robot) {
        Place hatla = place("hatla");
        type(robot, String.format(java.util.Locale.ROOT, "%.5f, %.5f", hatla.lat() + 0.0036, hatla.lon()));
        FxClicks.on(robot, "#keep-new-place");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(offerShown(robot));
        assertTrue(picker.readyProperty().get());
        assertEquals(hatla.lat() + 0.0036, picker.newPlace().lat(), 1e-5);
        assertTrue(chosenKnown.isEmpty());
    }

    @Test
    void aClickBesideAKnownVillageOffersIt(FxRobot robot) {
        Place marrat = place("marrat");
        robot.interact(() -> picker.map().zoomTo(marrat.lon() - 0.03, marrat.lat() - 0.03, marrat.lon() + 0.03, marrat.lat() + 0.03));
        WaitForAsyncUtils.waitForFxEvents();
        Viewport v = picker.map().viewport();
        Point2D beside = new Point2D(v.screenXOfLon(marrat.lon()) + 6, v.screenYOfLat(marrat.lat()) - 4);
        robot.clickOn(picker.map().localToScreen(beside));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(offerShown(robot), "a click a few pixels from Marrat offers it");
        assertTrue(robot.lookup("#snap-offer-text").queryAs(Label.class).getText().contains("Marrat"));

        // Far from every place: no offer.
        Point2D away = new Point2D(v.screenXOfLon(40.10), v.screenYOfLat(35.22));
        if (NearbyPlaces.nearest(gazetteer, 40.10, 35.22, NearbyPlaces.clickRadius(v.groundMetresPerPixel())).isEmpty()
                && picker.map().getLayoutBounds().contains(away)) {
            robot.clickOn(picker.map().localToScreen(away));
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(offerShown(robot));
        }
    }
}
