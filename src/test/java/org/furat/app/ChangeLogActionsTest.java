package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.furat.model.ChangeEntry;
import org.furat.model.ChangeQuery;
import org.furat.model.ChangeRecord;
import org.furat.model.DeletedIncident;
import org.furat.model.Place;
import org.furat.store.ChangeLogReplay;
import org.furat.store.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every write the application makes today lands in the change log under the action that made it, with who made
 * it, why, and the rows before and after; and undo, which replays an action's before-values in reverse, gives the
 * rows back exactly.
 */
class ChangeLogActionsTest {

    private static final Importer.Metadata NOV_19 = new Importer.Metadata(LocalDate.of(2024, 11, 19), "Test outlet", null, "ar");
    /** Al-Jafrah, a name the gazetteer gives one place, and «الزر», a village it lacks. */
    private static final String REPORT = ReadingJsonTest.REPORT.lines().limit(3).reduce("", (a, b) -> a + b + "\n");
    private static final String ANALYST = "Layla Haddad";

    @TempDir
    Path dir;
    private Workspace workspace;

    @AfterEach
    void close() {
        if (workspace != null) workspace.close();
    }

    private Path file() {
        return dir.resolve("db.gpkg");
    }

    private String importReport(String name, String text) {
        Importer.Outcome outcome = workspace.importer().importReport(name, text.getBytes(StandardCharsets.UTF_8), NOV_19, false);
        assertEquals("imported", outcome.status(), outcome.message());
        return outcome.sourceKey();
    }

    private void gazetteerImport(String source, long id, String name, String arabic, double lon, double lat) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("wof-" + id));
        GazetteerTestFiles.wof(folder, id, "locality", name, arabic, lon, lat, Map.of());
        workspace.gazetteerImporter().importFiles(new GazetteerImporter.Request(List.of(folder), GazetteerImporter.Format.WOF, source,
                null, null, null, null, false));
    }

    private ReviewDraft draft(String sourceKey) {
        return new ReviewDraft(workspace.reviewer().open(sourceKey), workspace.places().stream().map(Place::key).toList());
    }

    private ChangeRecord newest(String name) {
        return workspace.history(ChangeQuery.all(1000)).stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no action " + name));
    }

    private static List<ChangeEntry> changes(ChangeRecord action, String table, String operation) {
        return action.changes().stream().filter(c -> c.table().equals(table) && c.operation().equals(operation)).toList();
    }

    private static String value(String json, String field) {
        try {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get(field);
            return node == null || node.isNull() ? null : node.asText();
        } catch (IOException e) {
            throw new AssertionError(json, e);
        }
    }

    @Test
    void everyWriteIsLoggedUnderItsActionWithWhoWhyAndTheRowsBeforeAndAfter() throws Exception {
        workspace = Workspace.open(file());
        ChangeRecord seed = newest("seed new database");
        assertEquals(System.getProperty("user.name"), seed.who(), "without an analyst's name, the computer's user");
        assertEquals(workspace.incidents(org.furat.model.IncidentFilter.ALL).size(), changes(seed, "incidents", "insert").size());
        try (Connection c = TestDatabases.raw(file()); Statement st = c.createStatement()) {
            st.execute("INSERT INTO furat_settings (key, value) VALUES ('analyst', '" + ANALYST + "')");
        }

        String report = importReport("report.txt", REPORT);
        ChangeRecord imported = newest("import report");
        assertEquals(ANALYST, imported.who());
        assertEquals("import report", imported.why());
        assertTrue(imported.at().startsWith(LocalDate.now(ZoneOffset.UTC).toString()), imported.at());
        ChangeEntry source = changes(imported, "sources", "insert").get(0);
        assertEquals(report, source.key());
        assertEquals(REPORT, value(source.after(), "text"));
        List<String> proposals = workspace.incidentsCiting(report).stream().map(i -> i.key()).toList();
        assertEquals(proposals.stream().sorted().toList(), changes(imported, "incidents", "insert").stream().map(ChangeEntry::key).sorted().toList());
        assertTrue(changes(imported, "incidents", "insert").stream().allMatch(c -> "proposed".equals(value(c.after(), "status"))));
        assertTrue(changes(imported, "evidence", "insert").stream().allMatch(c -> proposals.stream().anyMatch(p -> c.key().startsWith(p + "|" + report + "|"))),
                "evidence is named by its incident and report: " + changes(imported, "evidence", "insert"));
        assertFalse(changes(imported, "incident_places", "insert").isEmpty());
        assertEquals(report, changes(imported, "source_readings", "insert").get(0).key());

        gazetteerImport("test wof", 9001, "Al-Zir", "الزر", 40.42, 35.18);
        ChangeRecord gazetteer = newest("gazetteer import");
        assertEquals(ANALYST, gazetteer.who());
        ChangeEntry zir = changes(gazetteer, "places", "insert").get(0);
        assertEquals("Al-Zir", value(zir.after(), "name_en"));
        assertEquals("test wof", changes(gazetteer, "gazetteer_sources", "insert").get(0).key());
        assertTrue(changes(gazetteer, "place_sources", "insert").get(0).key().startsWith(zir.key() + "|test wof|"));

        ReadingComparison comparison = workspace.reviewer().readAgain(report);
        assertFalse(comparison.changesNothing());
        workspace.reviewer().keep(comparison);
        ChangeRecord readAgain = newest("read again");
        List<ChangeEntry> reading = changes(readAgain, "source_readings", "update");
        assertTrue(reading.stream().anyMatch(c -> c.field().equals("reading") && !c.before().equals(c.after())), reading.toString());
        assertTrue(reading.stream().allMatch(c -> c.key().equals(report)));
        assertFalse(changes(readAgain, "incidents", "insert").isEmpty(), "the proposal today's reading changes is written again");

        ReviewDraft draft = draft(report);
        for (String proposal : draft.proposalKeys()) draft.reject(proposal);
        workspace.reviewer().apply(draft);
        ChangeRecord review = newest("save review");
        for (String proposal : proposals) {
            ChangeEntry gone = changes(review, "incidents", "delete").stream().filter(c -> c.key().equals(proposal)).findFirst().orElseThrow();
            assertEquals("proposed", value(gone.before(), "status"), "the row as it was before the review");
            ChangeEntry back = changes(review, "incidents", "insert").stream().filter(c -> c.key().equals(proposal)).findFirst().orElseThrow();
            assertEquals("rejected", value(back.after(), "status"));
        }
        assertTrue(changes(review, "evidence", "delete").stream().allMatch(c -> proposals.stream().anyMatch(p -> c.key().startsWith(p + "|"))),
                "rows a cascade deletes are named by the incident they belonged to: " + changes(review, "evidence", "delete"));

        gazetteerImport("test wof 2", 9002, "Tall Far", "تل بعيد", 40.61, 35.07);
        workspace.gazetteerImporter().remove("test wof 2");
        ChangeRecord removal = newest("gazetteer remove");
        ChangeEntry removed = changes(removal, "places", "delete").get(0);
        assertEquals("Tall Far", value(removed.before(), "name_en"), "a removed place keeps its values in the log");
        assertFalse(changes(removal, "gazetteer_sources", "delete").isEmpty());

        // The history of one incident holds its own rows only, newest action first.
        String proposal = proposals.get(0);
        List<ChangeRecord> history = workspace.history(new ChangeQuery(ChangeQuery.Subject.INCIDENT, proposal, null, 100));
        assertEquals(List.of("save review", "import report"), history.stream().map(ChangeRecord::name)
                .filter(n -> !n.equals("read again")).toList());
        assertTrue(history.stream().flatMap(a -> a.changes().stream()).allMatch(c -> c.key().equals(proposal) || c.key().startsWith(proposal + "|")));
        assertTrue(workspace.history(new ChangeQuery(ChangeQuery.Subject.PLACE, zir.key(), null, 100)).stream()
                .anyMatch(a -> a.name().equals("gazetteer import")));
        assertEquals(List.of(), workspace.history(new ChangeQuery(ChangeQuery.Subject.ALL, null, LocalDate.now(ZoneOffset.UTC).plusDays(1), 100)));
    }

    @Test
    void anIncidentMergedIntoAnotherIsListedAsDeletedOneRewrittenIsNot() {
        workspace = Workspace.open(file());
        String report = importReport("two.txt", "قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور. "
                + "وفي سياق متصل، استهدفت القوات الأمريكية بالمدفعية قرية مراط، ما أدى إلى إصابة ثلاثة مدنيين.");
        ReviewDraft draft = draft(report);
        String first = draft.proposalKeys().get(0), second = draft.proposalKeys().get(1);
        draft.merge(first, second);
        draft.accept(first);
        workspace.reviewer().apply(draft);
        List<DeletedIncident> deleted = workspace.deletedIncidentsSince(LocalDate.now(ZoneOffset.UTC));
        assertEquals(List.of(second), deleted.stream().map(DeletedIncident::key).toList());
        assertTrue(deleted.get(0).deletedAt().startsWith(LocalDate.now(ZoneOffset.UTC).toString()));
        assertEquals(List.of(), workspace.deletedIncidentsSince(LocalDate.now(ZoneOffset.UTC).plusDays(1)));
    }

    /**
     * Random sequences of the writes there are (imports, reviews, readings kept, gazetteer imports and removals,
     * deleting, restoring and reopening incidents, places added, edited, merged and deleted, actors added, renamed and
     * merged);
     * then each action, newest first, is undone (from the log alone), and every logged table must be exactly as it
     * was before that action.
     */
    @Test
    void replayingAnActionsBeforeValuesInReverseRestoresTheRowsExactly() throws Exception {
        List<String> reports = List.of(REPORT,
                "قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور، ما أدى إلى مقتل مدنيين اثنين وإصابة خمسة آخرين.",
                "قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور. وفي سياق متصل، استهدفت القوات الأمريكية بالمدفعية قرية مراط.",
                "استهدفت طائرة مسيرة أمس سيارة في بلدة الشحيل، ما أدى إلى مقتل مدني.");
        for (long seed = 1; seed <= 4; seed++) {
            Path file = dir.resolve("replay-" + seed + ".gpkg");
            Random random = new Random(seed);
            List<Map<String, List<String>>> before = new ArrayList<>();
            List<List<Long>> actions = new ArrayList<>();
            List<String> imported = new ArrayList<>();
            List<String> gazetteers = new ArrayList<>();
            try (Workspace w = Workspace.open(file)) {
                workspace = w;
                for (int step = 0; step < 10; step++) {
                    List<Long> known = ChangeLogReplay.actions(file);
                    before.add(ChangeLogReplay.snapshot(file));
                    int op = random.nextInt(9);
                    String did;
                    List<String> deleted = List.copyOf(workspace.deletions().keySet());
                    List<String> rejected = workspace.incidents(org.furat.model.IncidentFilter.ALL.withStatuses(
                            java.util.Set.of(org.furat.model.Status.REJECTED))).stream().map(org.furat.model.Incident::key).toList();
                    // 5 and 6: deleting an incident, or restoring a deleted one or reopening a rejected one where there is one.
                    List<String> changes = new ArrayList<>(List.of("delete"));
                    if (!deleted.isEmpty()) changes.add("restore");
                    if (!rejected.isEmpty()) changes.add("reopen");
                    String change = op == 5 || op == 6 ? changes.get(random.nextInt(changes.size())) : "";
                    if (change.equals("restore")) {
                        workspace.restoreIncident(deleted.get(random.nextInt(deleted.size())));
                        did = "restore incident";
                    } else if (change.equals("reopen")) {
                        workspace.reopenIncident(rejected.get(random.nextInt(rejected.size())));
                        did = "reopen incident";
                    } else if (op == 7) {
                        did = changePlace(random, step);
                    } else if (op == 8) {
                        did = changeActor(random, step);
                    } else if (op >= 5) {
                        List<org.furat.model.Incident> shown = workspace.incidents(org.furat.model.IncidentFilter.ALL);
                        workspace.deleteIncident(shown.get(random.nextInt(shown.size())).key(), "reason " + step);
                        did = "delete incident";
                    } else if (op == 0 || imported.isEmpty() || (op == 1 && draft(imported.get(imported.size() - 1)).proposalKeys().isEmpty())) {
                        String text = reports.get(random.nextInt(reports.size())) + " " + seed + "-" + step;
                        imported.add(importReport("r" + step + ".txt", text));
                        did = "import";
                    } else if (op == 1) {
                        ReviewDraft draft = draft(imported.get(random.nextInt(imported.size())));
                        for (String key : draft.proposalKeys()) {
                            if (random.nextBoolean()) draft.accept(key); else draft.reject(key);
                        }
                        workspace.reviewer().apply(draft);
                        did = "review";
                    } else if (op == 2 || (op == 4 && gazetteers.isEmpty())) {
                        String source = "wof " + seed + "-" + step;
                        gazetteerImport(source, 9000 + step, "Al-Zir", "الزر", 40.42 + random.nextDouble() / 100, 35.18);
                        gazetteers.add(source);
                        did = "gazetteer import";
                    } else if (op == 3) {
                        String key = imported.get(random.nextInt(imported.size()));
                        ReadingComparison comparison = workspace.reviewer().readAgain(key);
                        if (!comparison.changesNothing()) workspace.reviewer().keep(comparison);
                        did = "read again";
                    } else {
                        workspace.gazetteerImporter().remove(gazetteers.remove(random.nextInt(gazetteers.size())));
                        did = "gazetteer remove";
                    }
                    List<Long> now = new ArrayList<>(ChangeLogReplay.actions(file));
                    now.removeAll(known);
                    actions.add(now);
                    assertTrue(now.size() <= 1, "one user action is one logged action: " + did + " made " + now);
                }
                workspace = null;
            }
            try (Workspace w = Workspace.open(file)) {
                for (int step = actions.size() - 1; step >= 0; step--) {
                    for (long id : actions.get(step)) {
                        assertEquals(id, w.nextUndo().orElseThrow().actionId(), "undo takes back the latest action first");
                        w.undo();
                    }
                    assertSameRows(before.get(step), ChangeLogReplay.snapshot(file), "seed " + seed + ", step " + step + " taken back");
                }
                assertTrue(w.nextUndo().isEmpty(), "seeding the database is not offered to undo");
            }
        }
    }

    /** A place added, moved and renamed, merged into another, or deleted (where nothing links to it); what was done. */
    private String changePlace(Random random, int step) {
        GazetteerEditor editor = workspace.gazetteerEditor();
        List<Place> places = workspace.places().stream().filter(p -> !p.kind().isAdminUnit()).toList();
        Place one = places.get(random.nextInt(places.size())), other = places.get(random.nextInt(places.size()));
        switch (random.nextInt(4)) {
            case 0 -> editor.addPlace(null, PlaceFields.NONE.withNames("مزرعة " + step, "Farm " + step)
                    .withKind(org.furat.model.PlaceKind.VILLAGE).withPrecision(org.furat.model.GeoPrecision.APPROXIMATE)
                    .withPoint(40.3 + random.nextDouble() / 10, 35.2 + random.nextDouble() / 10));
            case 1 -> editor.editPlace(one.key(), PlaceFields.NONE.withNames(null, one.nameEn() + " " + step)
                    .withPoint(one.lon() + 0.001, one.lat() - 0.001));
            case 2 -> {
                if (one.key().equals(other.key())) return "nothing";
                editor.mergePlaces(one.key(), other.key());
            }
            default -> {
                try {
                    editor.deletePlace(one.key());
                } catch (IllegalStateException linked) {
                    return "nothing";
                }
            }
        }
        return "change a place";
    }

    /** An actor added, renamed, or merged into another; what was done. */
    private String changeActor(Random random, int step) {
        GazetteerEditor editor = workspace.gazetteerEditor();
        List<org.furat.model.Actor> actors = workspace.actors();
        org.furat.model.Actor one = actors.get(random.nextInt(actors.size())), other = actors.get(random.nextInt(actors.size()));
        switch (random.nextInt(3)) {
            case 0 -> editor.addActor(null, "Party " + step, "طرف " + step);
            case 1 -> editor.renameActor(one.key(), one.nameEn() + " " + step, null);
            default -> {
                if (one.key().equals(other.key())) return "nothing";
                editor.mergeActors(one.key(), other.key());
            }
        }
        return "change an actor";
    }

    /** The same rows in every table; on a difference, says which rows of which table differ. */
    static void assertSameRows(Map<String, List<String>> expected, Map<String, List<String>> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what);
        for (String table : expected.keySet()) {
            List<String> missing = new ArrayList<>(expected.get(table));
            missing.removeAll(actual.get(table));
            List<String> extra = new ArrayList<>(actual.get(table));
            extra.removeAll(expected.get(table));
            assertTrue(missing.isEmpty() && extra.isEmpty(), what + ": " + table + " lacks " + missing + " and has besides " + extra);
            assertEquals(expected.get(table), actual.get(table), what + ": " + table + " in the same order");
        }
    }

    /** A plain read of the log, for what the history does not show. */
    static int count(Path file, String sql, Object... args) throws SQLException {
        try (Connection c = TestDatabases.raw(file); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }
}
