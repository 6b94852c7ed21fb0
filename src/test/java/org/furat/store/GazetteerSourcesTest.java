package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.furat.model.GeoPrecision;
import org.furat.model.Place;
import org.furat.model.PlaceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing an import is one transaction: a failure after some of it was written leaves nothing of it. */
class GazetteerSourcesTest {

    @TempDir
    Path dir;

    @Test
    void aFailureMidwayLeavesTheDatabaseUnchanged() throws Exception {
        Path file = TestDatabases.seeded(dir.resolve("g.gpkg"));
        String before = TestDatabases.content(file);
        Place village = new Place("survey-1", "New Village", "قرية جديدة", List.of(), List.of(), PlaceKind.VILLAGE, 40.4, 35.1,
                GeoPrecision.EXACT, null, "survey", "1", "CC-BY-4.0", null);
        var changes = new GazetteerSources.Changes("survey", "CC-BY-4.0", "Our survey", List.of(village),
                List.of(new GazetteerSources.Origin("survey-1", "survey", "1", null, 40.4, 35.1, true)),
                // The place is written first; this spelling then names a place that is not there.
                List.of(new GazetteerSources.Variant("khasham", "en", "Kheshem"), new GazetteerSources.Variant("no_such_place", "ar", "لا")));
        try (FuratDatabase db = FuratDatabase.open(file)) {
            StoreException e = assertThrows(StoreException.class, () -> new GazetteerSources(db).apply(changes));
            assertTrue(e.getMessage().contains("no_such_place"), e.getMessage());
        }
        assertEquals(before, TestDatabases.content(file), "nothing of the import was kept");
    }
}
