package org.furat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.furat.app.ReviewDraft;
import org.furat.app.Workspace;
import org.furat.model.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code furat history} lists the change log newest action first, with who, when and why and each field before and
 * after, for the whole database or one incident, place or report; {@code furat export --deleted-since} writes the
 * keys of the incidents deleted since a day.
 */
class HistoryCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    @TempDir
    static Path dir;
    private static Path db;
    private static String report;
    private static String kept;
    private static String merged;

    /** A seeded database, a report of two incidents imported, and a review that merges the second into the first. */
    @BeforeAll
    static void setUp() throws Exception {
        db = dir.resolve("history.gpkg");
        Path file = Files.writeString(dir.resolve("report.txt"), "قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور. "
                + "وفي سياق متصل، استهدفت القوات الأمريكية بالمدفعية قرية مراط، ما أدى إلى إصابة ثلاثة مدنيين.", StandardCharsets.UTF_8);
        CliTest.Result imported = CliTest.furatWithDb(db, "import", "--published", "2024-11-20", file.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        try (Workspace workspace = Workspace.open(db)) {
            report = workspace.reportsToReview(10).get(0).sourceKey();
            ReviewDraft draft = new ReviewDraft(workspace.reviewer().open(report), workspace.places().stream().map(Place::key).toList());
            kept = draft.proposalKeys().get(0);
            merged = draft.proposalKeys().get(1);
            draft.merge(kept, merged);
            draft.accept(kept);
            workspace.reviewer().apply(draft);
        }
    }

    private static JsonNode history(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("history", "--format", "json"));
        all.addAll(List.of(args));
        CliTest.Result r = CliTest.furatWithDb(db, all.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void theWholeHistoryIsListedNewestActionFirstWithWhoWhenAndWhy() throws Exception {
        JsonNode actions = history();
        List<String> names = new ArrayList<>();
        actions.forEach(a -> names.add(a.path("name").asText()));
        assertEquals(List.of("save review", "import report", "seed new database"), names);
        JsonNode review = actions.get(0);
        assertEquals(System.getProperty("user.name"), review.path("who").asText());
        assertEquals("save review", review.path("why").asText());
        assertTrue(review.path("at").asText().startsWith(TODAY), review.toString());
        assertTrue(actions.get(0).path("action").asLong() > actions.get(1).path("action").asLong());
        JsonNode deleted = find(review, "deleted", "incidents", merged);
        assertEquals("proposed", deleted.path("before").path("status").asText(), "a deleted row is listed with its values");
        JsonNode verified = find(review, "added", "incidents", kept);
        assertEquals("verified", verified.path("after").path("status").asText());
        assertEquals(1, history("--limit", "1").size());
    }

    @Test
    void oneIncidentsHistoryHoldsOnlyItsRows() throws Exception {
        JsonNode actions = history("--incident", merged);
        assertEquals(2, actions.size(), actions.toString());
        for (JsonNode action : actions) {
            for (JsonNode change : action.path("changes")) {
                String key = change.path("key").asText();
                assertTrue(key.equals(merged) || key.startsWith(merged + "|"), key);
            }
        }
        assertEquals("import report", actions.get(1).path("name").asText());
        assertTrue(find(actions.get(1), "added", "evidence", null).path("key").asText().startsWith(merged + "|" + report + "|"));
    }

    @Test
    void aReportsAndAPlacesHistoryFindTheirLinks() throws Exception {
        JsonNode source = history("--source", report);
        assertEquals("import report", source.get(source.size() - 1).path("name").asText());
        find(source.get(source.size() - 1), "added", "sources", report);
        find(source.get(source.size() - 1), "added", "source_readings", report);
        JsonNode place = history("--place", "marrat");
        assertTrue(place.size() >= 2, "the seed and the import link incidents to Marrat: " + place);
        place.forEach(a -> a.path("changes").forEach(c -> assertTrue(("|" + c.path("key").asText() + "|").contains("|marrat|"), c.toString())));
    }

    @Test
    void sinceTomorrowThereIsNothingAndTheTableSaysSo() {
        CliTest.Result r = CliTest.furatWithDb(db, "history", "--since", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("No changes recorded since"), r.err());
    }

    @Test
    void theTableNamesEachActionOnceAndCsvOnEveryLine() {
        CliTest.Result table = CliTest.furatWithDb(db, "history", "--incident", kept);
        assertEquals(0, table.exitCode(), table.err());
        String[] lines = table.out().split("\n");
        assertTrue(lines[0].startsWith("action") && lines[0].contains("before") && lines[0].contains("after"), lines[0]);
        long named = java.util.Arrays.stream(lines).skip(1).filter(l -> !l.startsWith(" ")).count();
        assertEquals(2, named, "two actions, each named once:\n" + table.out());
        assertTrue(table.out().contains("save review") && table.out().contains("import report"));
        assertTrue(java.util.Arrays.stream(lines).allMatch(l -> l.codePointCount(0, l.length()) < 400), "long values are cut in a table");

        CliTest.Result csv = CliTest.furatWithDb(db, "history", "--incident", kept, "--format", "csv");
        assertEquals(0, csv.exitCode(), csv.err());
        List<String> rows = csv.out().lines().toList();
        assertEquals("action,at,who,why,change,table,key,field,before,after,description", rows.get(0));
        assertTrue(rows.stream().skip(1).allMatch(l -> l.contains(",save review,") || l.contains(",import report,")), csv.out());
    }

    @Test
    void theTableReadsAsTheWindowDoesFieldsAndLinksByName() {
        CliTest.Result table = CliTest.furatWithDb(db, "history", "--place", "marrat");
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().contains("place added") && table.out().contains("Marrat (مراط)"), table.out());
        assertFalse(table.out().contains("|marrat|"), "links are named, not keyed:\n" + table.out());
        assertFalse(table.out().contains("incident_places"), table.out());

        CliTest.Result incident = CliTest.furatWithDb(db, "history", "--incident", kept, "--since", TODAY);
        assertEquals(0, incident.exitCode(), incident.err());
        assertTrue(incident.out().contains("evidence added") && incident.out().contains("«"), incident.out());
        assertTrue(incident.out().contains("injured (best)") || incident.out().contains("created"), incident.out());
        assertFalse(incident.out().contains("injured_best"), incident.out());
    }

    @Test
    void jsonDescribesEachChangeBesideTheLogsOwnColumns() throws Exception {
        JsonNode actions = history("--incident", merged, "--since", TODAY);
        JsonNode place = find(actions.get(1), "added", "incident_places", null);
        assertTrue(place.path("key").asText().startsWith(merged + "|"));
        assertTrue(place.path("description").asText().startsWith("incident " + merged + ": place added: "), place.toString());
        assertEquals(0, history("--since", TODAY, "--action", "no such action").size());
    }

    @Test
    void onlyOneSubjectAtATime() {
        CliTest.Result r = CliTest.furatWithDb(db, "history", "--incident", kept, "--place", "marrat");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("mutually exclusive"), r.err());
    }

    @Test
    void theDeletionsFileListsTheMergedIncidentOnly() throws Exception {
        Path out = dir.resolve("deleted.csv");
        CliTest.Result r = CliTest.furatWithDb(db, "export", "--deleted-since", TODAY, "--format", "csv", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Wrote the keys of 1 incident deleted since " + TODAY), r.out());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals("key,deleted_at", lines.get(0));
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith(merged + "," + TODAY + "T"), lines.get(1));
        assertFalse(lines.get(1).contains(kept), "the incident the review wrote again is not deleted");

        CliTest.Result again = CliTest.furatWithDb(db, "export", "--deleted-since", TODAY, "--format", "csv", "--out", out.toString());
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("--overwrite"), again.err());
        CliTest.Result geojson = CliTest.furatWithDb(db, "export", "--deleted-since", TODAY, "--format", "geojson", "--out",
                dir.resolve("d.geojson").toString());
        assertEquals(1, geojson.exitCode());
        assertTrue(geojson.err().contains("--format csv"), geojson.err());
        Path empty = dir.resolve("none.csv");
        CliTest.Result none = CliTest.furatWithDb(db, "export", "--deleted-since", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString(),
                "--format", "csv", "--out", empty.toString());
        assertEquals(0, none.exitCode(), none.err());
        assertEquals(List.of("key,deleted_at"), Files.readAllLines(empty, StandardCharsets.UTF_8));
    }

    /** The change of an action with this kind, table and (unless null) key. */
    private static JsonNode find(JsonNode action, String change, String table, String key) {
        for (JsonNode c : action.path("changes")) {
            if (c.path("change").asText().equals(change) && c.path("table").asText().equals(table)
                    && (key == null || c.path("key").asText().equals(key))) return c;
        }
        throw new AssertionError("no " + change + " " + table + " " + key + " in " + action);
    }
}
