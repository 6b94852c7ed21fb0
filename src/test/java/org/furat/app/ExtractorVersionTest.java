package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.furat.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The version that names the extractor: it changes with what the extractor reads, and with nothing else. */
class ExtractorVersionTest {

    @TempDir
    Path dir;

    @Test
    void theGazetteerFingerprintFollowsThePlacesNotTheirOrder() {
        try (Workspace workspace = Workspace.open(dir.resolve("db.gpkg"))) {
            List<Place> places = workspace.places();
            String fingerprint = ExtractorVersion.gazetteerFingerprint(places, workspace.groups(), workspace.actors());
            List<Place> shuffled = new ArrayList<>(places);
            Collections.reverse(shuffled);
            assertEquals(fingerprint, ExtractorVersion.gazetteerFingerprint(shuffled, workspace.groups(), workspace.actors()));

            Place first = places.get(0);
            List<Place> moved = new ArrayList<>(places);
            moved.set(0, new Place(first.key(), first.nameEn(), first.nameAr(), first.variantsEn(), first.variantsAr(), first.kind(),
                    first.lon() + 0.01, first.lat(), first.precision(), first.district(), first.source(), first.sourceRef(),
                    first.licence(), first.note(), first.admin()));
            assertNotEquals(fingerprint, ExtractorVersion.gazetteerFingerprint(moved, workspace.groups(), workspace.actors()));
            assertNotEquals(fingerprint, ExtractorVersion.gazetteerFingerprint(places.subList(1, places.size()), workspace.groups(),
                    workspace.actors()));

            String version = ExtractorVersion.of(places, workspace.groups(), workspace.actors());
            assertTrue(version.startsWith("Furat " + AppVersion.current()), version);
            assertTrue(version.contains(fingerprint), version);
        }
    }

    @Test
    void theLexiconsAreReadFromTheClassPath() {
        String lexicons = ExtractorVersion.lexiconFingerprint();
        assertTrue(lexicons.matches("[0-9a-f]{12}"), lexicons);
        assertEquals(lexicons, ExtractorVersion.lexiconFingerprint());
    }
}
