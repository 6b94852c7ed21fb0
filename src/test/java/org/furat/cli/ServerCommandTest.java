package org.furat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.furat.app.TeamDatabase;
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
        }
        CliTest.Result twoFiles = CliTest.furatWithDb(dir.resolve("c.gpkg"), "copy", "--from", "a.gpkg", "--to", "b.gpkg");
        assertEquals(1, twoFiles.exitCode());
        assertTrue(twoFiles.err().contains("one of them must be a team database"), twoFiles.err());
    }

    @Test
    void aFileIsNotATeamDatabase() {
        CliTest.Result r = CliTest.furatWithDb(Path.of("furat.gpkg"), "server", "init");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("--db postgresql://"), r.err());
    }
}
