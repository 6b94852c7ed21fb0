package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.furat.ingest.Extractor;
import org.furat.ingest.PlaceMention;
import org.furat.model.Place;
import org.furat.model.TimePrecision;
import org.furat.text.ArabicNormalizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extractor over the gazetteer grown by the Who's On First import of ../shared/data/whosonfirst-sy: every name
 * of every imported place in either script is read after a cue, names several villages share are told apart by a
 * sub-district named beside them or left undecided with all of them, and a name the gazetteer lacks is still an
 * unknown place. The names come from the database at run time, so the test holds no record of the import.
 */
class ImportedGazetteerExtractionTest {

    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static Extractor extractor;
    private static List<Place> imported;

    @BeforeAll
    static void importWhosOnFirst() {
        Path folder = SharedData.require("whosonfirst-sy");
        workspace = Workspace.open(dir.resolve("wof.gpkg"));
        GazetteerImporter.Summary s = workspace.gazetteerImporter().importFiles(new GazetteerImporter.Request(List.of(folder),
                GazetteerImporter.Format.AUTO, null, StudyArea.ofMap(), null, null, null, false));
        assertTrue(s.added() > 0, "the import adds places");
        extractor = workspace.extractor();
        imported = workspace.places().stream().filter(p -> "whosonfirst".equals(p.source()) || p.key().startsWith("gn-")
                || p.key().startsWith("wof-")).toList();
        assertEquals(s.added(), imported.size(), "the imported places are told apart by their keys");
    }

    @AfterAll
    static void close() {
        if (workspace != null) workspace.close();
    }

    private static List<PlaceMention> places(String text) {
        return extractor.extract(text, LocalDate.of(2024, 11, 20), TimePrecision.DAY).places();
    }

    @Test
    void everyNameOfEveryImportedPlaceIsReadAfterACueInEitherScript() {
        List<String> missed = new ArrayList<>();
        int tried = 0;
        // A village whose own name is the cue and the name («قرية سكر») is what such a sentence names.
        Set<String> fullNames = new HashSet<>();
        for (Place p : workspace.places()) {
            if (p.nameAr() != null) fullNames.add(ArabicNormalizer.searchKey(p.nameAr()));
            p.variantsAr().forEach(v -> fullNames.add(ArabicNormalizer.searchKey(v)));
        }
        for (Place p : imported) {
            List<String> names = new ArrayList<>();
            List<String> arabic = new ArrayList<>();
            if (p.nameAr() != null && !p.nameAr().isBlank()) arabic.add(p.nameAr());
            arabic.addAll(p.variantsAr());
            for (String a : arabic) {
                if (!fullNames.contains(ArabicNormalizer.searchKey("قرية " + a))) names.add("قصفت المدفعية قرية " + a + " صباح اليوم.");
            }
            names.add("Artillery shelled the village of " + p.nameEn() + " on Monday.");
            for (String text : names) {
                tried++;
                boolean found = places(text).stream().anyMatch(m -> m.candidates().contains(p.key()));
                if (!found) missed.add(p.key() + ": " + text);
            }
        }
        assertTrue(tried > imported.size());
        assertEquals(List.of(), missed, "names not read as the place after a cue");
    }

    @Test
    void theWordCityBeforeATownIsNoVillageNamedTheCity() {
        for (String town : List.of("البصيرة", "البوكمال", "الميادين")) {
            String text = "قصفت قوات النظام مدينة " + town + " صباح اليوم.";
            List<PlaceMention> found = places(text);
            assertEquals(1, found.size(), text + ": " + found);
            String key = found.get(0).chosen();
            assertTrue(key != null && town.equals(workspace.place(key).orElseThrow().nameAr()), text + ": " + found);
        }
    }

    @Test
    void aSharedNameIsDecidedByTheSubDistrictBesideItOrLeftUndecidedWithEveryPlace() {
        // Names that imported villages in different sub-districts share, with the places of each.
        Map<String, List<Place>> byName = new LinkedHashMap<>();
        for (Place p : workspace.places()) {
            if (p.nameAr() == null || p.nameAr().isBlank() || p.kind().isAdminUnit()) continue;
            byName.computeIfAbsent(ArabicNormalizer.searchKey(p.nameAr()), k -> new ArrayList<>()).add(p);
        }
        Map<String, String> subdistrictNames = new HashMap<>();
        for (Place p : workspace.places()) if (p.kind() == org.furat.model.PlaceKind.SUBDISTRICT) subdistrictNames.put(p.key(), p.nameAr());
        int decided = 0, undecided = 0;
        for (List<Place> sharing : byName.values()) {
            if (sharing.size() < 2 || sharing.stream().noneMatch(imported::contains)) continue;
            String name = sharing.get(0).nameAr();
            Set<String> keys = new HashSet<>(sharing.stream().map(Place::key).toList());
            PlaceMention alone = mentionOf(places("وسقطت قذائف على " + name + " صباح اليوم."), keys);
            if (alone == null) continue; // an ordinary word, which needs more than this to be a place
            assertTrue(alone.unresolved(), () -> name + " alone decides nothing: " + alone);
            assertTrue(alone.candidates().containsAll(keys), () -> name + ": every place of the name stays " + alone);
            undecided++;
            for (Place p : sharing) {
                String unit = p.admin().admin3();
                if (unit == null || sharing.stream().filter(o -> unit.equals(o.admin().admin3())).count() != 1) continue;
                PlaceMention m = mentionOf(places("وسقطت قذائف على " + name + " في " + subdistrictNames.get(unit) + " صباح اليوم."), keys);
                assertEquals(p.key(), m.chosen(), () -> name + " in " + subdistrictNames.get(unit) + ": " + m);
                decided++;
            }
        }
        assertTrue(undecided > 0 && decided > 0, "the import has names shared across sub-districts: " + undecided + ", " + decided);
    }

    @Test
    void aNameTheGazetteerLacksAfterACueIsStillAnUnknownPlace() {
        String made = "الزعفرانة";
        assertTrue(workspace.places().stream().noneMatch(p -> made.equals(p.nameAr()) || p.variantsAr().contains(made)),
                "a name the gazetteer does not have");
        List<PlaceMention> found = places("قصفت المدفعية قرية " + made + " صباح اليوم.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(made, found.get(0).unknownName());
        assertNull(found.get(0).chosen());
        assertFalse(found.get(0).unresolved());
    }

    private static PlaceMention mentionOf(List<PlaceMention> found, Set<String> keys) {
        return found.stream().filter(m -> m.candidates().stream().anyMatch(keys::contains)).findFirst().orElse(null);
    }
}
