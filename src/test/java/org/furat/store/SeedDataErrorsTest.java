package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A mistake in data/ is refused with a message that names the file, the record and what is wrong. */
class SeedDataErrorsTest {

    private final Map<String, String> files = new HashMap<>();

    private SeedData.DataFiles withChange(String path, String from, String to) throws IOException {
        String original = resource(path);
        assertTrue(original.contains(from), path + " contains " + from);
        files.put(path, original.replace(from, to));
        return p -> files.containsKey(p) ? files.get(p) : resource(p);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SeedDataErrorsTest.class.getResourceAsStream("/org/furat/data/" + path)) {
            if (in == null) throw new IOException("no " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void assertRefused(SeedData.DataFiles data, String... expectedParts) {
        StoreException e = assertThrows(StoreException.class, () -> SeedData.read(data));
        for (String part : expectedParts) {
            assertTrue(e.getMessage().contains(part), "message names '" + part + "': " + e.getMessage());
        }
    }

    @Test
    void theUnmodifiedDataIsAccepted() {
        SeedData.fromClasspath();
    }

    @Test
    void aCoordinateThatIsNotANumber() throws IOException {
        assertRefused(withChange("gazetteer/places.csv", ",35.30088,", ",north,"), "places.csv", "khasham", "lat");
    }

    @Test
    void aLocationPrecisionGivenAsAWord() throws IOException {
        assertRefused(withChange("incidents/incidents.json", "\"precision\": 2", "\"precision\": \"approximate\""),
                "incidents.json", "seed-2024-11-strikes-militia-positions", "precision");
    }

    @Test
    void aMisspeltPlacesKeyIsNotTakenForAnUnlocatedIncident() throws IOException {
        assertRefused(withChange("incidents/incidents.json", "\"places\"", "\"place\""), "incidents.json", "places");
    }

    @Test
    void aCasualtyCountWrittenAsText() throws IOException {
        assertRefused(withChange("incidents/incidents.json", "\"best\": 12", "\"best\": \"12\""),
                "seed-2024-10-rocket-attacks", "whole number");
    }

    @Test
    void anEvidenceSpanThatNoLongerMatchesItsQuote() throws IOException {
        assertRefused(withChange("incidents/incidents.json", "\"start\": 380", "\"start\": 381"),
                "seed-2024-11-conoco-live-fire-exercises", "quote");
    }

    @Test
    void brokenJson() throws IOException {
        assertRefused(withChange("sources/sources.json", "[", "[{"), "sources.json", "not valid JSON");
    }
}
