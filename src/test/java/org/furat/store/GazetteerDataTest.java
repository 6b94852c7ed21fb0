package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.furat.model.GeoPrecision;
import org.furat.model.Place;
import org.furat.model.PlaceGroup;
import org.junit.jupiter.api.Test;

/** The gazetteer in data/ keeps the project's promises: sourced, honest about precision, unambiguous keys. */
class GazetteerDataTest {

    private final SeedData data = SeedData.fromClasspath();

    @Test
    void keysAreUniqueAcrossPlacesAndGroups() {
        Set<String> seen = new HashSet<>();
        for (Place p : data.places()) assertTrue(seen.add(p.key()), "duplicate key " + p.key());
        for (PlaceGroup g : data.groups()) assertTrue(seen.add(g.key()), "group key " + g.key() + " is also a place key");
    }

    @Test
    void everyCoordinateSaysWhereItComesFromAndUnderWhichLicence() {
        for (Place p : data.places()) {
            assertFalse(p.source().isBlank(), p.key() + " has a source");
            assertTrue(p.licence() != null && !p.licence().isBlank(), p.key() + " has a licence");
        }
    }

    @Test
    void approximatePlacesExplainWhyInTheirNote() {
        for (Place p : data.places()) {
            if (p.precision() == GeoPrecision.APPROXIMATE) {
                assertTrue(p.note() != null && p.note().toLowerCase().startsWith("approximate"),
                        p.key() + " is approximate and its note should say why: " + p.note());
            }
        }
    }

    @Test
    void placesLieInTheMapRegion() {
        for (Place p : data.places()) {
            assertTrue(p.lon() >= 39.5 && p.lon() <= 41.6 && p.lat() >= 34.3 && p.lat() <= 35.9,
                    p.key() + " at " + p.lat() + ", " + p.lon() + " lies outside the map region");
        }
    }

    @Test
    void arabicNamesAreInArabicScript() {
        for (Place p : data.places()) {
            assertTrue(p.nameAr() != null && p.nameAr().codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC), p.key() + ": " + p.nameAr());
        }
    }

    @Test
    void theTwoSalihiyahsAreBothThereInDifferentDistricts() {
        List<Place> salihiyah = data.places().stream().filter(p -> "الصالحية".equals(p.nameAr())).toList();
        assertEquals(2, salihiyah.size(), "two places are called الصالحية");
        assertEquals(2, salihiyah.stream().map(Place::district).collect(Collectors.toSet()).size(),
                "they are told apart by district");
    }

    @Test
    void theSevenVillagesAreAGroupOfSevenKnownPlaces() {
        PlaceGroup group = data.groups().stream().filter(g -> g.key().equals("seven_villages")).findFirst().orElseThrow();
        assertEquals("القرى السبع", group.nameAr());
        assertEquals(7, Set.copyOf(group.memberKeys()).size());
        Set<String> keys = data.places().stream().map(Place::key).collect(Collectors.toSet());
        assertTrue(keys.containsAll(group.memberKeys()), "every member is in the gazetteer");
    }
}
