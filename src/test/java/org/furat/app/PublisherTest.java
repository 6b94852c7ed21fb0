package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.furat.model.ActionSummary;
import org.furat.model.Casualties;
import org.furat.model.ChangeQuery;
import org.furat.model.Incident;
import org.furat.model.IncidentFilter;
import org.furat.model.Status;
import org.furat.store.server.TeamServer;
import org.furat.store.server.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `furat publish`: the work done in a copy of a team database reaches it, merged part by part with what the team did
 * meanwhile; a part both changed stops it unless settled, and then nothing is sent.
 */
class PublisherTest {

    static final String SECOND_REPORT = "ذكرت مصادر محلية أن انفجار عبوة ناسفة في بلدة الشحيل، الواقعة بريف دير الزور الشرقي، "
            + "أسفر عن مقتل شخصين وإصابة ثلاثة آخرين.";

    @TempDir
    Path folder;
    private TestServer server;
    private String url;
    private Path copy;
    private List<String> shared;

    @BeforeEach
    void copyOfATeamDatabase() {
        server = TestServer.start();
        TeamServer.init(server.database, AppVersion.current());
        url = server.database.toString();
        try (Workspace team = Workspace.open(url)) {
            importReport(team, TeamDatabaseContractTest.REPORT);
            shared = proposed(team);
        }
        assertTrue(shared.size() >= 2, "the team has incidents to work on: " + shared);
        copy = folder.resolve("mine.gpkg");
        TeamDatabase.copy(url, copy, line -> {});
    }

    @AfterEach
    void close() throws Exception {
        if (server != null) server.close();
    }

    @Test
    void aCopysWorkIsSentAndMergedWithTheTeamsPartByPart() {
        String first = shared.get(0), second = shared.get(1);
        try (Workspace mine = Workspace.open(copy)) {
            importReport(mine, SECOND_REPORT);
            Incident opened = mine.incident(first).orElseThrow();
            mine.editIncident(opened.withCasualties(new Casualties(7, null, null), opened.injured()), "a later report");
            mine.deleteIncident(second, "a duplicate of the first");
        }
        try (Workspace team = Workspace.open(url)) {
            Incident theirs = team.incident(first).orElseThrow();
            team.editIncident(theirs.withStatus(theirs.status(), "checked by the team"), "a note");
        }
        Publisher.Outcome outcome = Publisher.publish(copy, url, ConcurrentEdit.Settle.REFUSE);
        assertTrue(outcome.sent(), outcome.toString());
        assertEquals(List.of(), outcome.conflicts());
        assertEquals(1, outcome.reports().size(), "the new report");
        assertFalse(outcome.added().isEmpty(), "its incidents");
        assertEquals(List.of(first), outcome.changed());
        assertEquals(List.of(second), outcome.deleted());
        try (Workspace team = Workspace.open(url); Workspace mine = Workspace.open(copy)) {
            Incident merged = team.incident(first).orElseThrow();
            assertEquals(7, merged.killed().best(), "the copy's toll");
            assertEquals("checked by the team", merged.note(), "the team's note kept");
            assertEquals("a duplicate of the first", team.deletion(second).orElseThrow().reason());
            for (String key : outcome.added()) assertEquals(mine.incident(key).orElseThrow(), team.incident(key).orElseThrow(), key);
            assertEquals(mine.source(outcome.reports().get(0)).orElseThrow(), team.source(outcome.reports().get(0)).orElseThrow());
            List<ActionSummary> newest = team.recentActions(ChangeQuery.all(1));
            assertEquals("publish", newest.get(0).name(), "one action in the team's history");
            assertEquals("from mine.gpkg", newest.get(0).why());
        }
        Publisher.Outcome again = Publisher.publish(copy, url, ConcurrentEdit.Settle.REFUSE);
        assertTrue(again.nothing(), "sent once: " + again);
    }

    @Test
    void aPartBothChangedStopsItUntilSettled() {
        String first = shared.get(0);
        try (Workspace mine = Workspace.open(copy)) {
            Incident opened = mine.incident(first).orElseThrow();
            mine.editIncident(opened.withCasualties(opened.killed(), new Casualties(9, null, null)), "the copy's count");
        }
        try (Workspace team = Workspace.open(url)) {
            Incident theirs = team.incident(first).orElseThrow();
            team.editIncident(theirs.withCasualties(theirs.killed(), new Casualties(11, null, null)), "the team's count");
        }
        long actionsBefore = actions();
        Publisher.Outcome refused = Publisher.publish(copy, url, ConcurrentEdit.Settle.REFUSE);
        assertFalse(refused.sent());
        assertEquals(1, refused.conflicts().size(), refused.toString());
        assertEquals("injured", refused.conflicts().get(0).part());
        assertEquals(actionsBefore, actions(), "nothing was sent");
        try (Workspace team = Workspace.open(url)) {
            assertEquals(11, team.incident(first).orElseThrow().injured().best());
        }
        Publisher.Outcome kept = Publisher.publish(copy, url, ConcurrentEdit.Settle.KEEP_MINE);
        assertTrue(kept.sent());
        try (Workspace team = Workspace.open(url)) {
            assertEquals(9, team.incident(first).orElseThrow().injured().best(), "the copy's count kept, as asked");
            assertEquals("from mine.gpkg, 1 part(s) changed on both settled with the copy's values",
                    team.recentActions(ChangeQuery.all(1)).get(0).why(), "the history says how");
        }
    }

    @Test
    void aFileThatIsNoCopyOfTheTeamDatabaseIsRefused() {
        Path other = folder.resolve("other.gpkg");
        Workspace.open(other).close();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Publisher.publish(other, url, ConcurrentEdit.Settle.REFUSE));
        assertTrue(e.getMessage().contains("was not copied from a team database"), e.getMessage());
    }

    private long actions() {
        try (Workspace team = Workspace.open(url)) {
            return team.recentActions(ChangeQuery.all(1)).get(0).actionId();
        }
    }

    private static void importReport(Workspace w, String text) {
        Importer.Outcome outcome = w.importer().importReport("report.txt", text.getBytes(StandardCharsets.UTF_8),
                new Importer.Metadata(LocalDate.of(2024, 11, 20), "test", null, "ar"), false);
        assertFalse(outcome.failed(), outcome.message());
    }

    private static List<String> proposed(Workspace w) {
        return w.incidents(IncidentFilter.ALL).stream().filter(i -> i.status() == Status.PROPOSED).map(Incident::key).sorted().toList();
    }
}
