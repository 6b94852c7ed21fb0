package org.furat.map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.canvas.Canvas;
import org.furat.geo.AdminLookup;
import org.furat.geo.WebMercator;
import org.furat.model.EventType;
import org.furat.model.GeoPrecision;
import org.furat.model.Place;
import org.furat.store.SeedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The shipped gazetteer drawn under pins, off-screen: at every zoom no name overlaps another name, a pin or a
 * settlement's symbol; pins keep their names first; and the administrative level named follows the zoom.
 */
class PlaceLayersRenderingTest {

    private static Basemap basemap;
    private static PlaceLayers layers;
    private static List<Pin> pins;

    private record Frame(List<MapRenderer.PlacedLabel> pinLabels, List<MapRenderer.PlacedLabel> names,
                         List<MapRenderer.PlacedLabel> symbols, List<MapRenderer.PlacedSymbol> pinSymbols) {}

    @BeforeAll
    static void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        basemap = Basemap.load(MapDefinition.DEIR_EZ_ZOR);
        List<Place> places = SeedData.fromClasspath().places();
        layers = PlaceLayers.of(places, AdminLookup.shipped().placeUnits());
        // Every fourth settlement has incidents.
        pins = new ArrayList<>();
        for (int i = 0; i < places.size(); i += 4) {
            Place p = places.get(i);
            pins.add(new Pin(p.key(), p.lon(), p.lat(), p.nameAr(), p.nameEn(), 1 + i % 3, EventType.BATTLES, p.precision()));
        }
    }

    @Test
    void noNameOverlapsAnotherNameAPinOrASymbolAtAnyZoom() throws Exception {
        for (double mpp : new double[]{15, 40, 100, 250, 600, 1500}) {
            Viewport v = new Viewport(WebMercator.x(40.25), WebMercator.y(35.2), mpp, 1000, 700);
            Frame f = render(v);
            List<MapRenderer.PlacedLabel> all = new ArrayList<>(f.pinLabels());
            all.addAll(f.names());
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    assertFalse(all.get(i).box().intersects(all.get(j).box()),
                            all.get(i).pinKey() + " and " + all.get(j).pinKey() + " names overlap at " + mpp + " m/px");
                }
            }
            for (MapRenderer.PlacedLabel name : f.names()) {
                for (MapRenderer.PlacedSymbol pin : f.pinSymbols()) {
                    double r = pin.radius();
                    assertFalse(name.box().intersects(new BoundingBox(pin.x() - r, pin.y() - r, 2 * r, 2 * r)),
                            name.pinKey() + " covers the pin of " + pin.key() + " at " + mpp + " m/px");
                }
                for (MapRenderer.PlacedLabel symbol : f.symbols()) {
                    if (symbol.pinKey().equals(name.pinKey())) continue;
                    assertFalse(name.box().intersects(symbol.box()),
                            name.pinKey() + " covers the symbol of " + symbol.pinKey() + " at " + mpp + " m/px");
                }
            }
            Set<String> pinned = pins.stream().map(Pin::key).collect(Collectors.toSet());
            for (MapRenderer.PlacedLabel symbol : f.symbols()) {
                assertFalse(pinned.contains(symbol.pinKey()) && f.pinSymbols().stream().anyMatch(s -> s.key().equals(symbol.pinKey()) && s.members() == 1),
                        symbol.pinKey() + " is drawn both as a pin and as a settlement");
            }
        }
    }

    @Test
    void theRegionViewNamesDistrictsAndTheCloseViewSubDistricts() throws Exception {
        MapDefinition.Box home = basemap.definition().home();
        // Without pins here too: which level is named is the point, and pins' names come before any area's.
        Set<String> region = keys(render(Viewport.fitting(home.west(), home.south(), home.east(), home.north(), 1200, 800),
                List.of()).names());
        assertTrue(region.contains("deir_ez_zor_district") && region.contains("mayadin_district"), region.toString());
        assertFalse(region.stream().anyMatch(k -> k.endsWith("_subdistrict")), "no sub-district names at the region view: " + region);
        Set<String> close = keys(render(new Viewport(WebMercator.x(40.45), WebMercator.y(35.2), 60, 1000, 700)).names());
        assertTrue(close.stream().anyMatch(k -> k.endsWith("_subdistrict")), close.toString());
        assertFalse(close.stream().anyMatch(k -> k.endsWith("_district") && !k.endsWith("_subdistrict")), close.toString());
        MapDefinition.Box e = basemap.definition().extent();
        Viewport farthest = new Viewport(WebMercator.x(40.25), WebMercator.y(35.2), Viewport.MAX_METRES_PER_PIXEL, 1000, 700)
                .within(e.west(), e.south(), e.east(), e.north());
        // Without pins: at this zoom the pins' names fill the middle of the governorate, where its name goes.
        Set<String> far = keys(render(farthest, List.of()).names());
        assertTrue(far.contains("deir_ez_zor_governorate"), far.toString());
    }

    @Test
    void villagesAreNamedCloseInButNotAtTheRegionView() throws Exception {
        Set<String> villages = layers.settlements().stream().filter(s -> s.kind() == org.furat.model.PlaceKind.VILLAGE)
                .map(Settlement::key).collect(Collectors.toSet());
        MapDefinition.Box home = basemap.definition().home();
        Set<String> region = keys(render(Viewport.fitting(home.west(), home.south(), home.east(), home.north(), 1200, 800)).names());
        assertTrue(region.stream().noneMatch(villages::contains), region.toString());
        Set<String> close = keys(render(Viewport.fitting(40.10, 35.26, 40.34, 35.38, 1000, 700)).names());
        assertTrue(close.stream().filter(villages::contains).count() >= 3, close.toString());
    }

    private static Set<String> keys(List<MapRenderer.PlacedLabel> labels) {
        return labels.stream().map(MapRenderer.PlacedLabel::pinKey).collect(Collectors.toSet());
    }

    private static Frame render(Viewport v) throws Exception {
        return render(v, pins);
    }

    private static Frame render(Viewport v, List<Pin> pins) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            MapRenderer renderer = new MapRenderer("System");
            renderer.setPlaceLayers(layers);
            Canvas canvas = new Canvas(v.width(), v.height());
            renderer.render(canvas.getGraphicsContext2D(), v, basemap, pins, null, true);
            return new Frame(renderer.labelsOfLastFrame(), renderer.placeNamesOfLastFrame(), renderer.placeSymbolsOfLastFrame(),
                    renderer.symbolsOfLastFrame());
        }).get();
    }
}
