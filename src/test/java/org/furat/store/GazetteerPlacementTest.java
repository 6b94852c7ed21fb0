package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.furat.geo.AdminLookup;
import org.furat.geo.GeoJsonReader;
import org.furat.model.AdminParents;
import org.furat.model.AdminUnit;
import org.furat.model.GeoPrecision;
import org.furat.model.Place;
import org.furat.model.PlaceKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/**
 * Every curated point agrees with what its row says about it: the district it names contains it (per the shipped
 * geoBoundaries lines), the bank of the Euphrates its note names is the side of the river (the GSHHG line the map
 * draws) it lies on, and a road or an area is pinned at region precision.
 */
class GazetteerPlacementTest {

    /** "Right (south-west) bank", "left (north-east) bank": how the notes state a bank. */
    private static final Pattern BANK = Pattern.compile("\\b(right|left) \\((south-west|north-east)\\) bank", Pattern.CASE_INSENSITIVE);
    /** What a note says when a point lies outside the district its row names, and why. */
    private static final String OUTSIDE_ITS_DISTRICT = "outside the boundary of";

    private static List<Place> places;
    private static AdminLookup units;
    private static Coordinate[] euphrates;

    @BeforeAll
    static void load() throws IOException {
        places = SeedData.fromClasspath().places().stream().filter(p -> !p.kind().isAdminUnit()).toList();
        units = AdminLookup.shipped();
        try (InputStream in = GazetteerPlacementTest.class.getResourceAsStream("/org/furat/maps/layers/euphrates.geojson")) {
            assertNotNull(in, "the Euphrates layer is packaged");
            List<GeoJsonReader.Feature> features = new GeoJsonReader().read(in, "euphrates.geojson");
            assertEquals(1, features.size(), "the Euphrates is one line");
            euphrates = features.get(0).geometry().getCoordinates();
        }
    }

    @Test
    void everyPlaceWithADistrictLiesInIt() {
        List<String> wrong = new ArrayList<>();
        for (Place p : places) {
            if (p.district() == null) continue;
            AdminParents parents = units.parentsOf(p.lon(), p.lat());
            AdminUnit district = units.unit(parents.admin2());
            String found = district == null ? null : district.district();
            boolean explained = p.note() != null && p.note().contains(OUTSIDE_ITS_DISTRICT);
            if (!p.district().equals(found) && !explained) {
                wrong.add(p.key() + " (" + p.lat() + ", " + p.lon() + ") says " + p.district() + " but lies in " + found);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void aPlaceOutsideItsDistrictsBoundaryIsReallyOutsideIt() {
        // The note's admission must stay true: once the point or the lines change, the note must go.
        for (Place p : places) {
            if (p.note() == null || !p.note().contains(OUTSIDE_ITS_DISTRICT)) continue;
            AdminUnit district = units.unit(units.parentsOf(p.lon(), p.lat()).admin2());
            assertFalse(district != null && p.district().equals(district.district()), p.key() + " lies inside its district after all");
        }
    }

    @Test
    void theEuphratesLineRunsDownstreamSoItsLeftIsTheLeftBank() {
        Coordinate first = euphrates[0], last = euphrates[euphrates.length - 1];
        assertTrue(first.y > last.y && first.x < last.x, "the river flows south-east across the map");
        assertEquals("right", sideOfTheRiver(35.33588, 40.14084), "Deir ez-Zor city is on the right bank");
        assertEquals("left", sideOfTheRiver(35.30088, 40.28916), "Khasham is on the left bank");
    }

    @Test
    void everyBankANoteNamesIsTheSideOfTheRiverThePointIsOn() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Place p : places) {
            if (p.note() == null) continue;
            Matcher m = BANK.matcher(p.note());
            if (!m.find()) continue;
            checked++;
            String claimed = m.group(1).toLowerCase(Locale.ROOT);
            String side = sideOfTheRiver(p.lat(), p.lon());
            if (!claimed.equals(side)) wrong.add(p.key() + " says " + claimed + " bank but lies on the " + side);
        }
        assertTrue(checked > 0, "some notes name a bank");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void roadsAndAreasArePinnedAtRegionPrecision() {
        for (Place p : places) {
            if (p.kind() == PlaceKind.ROAD) assertEquals(GeoPrecision.REGION, p.precision(), p.key() + " is a road");
            if (p.precision() == GeoPrecision.REGION) {
                assertTrue(p.note() != null && p.note().contains("stands for"), p.key() + ": a region-precision note says what the point stands for");
            }
        }
    }

    @Test
    void noTwoPlacesShareAPoint() {
        // Two places on one point can never be told apart on the map, at any zoom.
        java.util.Map<String, String> byPoint = new java.util.HashMap<>();
        for (Place p : places) {
            String other = byPoint.put(p.lat() + "," + p.lon(), p.key());
            assertTrue(other == null, p.key() + " and " + other + " are on the same point");
        }
    }

    @Test
    void everyNewKindOfPlaceIsInTheGazetteer() {
        for (PlaceKind kind : List.of(PlaceKind.NEIGHBOURHOOD, PlaceKind.BRIDGE, PlaceKind.CROSSING, PlaceKind.ROAD)) {
            assertTrue(places.stream().anyMatch(p -> p.kind() == kind), "a " + kind.code());
        }
    }

    /**
     * Which side of the Euphrates line a point lies on, looking downstream: the side of the nearest segment, in a
     * plane scaled so that a degree of longitude is as long as at the point's latitude.
     */
    private static String sideOfTheRiver(double lat, double lon) {
        double k = Math.cos(Math.toRadians(lat));
        double best = Double.MAX_VALUE, cross = 0;
        for (int i = 0; i + 1 < euphrates.length; i++) {
            Coordinate a = euphrates[i], b = euphrates[i + 1];
            double dx = (b.x - a.x) * k, dy = b.y - a.y, px = (lon - a.x) * k, py = lat - a.y;
            double length = dx * dx + dy * dy;
            double t = length == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length));
            double distance = Math.hypot(px - dx * t, py - dy * t);
            if (distance < best) {
                best = distance;
                cross = dx * py - dy * px;
            }
        }
        return cross > 0 ? "left" : "right";
    }
}
