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
}
