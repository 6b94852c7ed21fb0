package org.furat.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.furat.model.EventType;
import org.furat.model.GeoPrecision;
import org.furat.ui.MapView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Clicking the map's symbols: a cluster zooms in until its places show apart; places that no zoom can
 * separate go to the cluster handler; a single pin goes to the pin handler, as before.
 */
@ExtendWith(ApplicationExtension.class)
class MapViewClusterClickTest {

    private MapView map;
    private final List<Pin> clickedPins = new ArrayList<>();
    private final List<List<Pin>> clickedClusters = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        map = new MapView("System");
        map.setOnPinClicked(clickedPins::add);
        map.setOnClusterClicked(clickedClusters::add);
        stage.setScene(new Scene(map, 1000, 700));
        stage.show();
        map.setBasemap(Basemap.load(MapDefinition.DEIR_EZ_ZOR));
    }

    @Test
    void clickingAClusterZoomsInUntilItsPlacesShowApart(FxRobot robot) throws Exception {
        robot.interact(() -> {
            map.setPins(SyntheticPins.million());
            map.zoomToRegion();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Viewport before = map.viewport();
        Cluster cluster = onFx(map::clusters).stream()
                .filter(c -> c.size() > 2 && inside(before, before.screenX(c.x()), before.screenY(c.y()), 30))
                .findFirst().orElseThrow(() -> new AssertionError("no cluster of three or more places in the region view"));

        click(robot, before, cluster);

        Viewport after = map.viewport();
        assertTrue(after.metresPerPixel() < before.metresPerPixel(), "zoomed in: " + before.metresPerPixel() + " -> "
                + after.metresPerPixel() + " m/px");
        assertTrue(after.metresPerPixel() >= Viewport.MIN_METRES_PER_PIXEL);
        for (Pin p : cluster.members()) {
            assertTrue(inside(after, after.screenXOfLon(p.lon()), after.screenYOfLat(p.lat()), 0),
                    p.key() + " is in view after the zoom");
        }
        long symbols = onFx(map::clusters).stream()
                .filter(c -> c.members().stream().anyMatch(cluster.members()::contains)).count();
        assertTrue(symbols > 1, "the places of " + cluster.key() + " no longer share one symbol");
        assertTrue(clickedPins.isEmpty() && clickedClusters.isEmpty(), "a zoom chooses nothing");
    }

    @Test
    void placesAtOneSpotGoToTheClusterHandler(FxRobot robot) throws Exception {
        Pin a = pin("a", 40.20, 35.30, 40), b = pin("b", 40.20, 35.30, 900), far = pin("far", 40.60, 35.00, 5);
        robot.interact(() -> {
            map.setPins(List.of(a, b, far));
            map.zoomTo(40.1, 35.2, 40.3, 35.4);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Viewport before = map.viewport();
        Cluster cluster = onFx(map::clusters).stream().filter(c -> c.size() == 2).findFirst().orElseThrow();

        click(robot, before, cluster);

        assertEquals(List.of(List.of(b, a)), clickedClusters, "the places, biggest first");
        assertEquals(before, map.viewport(), "no pointless zoom");
        assertTrue(clickedPins.isEmpty());
    }

    @Test
    void atTheClosestZoomNeighboursGoToTheClusterHandler(FxRobot robot) throws Exception {
        // Twenty metres apart: one symbol even at the closest zoom.
        Pin a = pin("a", 40.2000, 35.3000, 40), b = pin("b", 40.2002, 35.3000, 30);
        robot.interact(() -> map.setPins(List.of(a, b)));
        robot.interact(() -> map.zoomTo(40.1999, 35.2999, 40.2003, 35.3001));
        WaitForAsyncUtils.waitForFxEvents();
        Viewport before = map.viewport();
        assertEquals(Viewport.MIN_METRES_PER_PIXEL, before.metresPerPixel());
        Cluster cluster = onFx(map::clusters).get(0);
        assertEquals(2, cluster.size());

        click(robot, before, cluster);

        assertEquals(List.of(List.of(a, b)), clickedClusters);
        assertEquals(before, map.viewport());
    }

    @Test
    void aSinglePinGoesToThePinHandler(FxRobot robot) throws Exception {
        Pin a = pin("a", 40.20, 35.30, 12_345), b = pin("b", 40.40, 35.10, 3);
        robot.interact(() -> {
            map.setPins(List.of(a, b));
            map.zoomTo(40.1, 35.0, 40.5, 35.4);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Viewport before = map.viewport();
        Point2D at = map.pinPosition("a").orElseThrow();
        robot.clickOn(map.localToScreen(at));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(a), clickedPins);
        assertEquals(before, map.viewport());
        assertTrue(clickedClusters.isEmpty());
    }

    private static Pin pin(String key, double lon, double lat, int count) {
        return new Pin(key, lon, lat, "مكان " + key, "Place " + key, count, EventType.BATTLES, GeoPrecision.EXACT);
    }

    private void click(FxRobot robot, Viewport v, Cluster cluster) {
        robot.clickOn(map.localToScreen(v.screenX(cluster.x()), v.screenY(cluster.y())));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean inside(Viewport v, double sx, double sy, double margin) {
        return sx >= margin && sy >= margin && sx <= v.width() - margin && sy <= v.height() - margin;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
