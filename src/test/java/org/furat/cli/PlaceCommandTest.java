package org.furat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code furat place add|edit|merge|delete} and {@code furat actor list|add|rename|merge}: what each does as the other
 * commands then see it (places, incidents, history, check), and a clear message, exit code 1 and nothing changed for
 * each thing that cannot be done.
 */
class PlaceCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void setUp() {
        db = dir.resolve("places.gpkg");
        assertEquals(0, furat("places").exitCode(), "creates and seeds the database");
    }

    private CliTest.Result furat(String... args) {
        return CliTest.furatWithDb(db, args);
    }

    private CliTest.Result ok(String... args) {
        CliTest.Result r = furat(args);
        assertEquals(0, r.exitCode(), () -> String.join(" ", args) + ": " + r.err());
        return r;
    }

    private Map<String, JsonNode> places() throws Exception {
        Map<String, JsonNode> byKey = new TreeMap<>();
        JSON.readTree(ok("places", "--format", "json").out()).forEach(p -> byKey.put(p.path("key").asText(), p));
        return byKey;
    }

    private JsonNode incidents() throws Exception {
        return JSON.readTree(ok("incidents", "--format", "json", "--status", "verified,proposed,rejected").out());
    }

    /** Place keys with the incidents linked to them, most used first (administrative units left out). */
    private List<String> placesByUse() throws Exception {
        Map<String, Integer> uses = new TreeMap<>();
        for (JsonNode i : incidents()) {
            for (JsonNode p : i.path("places")) {
                String key = p.path("key").asText();
                if (!key.endsWith("_governorate") && !key.endsWith("_district") && !key.endsWith("_subdistrict")) uses.merge(key, 1, Integer::sum);
            }
        }
        List<String> keys = new ArrayList<>(uses.keySet());
        keys.sort((a, b) -> uses.get(b) - uses.get(a));
        return keys;
    }

    private List<String> incidentsAt(String place) throws Exception {
        List<String> keys = new ArrayList<>();
        for (JsonNode i : incidents()) {
            for (JsonNode p : i.path("places")) if (p.path("key").asText().equals(place)) keys.add(i.path("key").asText());
        }
        return keys;
    }

    private String lastAction(String place) throws Exception {
        JsonNode actions = JSON.readTree(ok("history", "--place", place, "--format", "json", "--limit", "1").out());
        return actions.get(0).path("name").asText();
    }

    private void assertChecked() {
        CliTest.Result check = furat("check");
        assertEquals(0, check.exitCode(), check.out() + check.err());
    }

    @Test
    void aPlaceIsAddedEditedAndDeleted() throws Exception {
        CliTest.Result added = ok("place", "add", "--name-ar", "مزرعة الشيخ", "--name-en", "Shaykh Farm", "--kind", "village",
                "--at", "35°18′04″N 40°17′21″E", "--spellings-ar", "مزرعة شيخ");
        assertTrue(added.out().startsWith("Added place shaykh_farm: Shaykh Farm (مزرعة الشيخ) at 35.30111, 40.28917"), added.out());
        JsonNode place = places().get("shaykh_farm");
        assertEquals("مزرعة الشيخ", place.path("name_ar").asText());
        assertEquals("approximate", place.path("precision_label").asText(), "a point placed by hand is approximate unless said");
        assertEquals("[\"مزرعة شيخ\"]", place.path("variants_ar").toString());
        assertEquals(35.30111, place.path("lat").asDouble(), 1e-5);
        assertEquals("add place", lastAction("shaykh_farm"));

        ok("place", "edit", "shaykh_farm", "--at", "35.31, 40.30", "--precision", "exact", "--name-en", "Sheikh Farm");
        place = places().get("shaykh_farm");
        assertEquals("Sheikh Farm", place.path("name_en").asText());
        assertEquals("مزرعة الشيخ", place.path("name_ar").asText(), "what is not given stays");
        assertEquals(35.31, place.path("lat").asDouble(), 1e-9);
        assertEquals(40.30, place.path("lon").asDouble(), 1e-9);
        assertEquals("exact", place.path("precision_label").asText());
        assertEquals("edit place", lastAction("shaykh_farm"));
        assertChecked();

        assertEquals("Deleted place shaykh_farm", ok("place", "delete", "shaykh_farm").out().strip());
        assertFalse(places().containsKey("shaykh_farm"));
        assertChecked();
    }

    @Test
    void spellingsAreSeparatedByBarsOrCommasAsInThePlaceEditor() throws Exception {
        ok("place", "add", "--name-en", "Shaykh Farm", "--at", "35.3012, 40.2891", "--spellings-en", "Sheikh Farm, Shaikh Farm|Shekh Farm",
                "--spellings-ar", "مزرعة شيخ، مزرعة الشيخ الكبرى");
        JsonNode place = places().get("shaykh_farm");
        assertEquals("[\"Sheikh Farm\",\"Shaikh Farm\",\"Shekh Farm\"]", place.path("variants_en").toString());
        assertEquals("[\"مزرعة شيخ\",\"مزرعة الشيخ الكبرى\"]", place.path("variants_ar").toString());
        ok("place", "edit", "shaykh_farm", "--spellings-en", "Sheikh Farm,Shaykh Farms");
        assertEquals("[\"Sheikh Farm\",\"Shaykh Farms\"]", places().get("shaykh_farm").path("variants_en").toString());
        assertTrue(furat("place", "add", "--help").out().contains("or by commas"), "the help says so");
    }

    @Test
    void aNewPlaceNamedAsAnotherIsSaidToBeSoNamingIt() throws Exception {
        ok("place", "add", "--name-en", "Shaykh Farm", "--at", "35.3012, 40.2891");
        CliTest.Result again = ok("place", "add", "--name-en", "shaykh farm", "--at", "35.3100, 40.2900");
        assertTrue(again.out().startsWith("Added place shaykh_farm_2:"), again.out());
        assertTrue(again.out().contains("Note: place shaykh_farm, Shaykh Farm at 35.30120, 40.28910, already has this name")
                && again.out().contains("a number added") && again.out().contains("furat place merge shaykh_farm_2 --into shaykh_farm"), again.out());
        CliTest.Result chosen = ok("place", "add", "--name-en", "Shaykh Farm", "--at", "35.3200, 40.2950", "--key", "shaykh_farm_east");
        assertTrue(chosen.out().contains("place shaykh_farm,") && chosen.out().contains("the key you gave (shaykh_farm_east)"), chosen.out());
        CliTest.Result other = ok("place", "add", "--name-en", "Shaykh Farm North", "--at", "35.3300, 40.2950");
        assertFalse(other.out().contains("Note:"), other.out());
    }

    @Test
    void coordinatesGivenAsLongitudeLatitudeAreSaidToBeSwapped() throws Exception {
        CliTest.Result added = ok("place", "add", "--name-en", "Shaykh Farm", "--at", "40.2891, 35.3012");
        assertTrue(added.out().startsWith("Added place shaykh_farm: Shaykh Farm at 35.30120, 40.28910"), added.out());
        assertTrue(added.out().contains("were read as longitude, latitude (swapped)"), added.out());
        CliTest.Result asTyped = ok("place", "edit", "shaykh_farm", "--at", "35.31, 40.30");
        assertFalse(asTyped.out().contains("swapped"), asTyped.out());
        CliTest.Result edited = ok("place", "edit", "shaykh_farm", "--at", "40.30, 35.32");
        assertTrue(edited.out().contains("swapped"), edited.out());
        assertEquals(35.32, places().get("shaykh_farm").path("lat").asDouble(), 1e-9);
    }

    @Test
    void editingAPlaceMovesItsIncidents() throws Exception {
        String busy = placesByUse().get(0);
        List<String> at = incidentsAt(busy);
        ok("place", "edit", busy, "--at", "35.1, 40.5");
        for (JsonNode i : incidents()) {
            for (JsonNode p : i.path("places")) {
                if (p.path("key").asText().equals(busy)) {
                    assertEquals(35.1, p.path("lat").asDouble(), 1e-9, i.path("key").asText());
                    assertEquals(40.5, p.path("lon").asDouble(), 1e-9);
                }
            }
        }
        assertEquals(at, incidentsAt(busy));
        assertChecked();
    }

    @Test
    void mergingMovesTheIncidentsAndKeepsTheNameAsASpelling() throws Exception {
        List<String> byUse = placesByUse();
        String kept = byUse.get(0), gone = byUse.get(1);
        String goneName = places().get(gone).path("name_ar").asText();
        List<String> moving = incidentsAt(gone);
        List<String> expected = new ArrayList<>(incidentsAt(kept));
        moving.stream().filter(k -> !expected.contains(k)).forEach(expected::add);

        CliTest.Result merged = ok("place", "merge", gone, "--into", kept);
        assertEquals("Merged place " + gone + " into " + kept + ": " + moving.size() + (moving.size() == 1 ? " incident" : " incidents") + " moved",
                merged.out().strip());
        assertFalse(places().containsKey(gone));
        assertTrue(places().get(kept).path("variants_ar").toString().contains(goneName), "the merged place's name is a spelling of the kept one");
        assertEquals(expected.stream().sorted().toList(), incidentsAt(kept).stream().distinct().sorted().toList());
        assertEquals("merge places", lastAction(kept));
        assertChecked();
    }

    @Test
    void mistakesAreRefusedWithASentenceAndChangeNothing() throws Exception {
        String busy = placesByUse().get(0);
        int linked = incidentsAt(busy).size();
        String before = ok("places", "--format", "json").out();
        String history = ok("history", "--format", "json").out();
        Map<List<String>, String> mistakes = Map.ofEntries(
                Map.entry(List.of("place", "delete", busy), "is linked to " + linked + " incident"),
                Map.entry(List.of("place", "edit", "no_such_place", "--name-en", "X"), "No place has the key 'no_such_place'"),
                Map.entry(List.of("place", "merge", "no_such_place", "--into", busy), "No place has the key 'no_such_place'"),
                Map.entry(List.of("place", "merge", busy, "--into", busy), "cannot be merged into itself"),
                Map.entry(List.of("place", "add", "--name-en", "Far away", "--at", "33.5, 36.3"), "outside the map's region"),
                Map.entry(List.of("place", "add", "--name-en", "Nowhere", "--at", "north of the river"), "as a coordinate"),
                Map.entry(List.of("place", "add", "--name-en", " ", "--at", "35.3, 40.2"), "needs a name"),
                Map.entry(List.of("place", "edit", busy, "--name-en", "", "--name-ar", ""), "needs a name"),
                Map.entry(List.of("place", "edit", busy), "Nothing to change"),
                Map.entry(List.of("actor", "rename", "no_such_actor", "--name-en", "X"), "No actor has the key 'no_such_actor'"),
                Map.entry(List.of("place", "merge", "deir_ez_zor_governorate", "--into", busy), "is an administrative unit"),
                Map.entry(List.of("place", "delete", "deir_ez_zor_governorate"), "is an administrative unit"),
                Map.entry(List.of("place", "edit", busy, "--kind", "district"), "cannot become a district"));
        for (var m : mistakes.entrySet()) {
            CliTest.Result r = furat(m.getKey().toArray(String[]::new));
            assertEquals(1, r.exitCode(), m.getKey() + ": " + r.out() + r.err());
            assertTrue(r.err().contains(m.getValue()), m.getKey() + ": " + r.err());
            assertTrue(r.err().startsWith("furat: ") && r.err().strip().lines().count() == 1, "one line, no stack trace: " + r.err());
        }
        assertEquals(before, ok("places", "--format", "json").out(), "nothing changed");
        assertEquals(history, ok("history", "--format", "json").out(), "nothing recorded");
    }

    @Test
    void actorsAreAddedRenamedAndMerged() throws Exception {
        assertEquals("Added actor tribal_fighters: Tribal fighters (مقاتلون عشائريون)",
                ok("actor", "add", "--name-en", "Tribal fighters", "--name-ar", "مقاتلون عشائريون").out().strip());
        assertTrue(ok("actor", "list").out().lines().anyMatch(l -> l.startsWith("tribal_fighters\tTribal fighters\tمقاتلون عشائريون")));

        JsonNode first = null;
        for (JsonNode i : incidents()) if (!i.path("actors").isEmpty()) { first = i; break; }
        String actor = first.path("actors").get(0).path("key").asText();
        String oldName = first.path("actors").get(0).path("name_en").asText();
        ok("actor", "rename", actor, "--name-en", "Renamed party");
        String line = ok("actor", "list").out().lines().filter(l -> l.startsWith(actor + "\t")).findFirst().orElseThrow();
        assertTrue(line.startsWith(actor + "\tRenamed party\t"), line);
        assertTrue(line.contains(oldName), "the old name stays as a spelling: " + line);

        String incident = first.path("key").asText();
        CliTest.Result merged = ok("actor", "merge", actor, "--into", "tribal_fighters");
        assertTrue(merged.out().startsWith("Merged actor " + actor + " into tribal_fighters: "), merged.out());
        for (JsonNode i : incidents()) {
            if (!i.path("key").asText().equals(incident)) continue;
            List<String> keys = new ArrayList<>();
            i.path("actors").forEach(a -> keys.add(a.path("key").asText()));
            assertTrue(keys.contains("tribal_fighters") && !keys.contains(actor), keys.toString());
        }
        assertFalse(ok("actor", "list").out().lines().anyMatch(l -> l.startsWith(actor + "\t")));
        assertChecked();
    }
}
