package org.furat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.furat.app.TeamDatabase;
import org.furat.store.server.TeamServer;
import org.furat.store.server.TestServer;
import org.junit.jupiter.api.Test;

/** {@code furat server init|add-user} against a real PostgreSQL with PostGIS (see TestServer). */
class ServerCommandTest {

    @Test
    void initSetsTheDatabaseUpAndAddUserGivesARole() throws Exception {
        try (TestServer server = TestServer.start()) {
            Path db = Path.of(server.database.toString());
            CliTest.Result init = CliTest.furatWithDb(db, "server", "init");
            assertEquals(0, init.exitCode(), init.err());
            assertTrue(init.out().startsWith("Created " + server.database + ": applied S001__team_schema"), init.out());
            CliTest.Result again = CliTest.furatWithDb(db, "server", "init");
            assertTrue(again.out().contains("the schema was up to date"), again.out());

            String lina = server.userName("lina");
            CliTest.Result added = CliTest.furatWithDb(db, "server", "add-user", lina, "--role", "analyst");
            assertEquals(0, added.exitCode(), added.err());
            assertEquals("Added " + lina + " as analyst", added.out().strip());
            assertEquals("analyst", TeamDatabase.roleOf(server.database.as(lina, null).toString()).orElseThrow());
            CliTest.Result promoted = CliTest.furatWithDb(db, "server", "add-user", lina, "--role", "editor");
            assertEquals(0, promoted.exitCode(), promoted.err());
            assertEquals("editor", TeamDatabase.roleOf(server.database.as(lina, null).toString()).orElseThrow());

            CliTest.Result badRole = CliTest.furatWithDb(db, "server", "add-user", lina, "--role", "boss");
            assertEquals(1, badRole.exitCode());
            assertTrue(badRole.err().contains("Unknown role 'boss'"), badRole.err());
        }
    }

    @Test
    void aRoleOnOneTeamDatabaseGivesNothingOnAnotherOfTheSameServer() throws Exception {
        try (TestServer one = TestServer.start(); TestServer other = TestServer.start()) {
            assertEquals(0, CliTest.furatWithDb(Path.of(one.database.toString()), "server", "init").exitCode());
            assertEquals(0, CliTest.furatWithDb(Path.of(other.database.toString()), "server", "init").exitCode());
            String lina = one.userName("lina");
            Path oneAdmin = Path.of(one.database.toString());
            assertEquals("Added " + lina + " as analyst", CliTest.furatWithDb(oneAdmin, "server", "add-user", lina, "--role", "analyst").out().strip());
            assertEquals("Changed " + lina + " from analyst to editor",
                    CliTest.furatWithDb(oneAdmin, "server", "add-user", lina, "--role", "editor").out().strip(), "says what they had");
            assertEquals(lina + " was already editor", CliTest.furatWithDb(oneAdmin, "server", "add-user", lina, "--role", "editor").out().strip());
            assertEquals("editor", TeamDatabase.roleOf(one.database.as(lina, null).toString()).orElseThrow());

            CliTest.Result elsewhere = CliTest.furatWithDb(Path.of(other.database.as(lina, null).toString()), "incidents");
            assertEquals(1, elsewhere.exitCode(), "an editor of one team database may not even connect to another: " + elsewhere.out());
            assertTrue(elsewhere.err().contains("permission denied for database"), elsewhere.err());
        }
    }

    @Test
    void theRolesHoldOnTheCommandLine() throws Exception {
        try (TestServer server = TestServer.start()) {
            Path owner = Path.of(server.database.toString());
            assertEquals(0, CliTest.furatWithDb(owner, "server", "init").exitCode());
            assertEquals(0, CliTest.furatWithDb(owner, "incidents").exitCode(), "the owner's first open seeds it");
            String key = CliTest.furatWithDb(owner, "incidents").out().lines().skip(1).findFirst().orElseThrow().split(" ")[0];
            Path viewer = Path.of(server.user("vera", TeamServer.Role.VIEWER).toString());
            Path analyst = Path.of(server.user("adil", TeamServer.Role.ANALYST).toString());
            assertEquals(CliTest.furatWithDb(owner, "incidents").out(), CliTest.furatWithDb(viewer, "incidents").out(), "a viewer reads");
            CliTest.Result byViewer = CliTest.furatWithDb(viewer, "incident", "delete", key, "--reason", "test");
            assertEquals(1, byViewer.exitCode());
            assertTrue(byViewer.err().contains("may only read"), byViewer.err());
            CliTest.Result byAnalyst = CliTest.furatWithDb(analyst, "incident", "delete", key, "--reason", "test");
            assertEquals(1, byAnalyst.exitCode());
            assertTrue(byAnalyst.err().contains("only an editor may delete"), byAnalyst.err());
            assertEquals(0, CliTest.furatWithDb(owner, "incident", "delete", key, "--reason", "test").exitCode(), "an editor may");
        }
    }

    @Test
    void copyPutsAWholeFileIntoTheTeamDatabaseAndComparesEveryTable(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        try (TestServer server = TestServer.start()) {
            Path db = Path.of(server.database.toString());
            assertEquals(0, CliTest.furatWithDb(db, "server", "init").exitCode());
            Path file = dir.resolve("mine.gpkg");
            assertEquals(0, CliTest.furatWithDb(file, "places").exitCode(), "a new file, seeded");
            CliTest.Result copied = CliTest.furatWithDb(file, "copy", "--from", file.toString(), "--to", server.database.toString());
            assertEquals(0, copied.exitCode(), copied.err());
            assertTrue(copied.out().contains("copied places: "), copied.out());
            assertTrue(copied.out().strip().endsWith("The copy is whole: every table has the same rows on both sides"), copied.out());
            CliTest.Result again = CliTest.furatWithDb(file, "copy", "--from", file.toString(), "--to", server.database.toString());
            assertEquals(0, again.exitCode(), again.err());
            assertTrue(!again.out().contains("copied "), "nothing left to copy: " + again.out());

            Path back = dir.resolve("back.gpkg");
            CliTest.Result toFile = CliTest.furatWithDb(file, "copy", "--from", server.database.toString(), "--to", back.toString());
            assertEquals(0, toFile.exitCode(), toFile.err());
            assertTrue(toFile.out().contains("on the server") && toFile.out().contains("in the file"), toFile.out());
            assertTrue(toFile.out().strip().endsWith("The copy is whole: every table has the same rows on both sides"), toFile.out());
            CliTest.Result places = CliTest.furatWithDb(back, "places");
            assertEquals(CliTest.furatWithDb(file, "places").out(), places.out(), "the copy lists the same places");

            CliTest.Result overwrite = CliTest.furatWithDb(file, "copy", "--from", server.database.toString(), "--to", back.toString());
            assertEquals(1, overwrite.exitCode());
            assertTrue(overwrite.err().contains("already exists"), overwrite.err());

            // Work done in the copy goes back with publish, once.
            Path report = dir.resolve("report.txt");
            java.nio.file.Files.writeString(report, "ذكرت مصادر محلية أن شخصين قتلا بانفجار عبوة ناسفة في بلدة الشحيل، الواقعة بريف دير الزور الشرقي.");
            assertEquals(0, CliTest.furatWithDb(back, "import", report.toString()).exitCode());
            CliTest.Result published = CliTest.furatWithDb(back, "publish", "--from", back.toString(), "--to", server.database.toString());
            assertEquals(0, published.exitCode(), published.err());
            assertTrue(published.out().contains("new reports          1"), published.out());
            assertEquals(CliTest.furatWithDb(back, "incidents").out(), CliTest.furatWithDb(db, "incidents").out(),
                    "the team database lists what the copy does");
            CliTest.Result publishedAgain = CliTest.furatWithDb(back, "publish", "--from", back.toString(), "--to", server.database.toString());
            assertTrue(publishedAgain.out().startsWith("Nothing to send"), publishedAgain.out());
        }
        CliTest.Result twoFiles = CliTest.furatWithDb(dir.resolve("c.gpkg"), "copy", "--from", "a.gpkg", "--to", "b.gpkg");
        assertEquals(1, twoFiles.exitCode());
        assertTrue(twoFiles.err().contains("one of them must be a team database"), twoFiles.err());
    }

    @Test
    void synthFillsAnEmptyTeamDatabaseThroughACopyAndRefusesOneHoldingData(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        try (TestServer server = TestServer.start()) {
            Path db = Path.of(server.database.toString());
            assertEquals(0, CliTest.furatWithDb(db, "server", "init").exitCode());
            CliTest.Result made = CliTest.furatWithDb(db, "synth", "--incidents", "40", "--seed", "3");
            assertEquals(0, made.exitCode(), made.err());
            assertTrue(made.out().contains("The copy is whole"), made.out());
            assertTrue(made.out().contains("Filled the team database " + server.database + " with 40 synthetic incidents"), made.out());
            CliTest.Result listed = CliTest.furatWithDb(db, "incidents", "--format", "csv");
            assertEquals(41, listed.out().strip().lines().count(), "a header and 40 incidents: " + listed.err());
            CliTest.Result again = CliTest.furatWithDb(db, "synth", "--incidents", "5");
            assertEquals(1, again.exitCode());
            assertTrue(again.err().contains("synth fills only an empty team database, and nothing was made: The team database holds a copy of another database"), again.err());

            Path other = dir.resolve("other.gpkg");
            assertEquals(0, CliTest.furatWithDb(other, "synth", "--incidents", "7").exitCode());
            CliTest.Result mixed = CliTest.furatWithDb(other, "copy", "--from", other.toString(), "--to", server.database.toString());
            assertEquals(1, mixed.exitCode(), "another database is not the same copy resumed: " + mixed.out());
            assertTrue(mixed.err().contains("holds a copy of another database ("), mixed.err());
            assertEquals(41, CliTest.furatWithDb(db, "incidents", "--format", "csv").out().strip().lines().count(), "unchanged");
        }
    }

    @Test
    void aFileIsNotATeamDatabase() {
        CliTest.Result r = CliTest.furatWithDb(Path.of("furat.gpkg"), "server", "init");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("--db postgresql://"), r.err());
    }
}
