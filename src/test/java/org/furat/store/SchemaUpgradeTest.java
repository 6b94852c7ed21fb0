package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.furat.fault.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An older database is upgraded whole after a copy is saved; a newer one is refused and left as it was. */
class SchemaUpgradeTest {

    /** The schema version of this Furat as it appears in a copy\'s name ("011"). */
    private static final String CURRENT = String.format("%03d", Migrations.currentVersion());

    @TempDir
    Path dir;

    @Test
    void anOlderDatabaseIsUpgradedInOneTransactionAfterACopyIsSavedBesideIt() throws Exception {
        Path file = TestDatabases.old(dir.resolve("old.gpkg"), 5);
        String before = TestDatabases.content(file);

        String notice;
        try (FuratDatabase db = FuratDatabase.open(file)) {
            notice = db.upgradeNotice().orElseThrow();
        }
        Path backup = dir.resolve("old.before-v" + CURRENT + ".gpkg");
        assertTrue(notice.contains(file.toString()) && notice.contains(backup.toString()), notice);
        assertTrue(notice.contains("from schema version 5 to " + Migrations.currentVersion()), notice);

        assertEquals(before, TestDatabases.content(backup), "the copy holds the database as it was");
        assertEquals(5, TestDatabases.count(backup, "SELECT count(*) FROM furat_migrations"));
        assertEquals(Migrations.index().size(), TestDatabases.count(file, "SELECT count(*) FROM furat_migrations"));
        assertEquals(1, TestDatabases.count(file, "SELECT count(*) FROM actors WHERE key = 'someone'"), "the data is kept");
        assertEquals(Migrations.index().subList(5, Migrations.index().size()),
                TestDatabases.strings(file, "SELECT name FROM furat_migrations WHERE furat_version = '" + FuratVersion.current() + "' ORDER BY name"),
                "each migration applied now records the Furat version that applied it");
        assertTrue(DatabaseCheck.run(file).clean(), () -> DatabaseCheck.run(file).findings().toString());

        try (FuratDatabase db = FuratDatabase.open(file)) {
            assertTrue(db.upgradeNotice().isEmpty(), "an up-to-date database is not upgraded again");
        }
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "one copy, no leftovers");
        }
    }

    @Test
    void aSecondUpgradeCopyTakesTheNextFreeName() throws Exception {
        Path file = TestDatabases.old(dir.resolve("twice.gpkg"), 5);
        Files.writeString(dir.resolve("twice.before-v" + CURRENT + ".gpkg"), "an earlier copy");
        try (FuratDatabase db = FuratDatabase.open(file)) {
            assertTrue(db.upgradeNotice().orElseThrow().contains("twice.before-v" + CURRENT + "-2.gpkg"));
        }
        assertEquals("an earlier copy", Files.readString(dir.resolve("twice.before-v" + CURRENT + ".gpkg")), "an existing copy is never overwritten");
    }

    @Test
    void aMigrationThatFailsLeavesTheWholeOldSchemaAndNoCopy() throws Exception {
        Path file = TestDatabases.old(dir.resolve("clash.gpkg"), 5);
        try (Connection c = TestDatabases.raw(file); Statement st = c.createStatement()) {
            // V008 creates this index; finding it already there makes the last migration fail.
            st.execute("CREATE INDEX evidence_by_source ON evidence(source_id)");
        }
        byte[] before = Files.readAllBytes(file);

        StoreException e = assertThrows(StoreException.class, () -> FuratDatabase.open(file));
        assertTrue(e.getMessage().contains("clash.gpkg") && e.getMessage().contains("nothing was changed"), e.getMessage());
        assertTrue(e.getMessage().contains("V008"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "V006 and V007 were rolled back with V008: one transaction");
        assertFalse(Files.exists(dir.resolve("clash.before-v" + CURRENT + ".gpkg")), "no copy is left of a database that was not changed");
    }

    @Test
    void aSchemaChangeThisFuratDoesNotKnowIsNamedEvenWithANumberItHas() throws Exception {
        Path file = TestDatabases.seeded(dir.resolve("other-build.gpkg"));
        String known = String.format("V%03d__another_build.sql", Migrations.currentVersion());
        try (Connection c = TestDatabases.raw(file); Statement st = c.createStatement()) {
            st.execute("INSERT INTO furat_migrations (name, furat_version) VALUES ('" + known + "', '0.9.0')");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> FuratDatabase.open(file));
        assertEquals(StoreException.Problem.NEWER_VERSION, e.problem());
        assertTrue(e.getMessage().contains("schema change " + known + ", which this Furat does not know"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aDatabaseOfANewerFuratIsRefusedNamingItsVersionAndLeftByteIdentical() throws Exception {
        Path file = TestDatabases.seeded(dir.resolve("newer.gpkg"));
        try (Connection c = TestDatabases.raw(file); Statement st = c.createStatement()) {
            st.execute("INSERT INTO furat_migrations (name, furat_version) VALUES ('V999__future.sql', '7.1.0')");
            // Stale saved filter columns: an open that went on would rewrite them.
            st.execute("UPDATE incidents SET note = 'changed by a newer Furat' WHERE id = (SELECT min(id) FROM incidents)");
        }
        byte[] before = Files.readAllBytes(file);

        StoreException e = assertThrows(StoreException.class, () -> FuratDatabase.open(file));
        assertEquals(StoreException.Problem.NEWER_VERSION, e.problem());
        assertTrue(e.getMessage().contains("newer.gpkg"), e.getMessage());
        assertTrue(e.getMessage().contains("Furat 7.1.0") && e.getMessage().contains("schema version 999"), e.getMessage());
        assertTrue(e.getMessage().contains("left unchanged"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no copy, no journal");
        }
    }

    @Test
    void aNewerMigrationWithoutARecordedVersionStillRefuses() throws Exception {
        Path file = TestDatabases.seeded(dir.resolve("unnamed.gpkg"));
        int next = Migrations.currentVersion() + 1;
        try (Connection c = TestDatabases.raw(file); Statement st = c.createStatement()) {
            st.execute("INSERT INTO furat_migrations (name) VALUES ('" + String.format("V%03d__something_new.sql", next) + "')");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> FuratDatabase.open(file));
        assertTrue(e.getMessage().contains("a newer version of Furat (schema version " + next + ")"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aKillWhileTheCopyIsWrittenLeavesNoCopyUnderItsNameAndTheNextOpenMakesOne() throws Exception {
        Path file = TestDatabases.old(dir.resolve("copying.gpkg"), 5);
        byte[] before = Files.readAllBytes(file);
        ChildJvm.Result r = ChildJvm.furat(Map.of("furat.kill-at", "migration.backup-written"), "places", "--db", file.toString())
                .run(Duration.ofMinutes(2));
        assertTrue(r.killed(), r.err());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve("copying.before-v" + CURRENT + ".gpkg")), "an unfinished copy never has the copy's name");

        try (FuratDatabase db = FuratDatabase.open(file)) {
            assertTrue(db.upgradeNotice().orElseThrow().contains("copying.before-v" + CURRENT + ".gpkg"));
        }
        assertFalse(Files.exists(dir.resolve("copying.before-v" + CURRENT + ".gpkg.part")), "the unfinished copy was cleared away");
    }

    @Test
    void aKillBeforeTheUpgradeCommitsLeavesTheOldSchemaAndTheNextOpenUpgrades() throws Exception {
        Path file = TestDatabases.old(dir.resolve("killed.gpkg"), 5);
        byte[] before = Files.readAllBytes(file);
        String content = TestDatabases.content(file);

        ChildJvm.Result r = ChildJvm.furat(Map.of("furat.kill-at", "migration.before-commit"), "places", "--db", file.toString())
                .run(Duration.ofMinutes(2));
        assertTrue(r.killed(), r.err());
        assertArrayEquals(before, Files.readAllBytes(file), "killed before the commit: the file is as it was");

        try (FuratDatabase db = FuratDatabase.open(file)) {
            assertTrue(db.upgradeNotice().isPresent(), "the interrupted upgrade runs again");
        }
        // The first attempt's copy was complete before the kill and is kept; the second upgrade saved another.
        assertEquals(content, TestDatabases.content(dir.resolve("killed.before-v" + CURRENT + ".gpkg")));
        assertTrue(Files.exists(dir.resolve("killed.before-v" + CURRENT + "-2.gpkg")));
        assertEquals(Migrations.index().size(), TestDatabases.count(file, "SELECT count(*) FROM furat_migrations"));
        assertEquals(1, TestDatabases.count(file, "SELECT count(*) FROM actors WHERE key = 'someone'"));
    }
}
