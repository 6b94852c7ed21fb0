package org.furat.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.furat.geo.WebMercator;
import org.furat.model.EventType;
import org.furat.model.GeoPrecision;
import org.junit.jupiter.api.Test;

/** Greedy clustering over the real places with a million synthetic incidents, at every zoom the map allows. */
class PinClustererTest {

    private static final List<Pin> PINS = SyntheticPins.million();
    private static final double RADIUS = Markers.clusteringRadius(PINS);

    private static Viewport at(double metresPerPixel) {
        return new Viewport(WebMercator.x(40.25), WebMercator.y(35.30), metresPerPixel, 1000, 700);
    }

    @Test
    void atEveryZoomCountsAreKeptEveryPinIsInOneClusterAndMembersStayWithinTheRadius() {
        long total = PINS.stream().mapToLong(Pin::count).sum();
        assertEquals(SyntheticPins.TOTAL, total);
        int zooms = 0;
        for (double mpp = Viewport.MAX_METRES_PER_PIXEL; mpp >= Viewport.MIN_METRES_PER_PIXEL; mpp *= 0.7) {
            zooms++;
            for (double radius : new double[]{20, RADIUS}) {
                Viewport v = at(mpp);
                List<Cluster> clusters = PinClusterer.cluster(PINS, v, radius);
                String where = " at " + Math.round(mpp) + " m/px, radius " + radius;

                assertEquals(total, clusters.stream().mapToLong(Cluster::count).sum(), "summed counts" + where);
                Map<String, Integer> seen = new HashMap<>();
                for (Cluster c : clusters) for (Pin p : c.members()) seen.merge(p.key(), 1, Integer::sum);
                for (Pin p : PINS) assertEquals(1, seen.getOrDefault(p.key(), 0), p.key() + " in exactly one cluster" + where);
                assertEquals(PINS.size(), seen.size(), "no pin from nowhere" + where);

                for (Cluster c : clusters) {
                    checkDerivedFields(c, where);
                    double cx = v.screenX(c.x()), cy = v.screenY(c.y());
                    for (Pin p : c.members()) {
                        double d = Math.hypot(v.screenX(p.x()) - cx, v.screenY(p.y()) - cy);
                        assertTrue(d <= radius + 1e-9, p.key() + " is " + d + " px from the centre of " + c.key() + where);
                    }
                }
                // The greedy guarantee the other way: a seed joined no earlier cluster, so centres stay apart.
                for (int i = 0; i < clusters.size(); i++) {
                    for (int j = i + 1; j < clusters.size(); j++) {
                        double d = Math.hypot(v.screenX(clusters.get(i).x()) - v.screenX(clusters.get(j).x()),
                                v.screenY(clusters.get(i).y()) - v.screenY(clusters.get(j).y()));
                        assertTrue(d > radius, clusters.get(i).key() + " and " + clusters.get(j).key() + " centres "
                                + d + " px apart" + where);
                    }
                }
            }
        }
        assertEquals(22, zooms, "5000 m/px down to 2 m/px in steps of 0.7");
        // At the farthest zoom the whole governorate is one symbol; at the closest every place is its own.
        assertEquals(1, PinClusterer.cluster(PINS, at(Viewport.MAX_METRES_PER_PIXEL), RADIUS).size());
        assertEquals(PINS.size(), PinClusterer.cluster(PINS, at(Viewport.MIN_METRES_PER_PIXEL), RADIUS).size());
    }

    private static void checkDerivedFields(Cluster c, String where) {
        Pin seed = c.seed();
        for (Pin p : c.members()) {
            assertTrue(Cluster.BIGGEST_FIRST.compare(seed, p) <= 0, "the seed " + seed.key() + " is the biggest member" + where);
            assertTrue(c.envelope().contains(p.lon(), p.lat()), p.key() + " inside the envelope of " + c.key() + where);
        }
        assertEquals(seed.x(), c.x(), "centre on the seed" + where);
        assertEquals(seed.y(), c.y(), "centre on the seed" + where);
        assertEquals(c.members().stream().mapToLong(Pin::count).sum(), c.count());
        Map<EventType, Long> byType = new EnumMap<>(EventType.class);
        GeoPrecision best = GeoPrecision.REGION;
        for (Pin p : c.members()) {
            byType.merge(p.type(), (long) p.count(), Long::sum);
            if (p.precision().code() < best.code()) best = p.precision();
        }
        assertEquals(Collections.max(byType.values()), byType.get(c.type()), "dominant type of " + c.key() + where);
        assertEquals(best, c.precision(), "best precision of " + c.key() + where);
    }

    @Test
    void theSevenVillagesAreApartAtVillageZoomAndOneClusterAtRegionZoom() {
        List<Cluster> village = PinClusterer.cluster(PINS, at(20), RADIUS);
        Set<Cluster> holding = new HashSet<>();
        for (String key : SyntheticPins.SEVEN_VILLAGES) {
            Cluster c = clusterOf(village, key);
            assertTrue(holding.add(c), key + " shares a cluster with another village at 20 m/px");
            assertTrue(c.isSingle(), key + " stands alone at 20 m/px, not with " + c.members());
        }

        List<Cluster> region = PinClusterer.cluster(PINS, at(400), RADIUS);
        Cluster first = clusterOf(region, SyntheticPins.SEVEN_VILLAGES.get(0));
        for (String key : SyntheticPins.SEVEN_VILLAGES) {
            assertSame(first, clusterOf(region, key), key + " merges with the other villages at 400 m/px");
        }
        assertEquals("deir_ez_zor", first.key(), "the busiest place, the city, seeds and names the cluster");
    }

    private static Cluster clusterOf(List<Cluster> clusters, String key) {
        return clusters.stream().filter(c -> c.contains(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " is in no cluster"));
    }

    @Test
    void theSameInputInAnyOrderGivesTheSameClusters() {
        List<Pin> shuffled = new ArrayList<>(PINS);
        Collections.shuffle(shuffled, new Random(3));
        for (double mpp : new double[]{60, 150, 400, 1200}) {
            assertEquals(PinClusterer.cluster(PINS, at(mpp), RADIUS), PinClusterer.cluster(shuffled, at(mpp), RADIUS),
                    "at " + mpp + " m/px");
        }
    }

    @Test
    void aChosenPlaceStaysApart() {
        List<Cluster> clusters = PinClusterer.cluster(PINS, at(400), RADIUS, "khasham");
        Cluster khasham = clusterOf(clusters, "khasham");
        assertTrue(khasham.isSingle(), "the chosen place is not hidden in a cluster");
        assertTrue(clusterOf(clusters, "marrat").size() > 1, "its neighbours still cluster");
    }

    @Test
    void placesAtOneSpotAlwaysCluster() {
        Pin a = new Pin("a", 40.2, 35.3, "أ", "A", 5, EventType.BATTLES, GeoPrecision.EXACT);
        Pin b = new Pin("b", 40.2, 35.3, "ب", "B", 9, EventType.PROTESTS, GeoPrecision.APPROXIMATE);
        List<Cluster> clusters = PinClusterer.cluster(List.of(a, b), at(Viewport.MIN_METRES_PER_PIXEL), 1);
        assertEquals(1, clusters.size());
        Cluster c = clusters.get(0);
        assertEquals(List.of(b, a), c.members(), "biggest first");
        assertEquals(14, c.count());
        assertEquals(EventType.PROTESTS, c.type());
        assertEquals(GeoPrecision.EXACT, c.precision());
        assertEquals(new Cluster.Envelope(40.2, 35.3, 40.2, 35.3), c.envelope());
        assertTrue(PinClusterer.cluster(List.of(), at(100), 50).isEmpty());
    }

    @Test
    void clusteringAHundredPinsTakesWellUnderAMillisecond() {
        List<Pin> pins = SyntheticPins.withExtraPlaces(100);
        assertEquals(100, pins.size());
        Viewport v = at(400);
        int sink = 0;
        for (int i = 0; i < 3000; i++) sink += PinClusterer.cluster(pins, v, RADIUS).size(); // warm up
        int runs = 2000;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) sink += PinClusterer.cluster(pins, at(400 * (1 + (i % 7) * 0.1)), RADIUS).size();
        double perRunMs = (System.nanoTime() - start) / 1e6 / runs;
        assertTrue(sink > 0);
        assertTrue(perRunMs < 0.5, "clustering 100 pins took " + perRunMs + " ms");
    }

    @Test
    void aClusterNeedsMembers() {
        assertThrows(IllegalArgumentException.class, () -> Cluster.of(List.<Pin>of()));
    }
}
