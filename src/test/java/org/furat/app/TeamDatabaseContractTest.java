package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.furat.model.ActionSummary;
import org.furat.model.Casualties;
import org.furat.model.ChangeEntry;
import org.furat.model.ChangeQuery;
import org.furat.model.ChangeRecord;
import org.furat.model.Incident;
import org.furat.model.IncidentFilter;
import org.furat.model.Place;
import org.furat.model.Status;
import org.furat.store.StoreException;
import org.furat.store.server.TeamServer;
import org.furat.store.server.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract both stores keep: the same analyst's work, done through Furat on a database file and on a team
 * database (PostgreSQL with PostGIS, the server .ci/run starts), reads back the same: the seeded gazetteer, the
 * incidents an import proposes with every field, place, actor and evidence span, what a search finds, deletions, edits,
 * verifications and the history of each. The file is the reference; the team database must answer as it does.
 */
class TeamDatabaseContractTest {

    /** A report written for this test: a shelling of two of the seven villages, and a clash. */
    static final String REPORT = "قصفت القوات الأمريكية من قاعدتها في حقل كونيكو قريتي خشام وحطلة بريف دير الزور الشرقي، "
            + "ما أدى إلى مقتل 3 مدنيين وإصابة 5 آخرين.\n\n"
            + "واندلعت اشتباكات بين قوات سوريا الديمقراطية ومسلحين من العشائر في بلدة ذيبان، قتل فيها 2 من المسلحين.";

    @TempDir
    Path folder;
    private TestServer server;
    private Workspace file;
    private Workspace team;

    @BeforeEach
    void open() {
        server = TestServer.start();
        TeamServer.init(server.database, AppVersion.current());
        file = Workspace.open(folder.resolve("reference.gpkg"));
        team = Workspace.open(server.database.toString());
    }

    @AfterEach
    void close() throws Exception {
        if (file != null) file.close();
        if (team != null) team.close();
        if (server != null) server.close();
    }

    @Test
    void aNewTeamDatabaseIsSeededAsANewFileIs() {
        assertTrue(team.seededNow(), "the first open of an empty team database seeds it");
        assertEquals(places(file), places(team));
        assertEquals(incidents(file), incidents(team));
        assertEquals(file.groups(), team.groups());
        assertEquals(file.actors().stream().sorted(java.util.Comparator.comparing(org.furat.model.Actor::key)).toList(),
                team.actors().stream().sorted(java.util.Comparator.comparing(org.furat.model.Actor::key)).toList());
    }

    @Test
    void anAnalystsWorkReadsBackTheSameFromBothStores() throws Exception {
        for (Workspace w : List.of(file, team)) work(w);
        Map<String, Incident> reference = incidents(file);
        assertTrue(reference.size() > 7, "the import proposed incidents: " + reference.keySet());
        assertEquals(reference, incidents(team));
        for (String text : List.of("خشام", "القصف", "قصف", "conoco", "اشتباكات ذيبان", "no such words")) {
            assertEquals(found(file, text), found(team, text), "search for " + text);
        }
        assertFalse(found(team, "خشام").isEmpty(), "the search index was written on the team database");
        assertEquals(file.deletions().keySet(), team.deletions().keySet());
        for (String key : reference.keySet()) assertEquals(history(file, key), history(team, key), "history of " + key);
        assertEquals(actionNames(file), actionNames(team));
        for (Exporter.What what : Exporter.What.values()) {
            for (IncidentFilter filter : List.of(IncidentFilter.ALL, IncidentFilter.ALL.withShowDeleted(true))) {
                String exported = exported(file, what, filter, "file");
                assertTrue(exported.lines().count() > 2, exported);
                assertEquals(exported, exported(team, what, filter, "team"), what + " exported, deleted shown: " + filter.showDeleted());
            }
        }
    }

    private String exported(Workspace w, Exporter.What what, IncidentFilter filter, String name) throws java.io.IOException {
        Path target = java.nio.file.Files.createTempDirectory(folder, name).resolve(what + ".csv");
        new Exporter(w).export(w.filter(filter), what, "csv", target, false, false, (done, total) -> {}, () -> false, recovered -> {});
        return java.nio.file.Files.readString(target);
    }

    @Test
    void aReviewIsSavedTheSameOnBothStores() {
        for (Workspace w : List.of(file, team)) {
            String source = w.importer().importReport("report.txt", REPORT.getBytes(StandardCharsets.UTF_8),
                    new Importer.Metadata(LocalDate.of(2024, 11, 20), "test", null, "ar"), false).sourceKey();
            ReviewDraft draft = new ReviewDraft(w.reviewer().open(source), w.places().stream().map(Place::key).toList());
            List<String> keys = draft.proposalKeys();
            assertTrue(keys.size() >= 2, "proposals: " + keys);
            draft.accept(keys.get(0));
            draft.reject(keys.get(1));
            w.reviewer().apply(draft);
            assertEquals(Status.VERIFIED, w.incident(keys.get(0)).orElseThrow().status());
        }
        assertEquals(incidents(file), incidents(team));
        for (String key : incidents(file).keySet()) assertEquals(history(file, key), history(team, key), "history of " + key);
        assertEquals(file.reportsToReview(10).size(), team.reportsToReview(10).size(), "what is left to review");
    }

    @Test
    void anotherAnalystsChangeIsTakenInByAnOpenWorkspace() throws Exception {
        try (Workspace colleague = Workspace.open(server.database.toString())) {
            int before = colleague.filter(IncidentFilter.ALL).count();
            java.util.concurrent.Semaphore told = new java.util.concurrent.Semaphore(0);
            assertTrue(colleague.whenOthersChange(told::release, problem -> {}), "a team database announces changes");
            assertTrue(told.tryAcquire(30, java.util.concurrent.TimeUnit.SECONDS), "listening: told to look once at the start");
            team.importer().importReport("report.txt", REPORT.getBytes(StandardCharsets.UTF_8),
                    new Importer.Metadata(LocalDate.of(2024, 11, 20), "test", null, "ar"), false);
            assertTrue(told.tryAcquire(30, java.util.concurrent.TimeUnit.SECONDS), "the colleague is told of the import");
            List<ActionSummary> seen = colleague.takeInOtherChanges();
            assertEquals(List.of("import report"), seen.stream().map(ActionSummary::name).toList());
            assertEquals(team.filter(IncidentFilter.ALL).count(), colleague.filter(IncidentFilter.ALL).count());
            assertTrue(colleague.filter(IncidentFilter.ALL).count() > before);
            assertTrue(team.takeInOtherChanges().isEmpty(), "a workspace's own change is not taken in again");
        }
    }

    @Test
    void aReportUnderReviewIsHeldForItsReviewerOnBothStores() {
        for (String location : List.of(folder.resolve("reference.gpkg").toString(), server.database.toString())) {
            try (Workspace first = Workspace.open(location); Workspace second = Workspace.open(location)) {
                first.setAnalystName("Sara");
                String source = first.importer().importReport("report.txt", REPORT.getBytes(StandardCharsets.UTF_8),
                        new Importer.Metadata(LocalDate.of(2024, 11, 20), "test", null, "ar"), false).sourceKey();
                assertTrue(first.claimReview(source, false).isEmpty(), "the first to open it holds it");
                org.furat.model.ReviewClaim held = second.claimReview(source, false).orElseThrow(() -> new AssertionError(location));
                assertEquals("Sara", held.who(), location);
                assertTrue(held.since().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{3})?Z"), held.since());
                assertTrue(second.claimReview(source, true).isEmpty(), "taken over explicitly");
                assertEquals("Sara", first.reviewHeldByOther(source).orElseThrow().who(), "the second window runs as the same person");
                second.releaseReview(source);
                assertTrue(first.reviewHeldByOther(source).isEmpty(), "released");
            }
        }
    }

    @Test
    void twoAnalystsEditingOneIncidentLoseNothingOnBothStores() {
        for (String location : List.of(folder.resolve("reference.gpkg").toString(), server.database.toString())) {
            try (Workspace sara = Workspace.open(location); Workspace omar = Workspace.open(location)) {
                sara.importer().importReport("report.txt", REPORT.getBytes(StandardCharsets.UTF_8),
                        new Importer.Metadata(LocalDate.of(2024, 11, 20), "test", null, "ar"), false);
                omar.takeInOtherChanges();
                String key = proposed(sara).get(0);
                Incident opened = sara.incident(key).orElseThrow();
                assertEquals(opened, omar.incident(key).orElseThrow(), location);
                sara.editIncident(opened, opened.withCasualties(new Casualties(4, null, null), opened.injured()), "second report",
                        ConcurrentEdit.Settle.REFUSE);
                EditConflict conflict = assertThrows(EditConflict.class, () -> omar.editIncident(opened,
                        opened.withCasualties(new Casualties(6, null, null), opened.injured()), "third report", ConcurrentEdit.Settle.REFUSE),
                        location);
                assertEquals(List.of("killed"), conflict.conflicts().stream().map(ConcurrentEdit.Conflict::field).toList(), location);
                assertEquals(4, sara.incident(key).orElseThrow().killed().best(), "nothing was saved over Sara's change: " + location);
                Incident noted = omar.editIncident(opened, opened.withStatus(opened.status(), "seen by Omar"), "a note",
                        ConcurrentEdit.Settle.REFUSE);
                assertEquals(4, noted.killed().best(), "Sara's change kept: " + location);
                assertEquals("seen by Omar", noted.note(), "Omar's change saved: " + location);
            }
        }
    }

    @Test
    void twoEditorsChangingOnePlaceAndOneActorLoseNothingOnBothStores() {
        for (String location : List.of(folder.resolve("reference.gpkg").toString(), server.database.toString())) {
            try (Workspace sara = Workspace.open(location); Workspace omar = Workspace.open(location)) {
                sara.setAnalystName("Sara");
                Place opened = sara.places().stream().filter(p -> !p.kind().isAdminUnit()).findFirst().orElseThrow();
                sara.gazetteerEditor().editPlace(opened, PlaceFields.NONE.withPoint(opened.lon() + 0.01, opened.lat()), ConcurrentEdit.Settle.REFUSE);

                EditConflict moved = assertThrows(EditConflict.class, () -> omar.gazetteerEditor().editPlace(opened,
                        PlaceFields.NONE.withPoint(opened.lon() - 0.01, opened.lat()), ConcurrentEdit.Settle.REFUSE), location);
                assertEquals(List.of("point"), moved.conflicts().stream().map(ConcurrentEdit.Conflict::field).toList(), location);
                assertEquals("Sara", moved.changedBy(), location);
                assertTrue(moved.getMessage().startsWith("Sara changed place " + opened.key()), moved.getMessage());
                assertEquals(opened.lon() + 0.01, omar.place(opened.key()).orElseThrow().lon(), 1e-9, "nothing saved over Sara's move: " + location);

                Place renamed = omar.gazetteerEditor().editPlace(opened, PlaceFields.NONE.withNames(null, opened.nameEn() + " (checked)"),
                        ConcurrentEdit.Settle.REFUSE);
                assertEquals(opened.nameEn() + " (checked)", renamed.nameEn(), location);
                assertEquals(opened.lon() + 0.01, renamed.lon(), 1e-9, "Sara's move kept with Omar's name: " + location);
                assertEquals(opened.lon() - 0.01, omar.gazetteerEditor().editPlace(opened, PlaceFields.NONE.withPoint(opened.lon() - 0.01,
                        opened.lat()), ConcurrentEdit.Settle.KEEP_MINE).lon(), 1e-9, "kept mine when asked to: " + location);

                org.furat.model.Actor actor = sara.actors().get(0);
                sara.gazetteerEditor().renameActor(actor, actor.nameEn() + " (Sara)", null, ConcurrentEdit.Settle.REFUSE);
                EditConflict named = assertThrows(EditConflict.class, () -> omar.gazetteerEditor().renameActor(actor,
                        actor.nameEn() + " (Omar)", null, ConcurrentEdit.Settle.REFUSE), location);
                assertEquals(List.of("name in English"), named.conflicts().stream().map(ConcurrentEdit.Conflict::field).toList(), location);
                org.furat.model.Actor arabic = omar.gazetteerEditor().renameActor(actor, null, "اسم آخر", ConcurrentEdit.Settle.REFUSE);
                assertEquals(List.of(actor.nameEn() + " (Sara)", "اسم آخر"), List.of(arabic.nameEn(), arabic.nameAr()), location);
                assertTrue(arabic.variantsEn().contains(actor.nameEn()), "the first name stays a spelling: " + location);
            }
        }
    }

    @Test
    void aConnectionTheServerDropsIsMadeAgain() throws Exception {
        int before = team.filter(IncidentFilter.ALL).count();
        java.util.concurrent.BlockingQueue<String> reach = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.Semaphore told = new java.util.concurrent.Semaphore(0);
        team.whenOthersChange(told::release, problem -> reach.add(problem == null ? "back" : problem));
        assertTrue(told.tryAcquire(30, java.util.concurrent.TimeUnit.SECONDS), "listening");
        dropConnections();
        String lost = reach.poll(30, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(lost != null && lost.startsWith("Cannot reach the team database " + server.database), lost);
        assertEquals("back", reach.poll(30, java.util.concurrent.TimeUnit.SECONDS), "told when it answers again");
        assertEquals(before, incidents(team).size(), "read again on a new connection");
        dropConnections();
        team.deleteIncident(incidents(team).keySet().iterator().next(), "dropped, then written");
        assertEquals(1, team.deletions().size(), "written on a new connection");
        Importer.Outcome outcome = team.importer().importReport("report.txt", REPORT.getBytes(StandardCharsets.UTF_8),
                new Importer.Metadata(LocalDate.of(2024, 11, 20), "test", null, "ar"), false);
        assertFalse(outcome.failed(), outcome.message());
        assertTrue(team.filter(IncidentFilter.ALL).count() > before, "and written to");
    }

    @Test
    void aViewerReadsEverythingAndChangesNothing() throws Exception {
        work(team);
        try (Workspace viewer = Workspace.open(server.user("viewer", TeamServer.Role.VIEWER).toString())) {
            assertTrue(viewer.readOnly());
            assertEquals(incidents(team), incidents(viewer));
            String key = incidents(viewer).keySet().iterator().next();
            StoreException refused = assertThrows(StoreException.class, () -> viewer.deleteIncident(key, "test"));
            assertTrue(refused.getMessage().contains("may only read"), refused.getMessage());
            assertEquals(incidents(team), incidents(viewer), "nothing changed");
        }
    }

    @Test
    void anAnalystImportsButMayNotVerifyOrDelete() throws Exception {
        try (Workspace analyst = Workspace.open(server.user("analyst", TeamServer.Role.ANALYST).toString())) {
            assertFalse(analyst.readOnly());
            assertEquals(analyst.access().user(), analyst.recordedAs(), "recorded as the database user until a name is set");
            analyst.setAnalystName("Omar");
            assertEquals(server.admin.user(), team.recordedAs(), "each person on a team database has a name of their own");
            Importer.Outcome outcome = analyst.importer().importReport("report.txt", REPORT.getBytes(StandardCharsets.UTF_8),
                    new Importer.Metadata(LocalDate.of(2024, 11, 20), "test", null, "ar"), false);
            assertFalse(outcome.failed(), outcome.message());
            String key = proposed(analyst).get(0);
            long[] ids = analyst.incidentIds(List.of(key));
            StoreException refused = assertThrows(StoreException.class, () -> analyst.setStatus(ids, Status.VERIFIED));
            assertTrue(refused.getMessage().contains("only an editor may verify"), refused.getMessage());
            refused = assertThrows(StoreException.class, () -> analyst.deleteIncident(key, "not ours"));
            assertTrue(refused.getMessage().contains("only an editor may delete"), refused.getMessage());
            assertFalse(refused.getMessage().contains("ERROR:") || refused.getMessage().contains("PL/pgSQL"), "the server's words only: "
                    + refused.getMessage());
            refused = assertThrows(StoreException.class, analyst::undo);
            assertTrue(refused.getMessage().contains("only an editor may do there, and you are an analyst"), refused.getMessage());
            Incident now = team.incident(key).orElseThrow();
            assertEquals(Status.PROPOSED, now.status(), "nothing changed");
            assertFalse(team.deletions().containsKey(key), "nothing changed");
            assertEquals(List.of("import report"), team.recentActions(ChangeQuery.all(1)).stream().map(ActionSummary::name).toList(),
                    "no action was recorded for the refused changes");
            List<ChangeRecord> imported = team.history(ChangeQuery.all(1));
            assertEquals("Omar", imported.get(0).who());
        }
    }

    /** Ends every connection to the team database, as a server restart or a network cut would. */
    private void dropConnections() throws java.sql.SQLException {
        try (java.sql.Connection admin = TeamServer.open(server.admin); java.sql.Statement st = admin.createStatement()) {
            st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + server.database.database()
                    + "' AND pid <> pg_backend_pid()");
        }
    }

    /** Imports the report, then deletes, restores, verifies and edits some of what it proposed. */
    private static void work(Workspace w) {
        Importer.Outcome outcome = w.importer().importReport("report.txt", REPORT.getBytes(StandardCharsets.UTF_8),
                new Importer.Metadata(LocalDate.of(2024, 11, 20), "test outlet", "https://example.org/a", "ar"), false);
        assertFalse(outcome.failed(), outcome.message());
        List<String> proposed = proposed(w);
        assertTrue(proposed.size() >= 2, "proposed: " + proposed);
        w.undo();
        assertTrue(proposed(w).isEmpty(), "the import taken back");
        assertTrue(w.source(outcome.sourceKey()).isEmpty(), "its report too");
        w.redo();
        assertEquals(proposed, proposed(w), "and made again, every row as it was");
        w.deleteIncident(proposed.get(0), "a duplicate");
        w.restoreIncident(proposed.get(0));
        w.deleteIncident(proposed.get(1), "not in the study area");
        w.setStatus(w.incidentIds(List.of(proposed.get(0))), Status.VERIFIED);
        Incident opened = w.incident(proposed.get(0)).orElseThrow();
        Incident edited = new Incident(opened.key(), opened.dates(), opened.timePrecision(), opened.subEventType(), opened.actors(),
                new Casualties(4, 3, 5), opened.injured(), "Shelling of Khasham and Hatla", opened.descriptionAr(), opened.status(),
                opened.places(), opened.evidence(), "checked against a second report");
        w.editIncident(edited, "a second report gives four killed");
        w.undo();
        assertEquals(opened, w.incident(opened.key()).orElseThrow(), "the edit taken back");
        w.redo();
        w.undo(); // the verification and the edit, then the edit again
        w.undo();
        w.redo();
        w.redo();
        assertEquals(edited.killed(), w.incident(opened.key()).orElseThrow().killed(), "the edit made again");
    }

    private static List<String> proposed(Workspace w) {
        return w.incidents(IncidentFilter.ALL).stream().filter(i -> i.status() == Status.PROPOSED).map(Incident::key).sorted().toList();
    }

    private static Map<String, Incident> incidents(Workspace w) {
        Map<String, Incident> byKey = new TreeMap<>();
        for (Incident i : w.incidents(IncidentFilter.ALL.withShowDeleted(true))) byKey.put(i.key(), i);
        return byKey;
    }

    private static Map<String, Place> places(Workspace w) {
        Map<String, Place> byKey = new TreeMap<>();
        for (Place p : w.places()) byKey.put(p.key(), p);
        return byKey;
    }

    private static List<String> found(Workspace w, String text) {
        return w.incidents(IncidentFilter.ALL.withText(text)).stream().map(Incident::key).sorted().toList();
    }

    /** What the log says was done to an incident, oldest first: each change, without when or by whom. */
    private static List<String> history(Workspace w, String key) {
        List<String> lines = new ArrayList<>();
        List<ChangeRecord> newestFirst = new ArrayList<>(w.history(new ChangeQuery(ChangeQuery.Subject.INCIDENT, key, null, 1000)));
        java.util.Collections.reverse(newestFirst);
        for (ChangeRecord action : newestFirst) {
            // Within one action the order of rows a cascade deletes is the database's own: compared as a set.
            List<String> ofAction = new ArrayList<>();
            for (ChangeEntry change : action.changes()) {
                boolean whole = !change.operation().equals("update");
                String line = action.name() + " | " + change.table() + " " + change.key() + " " + change.operation() + " " + change.field()
                        + (whole ? "" : ": " + change.before() + " → " + change.after());
                // The two were done moments apart; both must write times as the file does, ISO 8601 in UTC.
                ofAction.add(line.replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z", "<time>"));
            }
            java.util.Collections.sort(ofAction);
            lines.addAll(ofAction);
        }
        return lines;
    }

    private static List<String> actionNames(Workspace w) {
        return w.recentActions(ChangeQuery.all(100)).stream().map(ActionSummary::name).toList();
    }
}
