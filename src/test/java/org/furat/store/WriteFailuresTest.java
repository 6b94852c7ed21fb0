package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails says why, in terms of the file, and leaves the database as it was. */
class WriteFailuresTest {

    @TempDir
    Path dir;

    @Test
    void aFullDatabaseSaysTheDiskIsFullAndChangesNothing() throws Exception {
        Path file = TestDatabases.seeded(dir.resolve("full.gpkg"));
        String before = TestDatabases.content(file);
        try (FuratDatabase db = FuratDatabase.open(file)) {
            // SQLite's own limit on the file's size gives the same SQLITE_FULL a full disk gives.
            db.read(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA max_page_count = " + TestDatabases.count(c, "PRAGMA page_count"));
                }
                return null;
            });
            StoreException e = assertThrows(StoreException.class, () -> db.transaction(ChangeAction.named("test"), c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO actors (key, name_en) VALUES (?, ?)")) {
                    for (int i = 0; i < 2000; i++) {
                        ps.setString(1, "actor-" + i);
                        ps.setString(2, "An actor with a long name to fill pages ".repeat(5) + i);
                        ps.executeUpdate();
                    }
                }
                return null;
            }));
            assertEquals(StoreException.Problem.DISK_FULL, e.problem());
            assertTrue(e.getMessage().contains("The disk holding " + file + " is full; nothing was changed"), e.getMessage());
        }
        assertEquals(before, TestDatabases.content(file));
        assertTrue(DatabaseCheck.run(file).clean(), () -> DatabaseCheck.run(file).findings().toString());
    }

    @Test
    void whenSqliteHasAlreadyRolledBackTheOriginalFailureIsReportedNotTheRollbacks() throws Exception {
        Path file = TestDatabases.seeded(dir.resolve("rolled.gpkg"));
        try (FuratDatabase db = FuratDatabase.open(file)) {
            // As after SQLITE_FULL during COMMIT: SQLite ends the transaction itself, so a rollback finds none.
            StoreException e = assertThrows(StoreException.class, () -> db.transaction(ChangeAction.named("test"), c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO actors (key, name_en) VALUES ('x', 'X')");
                    st.execute("ROLLBACK");
                }
                throw new SQLException("the original failure");
            }));
            assertTrue(e.getMessage().contains("the original failure"), e.getMessage());
            assertFalse(e.getMessage().contains("no transaction is active"), e.getMessage());
            assertEquals(0, (int) db.read(c -> TestDatabases.count(c, "SELECT count(*) FROM actors WHERE key = 'x'")));
            // and the connection is usable afterwards
            db.transaction(ChangeAction.named("test"), c -> c.createStatement().executeUpdate("INSERT INTO actors (key, name_en) VALUES ('y', 'Y')"));
        }
    }

    @Test
    void anErrorInsideATransactionRollsItBack() throws Exception {
        Path file = TestDatabases.seeded(dir.resolve("error.gpkg"));
        try (FuratDatabase db = FuratDatabase.open(file)) {
            assertThrows(OutOfMemoryError.class, () -> db.transaction(ChangeAction.named("test"), c -> {
                c.createStatement().executeUpdate("INSERT INTO actors (key, name_en) VALUES ('x', 'X')");
                throw new OutOfMemoryError("simulated");
            }));
            assertEquals(0, (int) db.read(c -> TestDatabases.count(c, "SELECT count(*) FROM actors WHERE key = 'x'")));
        }
    }

    @Test
    void aFileInAFolderThatCannotBeWrittenIsOpenedReadOnlyAndWritesAreRefusedByName() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("shelf"));
        Path file = TestDatabases.seeded(folder.resolve("ro.gpkg"));
        staleColumns(file);
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try (FuratDatabase db = FuratDatabase.open(file)) {
            assertTrue(db.readOnly());
            IncidentColumns columns = new IncidentRepository(db).columns();
            assertEquals(6, columns.size(), "stale saved columns are rebuilt in memory");
            StoreException e = assertThrows(StoreException.class, () -> db.transaction(ChangeAction.named("test"), c -> c.createStatement().executeUpdate(
                    "INSERT INTO actors (key, name_en) VALUES ('x', 'X')")));
            assertEquals(StoreException.Problem.READ_ONLY, e.problem());
            assertTrue(e.getMessage().contains(file + " is read-only"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertArrayEquals(before, Files.readAllBytes(file), "not even the columns cache was written");
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no journal was left");
        }
    }

    @Test
    void aFileWithoutWritePermissionIsOpenedReadOnlyEvenForRoot() throws Exception {
        Path file = TestDatabases.seeded(dir.resolve("444.gpkg"));
        staleColumns(file);
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try (FuratDatabase db = FuratDatabase.open(file)) {
            assertTrue(db.readOnly());
            assertEquals(6, new IncidentRepository(db).columns().size());
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void anOlderDatabaseThatCannotBeWrittenIsRefusedWithoutUpgrading() throws Exception {
        Path file = TestDatabases.old(dir.resolve("old-ro.gpkg"), 6);
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try {
            StoreException e = assertThrows(StoreException.class, () -> FuratDatabase.open(file));
            assertEquals(StoreException.Problem.READ_ONLY, e.problem());
            assertTrue(e.getMessage().contains("schema version 6") && e.getMessage().contains("cannot be written"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aNewDatabaseInAFolderThatCannotBeWrittenIsRefusedClearly() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            StoreException e = assertThrows(StoreException.class, () -> FuratDatabase.open(folder.resolve("new.gpkg")));
            assertEquals(StoreException.Problem.READ_ONLY, e.problem());
            assertTrue(e.getMessage().contains("cannot be written"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** An edit with plain SQL, as a GIS would make it: the saved filter columns are now stale. */
    static void staleColumns(Path file) throws SQLException {
        try (FuratDatabase db = FuratDatabase.open(file)) {
            new IncidentRepository(db).columns(); // saved
        }
        try (var c = TestDatabases.raw(file); Statement st = c.createStatement()) {
            st.execute("UPDATE incidents SET note = 'edited elsewhere' WHERE id = (SELECT min(id) FROM incidents)");
        }
        assertTrue(TestDatabases.count(file, "SELECT count(*) FROM furat_columns_cache c JOIN furat_settings s "
                + "ON s.key = 'data_version' AND CAST(s.value AS INTEGER) <> c.data_version") == 1, "the saved columns are stale");
    }
}
