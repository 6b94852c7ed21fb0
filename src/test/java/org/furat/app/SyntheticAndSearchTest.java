package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.furat.model.Incident;
import org.furat.model.IncidentFilter;
import org.furat.store.StoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthetic databases and the text search, end to end through the workspace. */
class SyntheticAndSearchTest {

    @TempDir
    static Path dir;
    private static Workspace synthetic;
    private static Workspace seed;

    @BeforeAll
    static void open() {
        SyntheticIncidents.createDatabase(dir.resolve("synthetic.gpkg"), 3000, 42);
        synthetic = Workspace.open(dir.resolve("synthetic.gpkg"));
        seed = Workspace.open(dir.resolve("seed.gpkg"));
    }

    @AfterAll
    static void close() {
        synthetic.close();
        seed.close();
    }

    @Test
    void aSyntheticDatabaseSaysSoAndHoldsExactlyWhatWasAskedFor() {
        assertTrue(synthetic.synthetic());
        assertFalse(seed.synthetic());
        FilterResult all = synthetic.filter(IncidentFilter.ALL);
        assertEquals(3000, all.count());
        assertEquals(3000, all.places().stream().mapToInt(PlaceSummary::incidentCount).sum(), "one place per synthetic incident");
        assertTrue(synthetic.newestIncidents(all, 5).stream().allMatch(i -> i.key().startsWith("synthetic-") && i.note().contains("Synthetic")));
    }

    @Test
    void syntheticDataNeverGoesIntoAnExistingFile() throws Exception {
        Path existing = Files.createFile(dir.resolve("existing.gpkg"));
        assertThrows(StoreException.class, () -> SyntheticIncidents.createDatabase(existing, 10, 1));
        assertEquals(0, Files.size(existing), "the existing file is left as it was");
        assertThrows(StoreException.class, () -> SyntheticIncidents.createDatabase(dir.resolve("seed.gpkg"), 10, 1));
    }

    @Test
    void theSameSeedGivesTheSameData() {
        SyntheticIncidents.createDatabase(dir.resolve("again.gpkg"), 3000, 42);
        try (Workspace again = Workspace.open(dir.resolve("again.gpkg"))) {
            FilterResult a = synthetic.filter(IncidentFilter.ALL), b = again.filter(IncidentFilter.ALL);
            assertEquals(a.places(), b.places());
            assertEquals(a.typeCounts(), b.typeCounts());
        }
    }

    @Test
    void arabicSpellingVariantsFindTheSameIncidents() {
        int plain = synthetic.filter(IncidentFilter.ALL.withText("قصفت")).count();
        assertTrue(plain > 0, "the synthetic reports mention shelling");
        for (String variant : List.of("وقصفت", "قَصَفَت", "قصـــفت", "فقصفت")) {
            assertEquals(plain, synthetic.filter(IncidentFilter.ALL.withText(variant)).count(), variant);
        }
        int withArticle = synthetic.filter(IncidentFilter.ALL.withText("الميليشيات الإيرانية")).count();
        assertEquals(withArticle, synthetic.filter(IncidentFilter.ALL.withText("للميليشيات إيرانيه")).count());
    }

    @Test
    void theSearchCombinesWithTheOtherParts() {
        FilterResult text = synthetic.filter(IncidentFilter.ALL.withText("قصفت"));
        FilterResult both = synthetic.filter(IncidentFilter.ALL.withText("قصفت").withPlaces(Set.of("deir_ez_zor")));
        assertTrue(both.count() < text.count());
        for (Incident i : synthetic.incidents(IncidentFilter.ALL.withText("قصفت").withPlaces(Set.of("deir_ez_zor")))) {
            assertTrue(i.places().stream().anyMatch(l -> l.placeKey().equals("deir_ez_zor")));
            assertTrue(i.descriptionAr().contains("قصفت"), i.descriptionAr());
        }
    }

    @Test
    void theSeedReportIsFoundByItsWordsInEitherScript() {
        // Every incident whose description or evidence names the Conoco base, and nothing else.
        assertEquals(Set.of("seed-2024-11-conoco-shells-seven-villages", "seed-2024-11-seven-villages-daily-shelling",
                        "seed-2024-11-strikes-militia-positions", "seed-2024-11-conoco-live-fire-exercises"),
                keys(seed.incidents(IncidentFilter.ALL.withText("كونيكو"))));
        assertTrue(keys(seed.incidents(IncidentFilter.ALL.withText("كونيكو")))
                .containsAll(keys(seed.incidents(IncidentFilter.ALL.withText("Conoco")))), "the English descriptions say Conoco too");
        assertFalse(seed.incidents(IncidentFilter.ALL.withText("Conoco")).isEmpty());
        assertEquals(Set.of("seed-2024-10-rocket-attacks"), keys(seed.incidents(IncidentFilter.ALL.withText("الصاروخية"))));
    }

    @Test
    void malformedSearchInputNeverFails() {
        for (String nasty : List.of("\"", "\"unbalanced", "AND", "OR NOT", "*", ")", "NEAR(", "-x", "a:b", "^", "'; DROP TABLE incidents; --",
                "قصف".repeat(3000), "😀", "   ")) {
            seed.filter(IncidentFilter.ALL.withText(nasty));
        }
        assertEquals(6, seed.filter(IncidentFilter.ALL).count(), "and the data is intact");
    }

    private static Set<String> keys(List<Incident> incidents) {
        return incidents.stream().map(Incident::key).collect(java.util.stream.Collectors.toSet());
    }
}
