package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damage is found before anything is written into it, and reads that meet it say so. */
class DamagedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void damageToATablesPagesIsFoundWhenOpening() throws Exception {
        Path file = TestDatabases.seeded(dir.resolve("root.gpkg"));
        TestDatabases.overwritePages(file, TestDatabases.pagesOf(file, "incidents"), 1);
        byte[] before = Files.readAllBytes(file);

        StoreException e = assertThrows(StoreException.class, () -> FuratDatabase.open(file));
        assertEquals(StoreException.Problem.DAMAGED, e.problem());
        assertTrue(e.getMessage().contains("root.gpkg is damaged") && e.getMessage().contains("furat check --db " + file), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void damageAwayFromTheEdgesOfATableIsFoundBeforeTheFirstWrite() throws Exception {
        Path file = TestDatabases.damagedInTheMiddle(dir.resolve("middle.gpkg"));
        byte[] before = Files.readAllBytes(file);

        try (FuratDatabase db = FuratDatabase.open(file)) { // the edges are sound, so it opens
            StoreException e = assertThrows(StoreException.class, () -> db.transaction(ChangeAction.named("test"), c -> c.createStatement().executeUpdate(
                    "INSERT INTO actors (key, name_en) VALUES ('x', 'X')")));
            assertEquals(StoreException.Problem.DAMAGED, e.problem());
            assertTrue(e.getMessage().contains("middle.gpkg is damaged; nothing was written to it"), e.getMessage());

            // A read that meets the damage says the same, rather than returning less than is there.
            StoreException read = assertThrows(StoreException.class, () -> db.read(c -> TestDatabases.count(c,
                    "SELECT sum(length(text)) FROM sources")));
            assertEquals(StoreException.Problem.DAMAGED, read.problem(), read.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(file), "nothing was written into the damaged file");
        assertTrue(DatabaseCheck.run(file).findings().stream().anyMatch(f -> f.kind() == DatabaseCheck.Kind.INTEGRITY));
    }

    @Test
    void staleSavedColumnsAreNotWrittenIntoAFileDamagedElsewhere() throws Exception {
        Path file = TestDatabases.damagedInTheMiddle(dir.resolve("stale.gpkg"));
        try (java.sql.Connection c = TestDatabases.raw(file); var st = c.createStatement()) {
            // Another process changed an incident: the saved filter columns are stale and a reader rebuilds them.
            st.executeUpdate("UPDATE incidents SET note = 'edited elsewhere' WHERE id = (SELECT min(id) FROM incidents)");
        }
        byte[] before = Files.readAllBytes(file);
        try (FuratDatabase db = FuratDatabase.open(file)) {
            IncidentRepository incidents = new IncidentRepository(db);
            StoreException e = assertThrows(StoreException.class, incidents::columns);
            assertEquals(StoreException.Problem.DAMAGED, e.problem(), e.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(file), "the rebuilt columns were not saved into the damaged file");
    }


    @Test
    void aGeoPackageOfAnotherProgramIsNotFuratsAndIsLeftUntouched() throws Exception {
        Path file = dir.resolve("theirs.gpkg");
        try (var c = TestDatabases.raw(file); var st = c.createStatement()) {
            st.execute("PRAGMA application_id = 1196444487");
            st.execute("CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY)");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> FuratDatabase.open(file));
        assertEquals(StoreException.Problem.NOT_FURAT, e.problem());
        assertTrue(e.getMessage().contains("is a GeoPackage made by another program, not a Furat database"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
