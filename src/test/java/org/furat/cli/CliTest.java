package org.furat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.furat.app.Workspace;
import org.furat.model.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Path db;
    /** The incidents data file, read independently of the application. */
    private static JsonNode incidentsFile;
    private static Map<String, Place> places;

    record Result(int exitCode, String out, String err) {}

    @BeforeAll
    static void setUp() throws IOException {
        db = dir.resolve("cli.gpkg");
        try (InputStream in = CliTest.class.getResourceAsStream("/org/furat/data/incidents/incidents.json")) {
            assertNotNull(in);
            incidentsFile = JSON.readTree(in);
        }
        Result first = furat("places", "--format", "json");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.err().contains("Created the database"), "the first run says it created the database: " + first.err());
        places = new HashMap<>();
        try (Workspace w = Workspace.open(db)) {
            w.places().forEach(p -> places.put(p.key(), p));
        }
    }

    /** Runs the command line as {@link FuratCommand#run} does, with its output captured. */
    static Result furatWithDb(Path database, String... args) {
        CommandLine cli = FuratCommand.commandLine(w -> {});
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(database.toString());
        int code = cli.execute(all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void anImpossibleDateSaysWhatADateLooksLike() {
        for (String[] args : new String[][] {{"incidents", "--from", "2024-02-30"}, {"import", "--published", "20/11/2024", "x.txt"}}) {
            Result r = furat(args);
            assertEquals(2, r.exitCode(), r.err());
            assertTrue(r.err().contains("is not a date: use YYYY-MM-DD"), r.err());
            assertFalse(r.err().contains("java.time"), "no parser internals: " + r.err());
        }
    }

    static Result furat(String... args) {
        return furatWithDb(db, args);
    }

    private static JsonNode json(Result r) throws IOException {
        assertEquals(0, r.exitCode(), () -> "exit code " + r.exitCode() + ", stderr: " + r.err());
        JsonNode node = JSON.readTree(r.out());
        assertTrue(node.isArray(), r.out());
        return node;
    }

    private static Set<String> keys(JsonNode list) {
        Set<String> keys = new HashSet<>();
        list.forEach(n -> keys.add(n.path("key").asText()));
        assertEquals(list.size(), keys.size(), "no incident is listed twice");
        return keys;
    }

    /** Keys of the incidents in the data file whose start date lies in the given month ("2024-10"). */
    private static Set<String> startingIn(String month) {
        Set<String> keys = new HashSet<>();
        incidentsFile.forEach(n -> {
            if (n.path("date_start").asText().startsWith(month)) keys.add(n.path("key").asText());
        });
        return keys;
    }

    @Test
    void incidentsAsJsonListEverySeedIncidentWithPlacesAndArabicDescription() throws IOException {
        JsonNode list = json(furat("incidents", "--format", "json"));
        assertEquals(incidentsFile.size(), list.size());
        Map<String, JsonNode> fromFile = new HashMap<>();
        incidentsFile.forEach(n -> fromFile.put(n.path("key").asText(), n));
        assertEquals(fromFile.keySet(), keys(list));
        for (JsonNode incident : list) {
            String key = incident.path("key").asText();
            JsonNode placeKeys = incident.path("place_keys");
            assertTrue(placeKeys.isArray() && placeKeys.size() > 0, key + " has place_keys");
            placeKeys.forEach(k -> assertTrue(places.containsKey(k.asText()), key + " names unknown place " + k));
            String arabic = incident.path("description_ar").asText();
            assertEquals(fromFile.get(key).path("description_ar").asText(), arabic, "Arabic description of " + key);
            assertTrue(arabic.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC), arabic);
        }
    }

    @Test
    void fromNovemberExcludesOctoberAndKeepsMonthPrecisionNovemberIncidents() throws IOException {
        Set<String> october = startingIn("2024-10");
        Set<String> november = startingIn("2024-11");
        assertFalse(october.isEmpty(), "the data has an October incident");
        assertFalse(november.isEmpty(), "the data has November incidents");

        Set<String> listed = keys(json(furat("incidents", "--from", "2024-11-01", "--format", "json")));
        assertEquals(november, listed);

        // An incident known only to the month counts for any day of that month.
        Set<String> midMonth = keys(json(furat("incidents", "--from", "2024-11-20", "--to", "2024-11-21", "--format", "json")));
        assertEquals(november, midMonth);
    }

    @Test
    void toEndOfOctoberKeepsOnlyOctober() throws IOException {
        Set<String> listed = keys(json(furat("incidents", "--to", "2024-10-31", "--format", "json")));
        assertEquals(startingIn("2024-10"), listed);
        for (JsonNode n : json(furat("incidents", "--to", "2024-10-31", "--format", "json"))) {
            assertTrue(n.path("date_start").asText().compareTo("2024-10-31") <= 0, n.toString());
        }
    }

    @Test
    void placeFilterKeepsOnlyIncidentsLinkedToThatPlace() throws IOException {
        // Khasham is one of the seven villages, so incidents aimed at the group count for it.
        Set<String> expected = new HashSet<>();
        for (JsonNode n : incidentsFile) {
            for (JsonNode p : n.path("places")) {
                if ("khasham".equals(p.path("place").asText()) || "seven_villages".equals(p.path("group").asText())) {
                    expected.add(n.path("key").asText());
                }
            }
        }
        assertFalse(expected.isEmpty());
        JsonNode list = json(furat("incidents", "--place", "khasham", "--format", "json"));
        assertEquals(expected, keys(list));
        for (JsonNode n : list) {
            List<String> placeKeys = new ArrayList<>();
            n.path("place_keys").forEach(k -> placeKeys.add(k.asText()));
            assertTrue(placeKeys.contains("khasham"), n.path("key").asText() + " is not linked to khasham: " + placeKeys);
        }
    }

    @Test
    void anUnknownPlaceIsAnErrorThatNamesIt() {
        Result r = furat("incidents", "--place", "nowhere");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("nowhere"), "stderr: " + r.err());
        assertEquals("", r.out().strip(), "nothing is listed");
    }

    @Test
    void anImpossibleDateIsAnErrorThatNamesIt() {
        Result r = furat("incidents", "--from", "2024-02-30");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("2024-02-30"), "stderr: " + r.err());
        assertTrue(r.err().contains("--from"), "stderr: " + r.err());
        assertEquals("", r.out().strip(), "nothing is listed");
    }

    @Test
    void aFilterThatEndsBeforeItStartsIsAnError() {
        Result r = furat("incidents", "--from", "2024-11-30", "--to", "2024-11-01");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("2024-11-01") && r.err().contains("2024-11-30"), "stderr: " + r.err());
    }

    @Test
    void placesAsJsonNameTheGovernorateDistrictAndSubDistrictEachLiesIn() throws IOException {
        Result r = furat("places", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        Map<String, JsonNode> byKey = new HashMap<>();
        for (JsonNode p : JSON.readTree(r.out())) byKey.put(p.path("key").asText(), p);
        assertEquals(places.size(), byKey.size());
        assertUnits(byKey.get("khasham"), "deir_ez_zor_governorate", "deir_ez_zor_district", "khasham_subdistrict");
        assertUnits(byKey.get("albu_kamal"), "deir_ez_zor_governorate", "albu_kamal_district", "albu_kamal_subdistrict");
        assertUnits(byKey.get("mayadin"), "deir_ez_zor_governorate", "mayadin_district", "mayadin_subdistrict");
        for (JsonNode p : byKey.values()) {
            Place place = places.get(p.path("key").asText());
            for (int level = 1; level <= 3; level++) {
                JsonNode unit = p.path("adm" + level);
                String expected = place.admin().at(level);
                if (expected == null) {
                    assertTrue(unit.isNull(), place.key() + " lies in no unit of level " + level + " but the output names " + unit);
                } else {
                    assertEquals(expected, unit.path("key").asText(), place.key() + " level " + level);
                    assertFalse(unit.path("name_ar").asText().isBlank(), place.key() + ": the unit's Arabic name");
                    assertTrue(unit.path("code").asText().startsWith("SYR-ADM" + level), place.key() + ": " + unit);
                }
            }
        }
    }

    private static void assertUnits(JsonNode place, String adm1, String adm2, String adm3) {
        assertNotNull(place);
        assertEquals(adm1, place.path("adm1").path("key").asText(), place.toString());
        assertEquals(adm2, place.path("adm2").path("key").asText(), place.toString());
        assertEquals(adm3, place.path("adm3").path("key").asText(), place.toString());
    }

    @Test
    void placesAsCsvHaveAHeaderAndOneRowPerPlaceWithArabicIntact() {
        Result r = furat("places", "--format", "csv");
        assertEquals(0, r.exitCode(), r.err());
        List<List<String>> rows = parseCsv(r.out());
        List<String> header = rows.get(0);
        assertEquals("key", header.get(0));
        int nameAr = header.indexOf("name_ar");
        int lat = header.indexOf("lat");
        int lon = header.indexOf("lon");
        assertTrue(nameAr > 0 && lat > 0 && lon > 0, "header: " + header);
        List<List<String>> data = rows.subList(1, rows.size());
        assertEquals(places.size(), data.size(), "one row per place");
        Set<String> seen = new HashSet<>();
        for (List<String> row : data) {
            assertEquals(header.size(), row.size(), "row " + row);
            Place p = places.get(row.get(0));
            assertNotNull(p, "unknown key in row " + row);
            assertTrue(seen.add(p.key()));
            assertEquals(p.nameAr() == null ? "" : p.nameAr(), row.get(nameAr), "Arabic name of " + p.key());
            assertEquals(p.lat(), Double.parseDouble(row.get(lat)), 1e-5);
            assertEquals(p.lon(), Double.parseDouble(row.get(lon)), 1e-5);
        }
        List<String> khasham = data.stream().filter(row -> row.get(0).equals("khasham")).findFirst().orElseThrow();
        assertEquals("خشام", khasham.get(nameAr));
    }

    @Test
    void placesAsJsonCarryNamesCoordinatesAndPrecision() throws IOException {
        JsonNode list = json(furat("places", "--format", "json"));
        assertEquals(places.size(), list.size());
        for (JsonNode n : list) {
            String key = n.path("key").asText();
            Place p = places.get(key);
            assertNotNull(p, key);
            for (String field : List.of("name_ar", "name_en", "lat", "lon", "precision")) {
                assertTrue(n.has(field), key + " lacks " + field);
            }
            assertEquals(p.nameEn(), n.path("name_en").asText());
            assertEquals(p.nameAr(), n.path("name_ar").textValue());
            assertTrue(n.path("lat").isNumber() && n.path("lon").isNumber(), n.toString());
            assertEquals(p.lat(), n.path("lat").asDouble(), 1e-9);
            assertEquals(p.lon(), n.path("lon").asDouble(), 1e-9);
            int precision = n.path("precision").asInt();
            assertTrue(precision >= 1 && precision <= 3, key + " precision " + precision);
            assertEquals(p.precision().code(), precision);
        }
        JsonNode khasham = null;
        for (JsonNode n : list) if (n.path("key").asText().equals("khasham")) khasham = n;
        assertNotNull(khasham);
        assertEquals("خشام", khasham.path("name_ar").asText());
    }

    @Test
    void onlyTheFirstRunOnAFileSaysItCreatedTheDatabase() {
        Path other = dir.resolve("second.gpkg");
        Result first = furatWithDb(other, "places", "--format", "csv");
        Result second = furatWithDb(other, "places", "--format", "csv");
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(first.err().contains("Created the database"), first.err());
        assertFalse(second.err().contains("Created the database"), second.err());
        assertEquals(first.out(), second.out(), "the second run lists the same places");
    }

    /** A small RFC 4180 reader, independent of the application's CSV code. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
