package org.furat.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.canvas.Canvas;
import org.furat.geo.AdminLookup;
import org.furat.model.AdminUnit;
import org.furat.model.EventType;
import org.furat.store.SeedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Region badges painted off-screen among the gazetteer's pins: a badge is drawn for an area in view, is hit where
 * it was drawn and nowhere else, and no pin label covers it.
 */
class RegionBadgesTest {

    private static Basemap basemap;
    private static List<Pin> pins;
    private static Region khashamArea, albuKamalArea;

    @BeforeAll
    static void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        basemap = Basemap.load(MapDefinition.DEIR_EZ_ZOR);
        pins = SeedData.fromClasspath().places().stream().filter(p -> !p.kind().isAdminUnit())
                .map(p -> new Pin(p.key(), p.lon(), p.lat(), p.nameAr(), p.nameEn(), 1 + p.key().length() % 5,
                        EventType.BATTLES, p.precision()))
                .toList();
        khashamArea = region("khasham_subdistrict", 7);
        albuKamalArea = region("albu_kamal_district", 3);
    }

    private static Region region(String key, int count) {
        AdminUnit unit = AdminLookup.shipped().unit(key);
        Coordinate inside = InteriorPointArea.getInteriorPoint(unit.boundary());
        return new Region(key, unit.nameAr(), unit.nameEn(), count, EventType.EXPLOSIONS_REMOTE_VIOLENCE, unit.boundary(),
                inside.x, inside.y);
    }

    private record Frame(List<RegionBadges.PlacedBadge> badges, List<MapRenderer.PlacedLabel> labels) {}

    private static Frame render(Viewport v, List<Region> regions) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            MapRenderer renderer = new MapRenderer("System");
            renderer.setRegions(regions);
            Canvas canvas = new Canvas(v.width(), v.height());
            renderer.render(canvas.getGraphicsContext2D(), v, basemap, pins, null, true);
            return new Frame(renderer.badgesOfLastFrame(), renderer.labelsOfLastFrame());
        }).get();
    }

    @Test
    void aBadgeIsHitWhereItIsDrawnAndNowhereElse() throws Exception {
        Viewport v = Viewport.fitting(40.0, 35.1, 40.6, 35.45, 1000, 700);
        Frame frame = render(v, List.of(khashamArea));
        assertEquals(1, frame.badges().size(), "the Khasham sub-district is in view and gets its badge");
        RegionBadges.PlacedBadge badge = frame.badges().get(0);
        assertEquals(7, badge.count());
        Bounds box = badge.box();
        assertEquals(Optional.of("khasham_subdistrict"), BadgeHitTester.badgeAt(frame.badges(), box.getCenterX(), box.getCenterY()));
        assertEquals(Optional.of("khasham_subdistrict"), BadgeHitTester.badgeAt(frame.badges(), box.getMinX() + 1, box.getMaxY() - 1));
        assertEquals(Optional.empty(), BadgeHitTester.badgeAt(frame.badges(), box.getMaxX() + 30, box.getCenterY()));
        assertEquals(Optional.empty(), BadgeHitTester.badgeAt(frame.badges(), box.getCenterX(), box.getMinY() - 30));
    }

    @Test
    void pinLabelsKeepClearOfBadges() throws Exception {
        for (double metresPerPixel : new double[]{40, 120, 400}) {
            Viewport v = new Viewport(org.furat.geo.WebMercator.x(40.3), org.furat.geo.WebMercator.y(35.2), metresPerPixel, 900, 700);
            Frame frame = render(v, List.of(khashamArea, albuKamalArea));
            assertFalse(frame.badges().isEmpty(), "badges at " + metresPerPixel + " m/px");
            for (RegionBadges.PlacedBadge badge : frame.badges()) {
                for (MapRenderer.PlacedLabel label : frame.labels()) {
                    assertFalse(label.box().intersects(badge.box()), label.pinKey() + " label covers the " + badge.key()
                            + " badge at " + metresPerPixel + " m/px");
                }
                for (RegionBadges.PlacedBadge other : frame.badges()) {
                    if (other != badge) assertFalse(other.box().intersects(badge.box()), "two badges overlap");
                }
            }
        }
    }

    @Test
    void aBadgeMovesOffATownAtItsLabelPoint() throws Exception {
        // A made-up town exactly where the Khasham sub-district's badge would go.
        org.furat.model.Place town = new org.furat.model.Place("test_town", "Testtown", "بلدة", List.of(), List.of(),
                org.furat.model.PlaceKind.TOWN, khashamArea.lon(), khashamArea.lat(), org.furat.model.GeoPrecision.EXACT,
                null, "test", null, null, null);
        Viewport v = Viewport.fitting(40.0, 35.1, 40.6, 35.45, 1000, 700);
        var frame = WaitForAsyncUtils.asyncFx(() -> {
            MapRenderer renderer = new MapRenderer("System");
            renderer.setRegions(List.of(khashamArea));
            renderer.setPlaceLayers(PlaceLayers.of(List.of(town), List.of()));
            Canvas canvas = new Canvas(v.width(), v.height());
            renderer.render(canvas.getGraphicsContext2D(), v, basemap, List.of(), null, true);
            return new Object[]{renderer.badgesOfLastFrame(), renderer.placeSymbolsOfLastFrame()};
        }).get();
        @SuppressWarnings("unchecked") List<RegionBadges.PlacedBadge> badges = (List<RegionBadges.PlacedBadge>) frame[0];
        @SuppressWarnings("unchecked") List<MapRenderer.PlacedLabel> symbols = (List<MapRenderer.PlacedLabel>) frame[1];
        assertEquals(1, badges.size());
        assertEquals(List.of("test_town"), symbols.stream().map(MapRenderer.PlacedLabel::pinKey).toList());
        assertFalse(badges.get(0).box().intersects(symbols.get(0).box()), "the badge covers the town's symbol");
    }

    @Test
    void anAreaOutOfViewHasNoBadge() throws Exception {
        // Around Al-Kasrah, upstream: far from Albu Kamal district.
        Viewport v = Viewport.fitting(39.85, 35.5, 40.0, 35.6, 800, 600);
        Frame frame = render(v, List.of(albuKamalArea));
        assertTrue(frame.badges().isEmpty(), "no badge for an area wholly out of view: " + frame.badges());
    }

    @Test
    void anAreaWhoseLabelPointIsOutOfViewKeepsItsBadgeInView() throws Exception {
        Region governorate = region("deir_ez_zor_governorate", 2);
        // The seven villages: inside the governorate, far from its interior point.
        Viewport v = Viewport.fitting(40.10, 35.26, 40.34, 35.38, 1000, 700);
        assertFalse(v.screenXOfLon(governorate.lon()) >= 0 && v.screenXOfLon(governorate.lon()) <= v.width()
                && v.screenYOfLat(governorate.lat()) >= 0 && v.screenYOfLat(governorate.lat()) <= v.height(),
                "the test needs the governorate's label point out of view");
        Frame frame = render(v, List.of(governorate));
        assertEquals(1, frame.badges().size());
        Bounds box = frame.badges().get(0).box();
        assertTrue(box.getMinX() >= 0 && box.getMinY() >= 0 && box.getMaxX() <= v.width() && box.getMaxY() <= v.height(),
                "the badge is inside the view: " + box);
    }
}
