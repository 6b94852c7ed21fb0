package org.furat.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.canvas.Canvas;
import org.furat.model.EventType;
import org.furat.model.GeoPrecision;
import org.furat.store.SeedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Frames painted off-screen: labels never overlap each other or a pin, and never leave the canvas. */
class MapRendererTest {

    private static Basemap basemap;
    private static List<Pin> pins;

    @BeforeAll
    static void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        basemap = Basemap.load(MapDefinition.DEIR_EZ_ZOR);
        // Every gazetteer place as a pin: a denser map than the seed data gives.
        pins = SeedData.fromClasspath().places().stream()
                .map(p -> new Pin(p.key(), p.lon(), p.lat(), p.nameAr(), p.nameEn(), 1 + p.key().length() % 5,
                        EventType.EXPLOSIONS_REMOTE_VIOLENCE, p.precision()))
                .toList();
    }

    @Test
    void labelsNeitherOverlapNorCoverPinsNorLeaveTheCanvasAtAnyZoom() throws Exception {
        for (double metresPerPixel : new double[]{20, 60, 150, 400, 1200}) {
            Viewport v = new Viewport(org.furat.geo.WebMercator.x(40.25), org.furat.geo.WebMercator.y(35.25),
                    metresPerPixel, 900, 700);
            List<MapRenderer.PlacedLabel> labels = render(v, null);
            for (int i = 0; i < labels.size(); i++) {
                Bounds a = labels.get(i).box();
                assertTrue(a.getMinX() >= 0 && a.getMinY() >= 0 && a.getMaxX() <= v.width() && a.getMaxY() <= v.height(),
                        labels.get(i).pinKey() + " label leaves the canvas at " + metresPerPixel + " m/px");
                for (int j = i + 1; j < labels.size(); j++) {
                    assertFalse(a.intersects(labels.get(j).box()), labels.get(i).pinKey() + " and " + labels.get(j).pinKey()
                            + " labels overlap at " + metresPerPixel + " m/px");
                }
                for (Pin pin : pins) {
                    double r = pin.radius();
                    Bounds circle = new BoundingBox(v.screenX(pin.x()) - r, v.screenY(pin.y()) - r, 2 * r, 2 * r);
                    assertFalse(a.intersects(circle), labels.get(i).pinKey() + " label covers pin " + pin.key()
                            + " at " + metresPerPixel + " m/px");
                }
            }
        }
    }

    @Test
    void atVillageZoomEverySeedVillageIsLabelled() throws Exception {
        Viewport v = Viewport.fitting(40.10, 35.26, 40.34, 35.38, 1000, 700);
        Set<String> labelled = render(v, null).stream().map(MapRenderer.PlacedLabel::pinKey).collect(Collectors.toSet());
        for (String key : List.of("salihiyah_dez", "hatla", "khasham", "marrat", "tabiyah", "mazloum", "husayniyah",
                "conoco_base", "deir_ez_zor_airport", "muriiyah", "jafrah", "huwayjat_saqr", "deir_ez_zor")) {
            assertTrue(labelled.contains(key), key + " has a label at village zoom");
        }
    }

    @Test
    void aSelectedPinIsLabelledFirst() throws Exception {
        Viewport v = new Viewport(org.furat.geo.WebMercator.x(40.25), org.furat.geo.WebMercator.y(35.25), 1200, 900, 700);
        List<MapRenderer.PlacedLabel> labels = render(v, "mazloum");
        assertEquals("mazloum", labels.get(0).pinKey(), "the selected place keeps its label even when crowded");
    }

    @Test
    void noLabelIsPlacedUnderTheWindowsControls() throws Exception {
        Viewport v = Viewport.fitting(40.10, 35.26, 40.34, 35.38, 1000, 700);
        List<MapRenderer.PlacedLabel> free = render(v, null);
        // The attribution's corner, made to cover the place where the first label went.
        Bounds first = free.get(0).box();
        Bounds control = new BoundingBox(first.getMinX() - 4, first.getMinY() - 4, first.getWidth() + 8, first.getHeight() + 8);
        List<MapRenderer.PlacedLabel> covered = render(v, null, List.of(control));
        assertFalse(covered.isEmpty());
        for (MapRenderer.PlacedLabel label : covered) {
            assertFalse(label.box().intersects(control), label.pinKey() + " is placed under the control");
        }
    }

    private static List<MapRenderer.PlacedLabel> render(Viewport v, String selectedKey) throws Exception {
        return render(v, selectedKey, List.of());
    }

    private static List<MapRenderer.PlacedLabel> render(Viewport v, String selectedKey, List<Bounds> controls) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            MapRenderer renderer = new MapRenderer("System");
            renderer.setCoveredByControls(controls);
            Canvas canvas = new Canvas(v.width(), v.height());
            renderer.render(canvas.getGraphicsContext2D(), v, basemap, pins, selectedKey, true);
            return renderer.labelsOfLastFrame();
        }).get();
    }
}
