package org.furat.store.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.furat.store.FuratDatabase;
import org.furat.store.IncidentColumns;
import org.furat.store.IncidentRepository;
import org.furat.store.SeedData;
import org.furat.store.Seeder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repository reads a workspace falls back from when they fail, so the contract test, comparing only results, cannot
 * see them fail on the team database: each is run there directly and compared with the file's.
 */
class ServerDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void aFewIncidentsFilterColumnsAreReadAsInTheFile() throws Exception {
        try (TestServer server = TestServer.start()) {
            TeamServer.init(server.database, "1.0-test");
            try (FuratDatabase file = FuratDatabase.open(folder.resolve("seed.gpkg")); ServerDatabase team = ServerDatabase.open(server.database)) {
                for (FuratDatabase db : new FuratDatabase[] {file, team}) Seeder.seed(db, SeedData.fromClasspath());
                long[] ids = {2, 4, 5};
                IncidentColumns expected = new IncidentRepository(file).columnsOf(ids);
                IncidentColumns actual = new IncidentRepository(team).columnsOf(ids);
                assertArrayEquals(expected.ids(), actual.ids());
                assertEquals(3, actual.ids().length);
                assertArrayEquals(expected.startDay(), actual.startDay());
                assertArrayEquals(expected.subType(), actual.subType());
                assertEquals(expected.placeKeys(), actual.placeKeys());
                assertArrayEquals(expected.linkPrecision(), actual.linkPrecision());
                assertEquals(expected.actorKeys(), actual.actorKeys());
            }
        }
    }

    @Test
    void checkFindsATableWhoseChangesGoUnloggedAndAnIncidentSearchCannotFind() throws Exception {
        try (TestServer server = TestServer.start()) {
            TeamServer.init(server.database, "1.0-test");
            try (ServerDatabase team = ServerDatabase.open(server.database)) {
                Seeder.seed(team, SeedData.fromClasspath());
                assertEquals(java.util.List.of(), org.furat.store.DatabaseCheck.run(team).findings(), "a new team database is sound");
            }
            try (java.sql.Connection c = TeamServer.open(server.database); java.sql.Statement st = c.createStatement()) {
                st.execute("DROP TRIGGER furat_log_actors ON actors"); // what a tool rebuilding the table would leave
                st.execute("DELETE FROM incident_search WHERE rowid = (SELECT min(id) FROM incidents)");
            }
            try (ServerDatabase team = ServerDatabase.open(server.database)) {
                var kinds = org.furat.store.DatabaseCheck.run(team).findings().stream().map(f -> f.kind().name()).sorted().toList();
                assertEquals(java.util.List.of("CHANGES_NOT_LOGGED", "SEARCH_INDEX_MISSING"), kinds);
            }
        }
    }
}
