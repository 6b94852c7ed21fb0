package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.furat.geo.AdminLookup;
import org.furat.model.Place;
import org.furat.store.SeedData;
import org.junit.jupiter.api.Test;

/**
 * The default study area of gazetteer imports is the governorate and a margin around it, inside the map's box:
 * all of the governorate (its north reaches 36.3° N), the towns just across its line, and not the villages of the
 * neighbouring governorates that the box alone would take.
 */
class StudyAreaTest {

    private static final StudyArea AREA = StudyArea.ofMap();

    @Test
    void holdsEverySeedPlaceOfTheGovernorateAndTheTownsJustAcrossItsLine() throws Exception {
        int inGovernorate = 0;
        for (Place p : SeedData.fromClasspath().places()) {
            if (!StudyArea.GOVERNORATE.equals(p.admin().admin1())) continue;
            inGovernorate++;
            assertTrue(AREA.contains(p.lon(), p.lat()), p.key() + " lies in the governorate");
        }
        assertTrue(inGovernorate > 20, "the seed gazetteer's places were located in their units");
        for (String key : new String[]{"markadah", "madan"}) {
            Place p = SeedData.fromClasspath().places().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
            assertTrue(AREA.contains(p.lon(), p.lat()), key + ", just across the line, is in");
        }
    }

    @Test
    void reachesTheGovernoratesNorthAndLeavesOutFarPlacesOfItsNeighboursInsideTheBox() {
        // A point of the governorate north of 35.9° N, where the map's first box stopped.
        var governorate = AdminLookup.shipped().unit(StudyArea.GOVERNORATE).boundary();
        var north = governorate.intersection(governorate.getFactory().toGeometry(
                new org.locationtech.jts.geom.Envelope(39.0, 42.0, 35.95, 37.0))).getInteriorPoint();
        assertTrue(AREA.contains(north.getX(), north.getY()), "the governorate's north: " + north);
        StudyArea box = StudyArea.regionOfMap();
        // Inside the box but well away from the governorate: the Khabur valley of Al-Hasakah north of Markadah.
        assertTrue(box.contains(40.9, 36.3));
        assertFalse(governorate.distance(governorate.getFactory().createPoint(new org.locationtech.jts.geom.Coordinate(40.9, 36.3))) < StudyArea.MARGIN_DEGREES);
        assertFalse(AREA.contains(40.9, 36.3));
        assertFalse(AREA.contains(42.0, 35.0), "outside the box");
    }

    @Test
    void aBoxGivenByHandHasNoShape() {
        StudyArea given = StudyArea.parse("40,35,41,36");
        assertTrue(given.contains(40.5, 35.5));
        assertEquals("40.00,35.00,41.00,36.00", given.toString());
        assertThrows(IllegalArgumentException.class, () -> StudyArea.parse("41,35,40,36"));
        assertTrue(AREA.toString().startsWith("Deir ez-Zor governorate and"), AREA.toString());
    }
}
