package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database another connection holds: Furat waits, then says it is busy (never that it is not a database). */
class BusyDatabaseTest {

    @TempDir
    Path dir;

    private String timeoutBefore;

    @BeforeEach
    void rememberTimeout() {
        timeoutBefore = System.getProperty(SqliteConnections.BUSY_TIMEOUT_PROPERTY);
    }

    @AfterEach
    void restoreTimeout() {
        if (timeoutBefore == null) System.clearProperty(SqliteConnections.BUSY_TIMEOUT_PROPERTY);
        else System.setProperty(SqliteConnections.BUSY_TIMEOUT_PROPERTY, timeoutBefore);
    }

    @Test
    void openingWhileAnotherProcessWritesSaysBusyAfterTheTimeout() throws Exception {
        Path file = TestDatabases.seeded(dir.resolve("held.gpkg"));
        System.setProperty(SqliteConnections.BUSY_TIMEOUT_PROPERTY, "200");
        try (Connection other = TestDatabases.raw(file); Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE"); // what a writer holds while it commits or spills a large transaction
            StoreException e = assertThrows(StoreException.class, () -> FuratDatabase.open(file));
            assertEquals(StoreException.Problem.BUSY, e.problem());
            assertTrue(e.getMessage().contains("held.gpkg is busy: another Furat is writing to it; try again when it has finished"), e.getMessage());
            assertFalse(e.getMessage().contains("not a SQLite database"), e.getMessage());
            st.execute("ROLLBACK");
        }
    }

    @Test
    void aWriteWhileAnotherConnectionWritesSaysBusyAndReadsStillWork() throws Exception {
        Path file = TestDatabases.seeded(dir.resolve("writing.gpkg"));
        System.setProperty(SqliteConnections.BUSY_TIMEOUT_PROPERTY, "200");
        try (FuratDatabase db = FuratDatabase.open(file);
             Connection other = TestDatabases.raw(file); Statement st = other.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            st.execute("INSERT INTO actors (key, name_en) VALUES ('other', 'Other')");
            assertEquals(6, (int) db.read(c -> TestDatabases.count(c, "SELECT count(*) FROM incidents")), "readers are not held up by a writer");
            StoreException e = assertThrows(StoreException.class, () -> db.transaction(ChangeAction.named("test"), c -> {
                try (Statement mine = c.createStatement()) {
                    return mine.executeUpdate("INSERT INTO actors (key, name_en) VALUES ('mine', 'Mine')");
                }
            }));
            assertEquals(StoreException.Problem.BUSY, e.problem(), e.getMessage());
            assertTrue(e.getMessage().contains("is busy"), e.getMessage());
            st.execute("COMMIT");
            assertEquals(1, (int) db.transaction(ChangeAction.named("test"), c -> {
                try (Statement mine = c.createStatement()) {
                    mine.executeUpdate("INSERT INTO actors (key, name_en) VALUES ('mine', 'Mine')");
                }
                return TestDatabases.count(c, "SELECT count(*) FROM actors WHERE key = 'mine'");
            }), "once the other writer is done, the write goes through");
        }
    }

    @Test
    void openingWaitsForAWriterThatFinishesWithinTheTimeout() throws Exception {
        Path file = TestDatabases.seeded(dir.resolve("wait.gpkg"));
        System.setProperty(SqliteConnections.BUSY_TIMEOUT_PROPERTY, "60000");
        CountDownLatch locked = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try (Connection other = TestDatabases.raw(file); Statement st = other.createStatement()) {
                st.execute("BEGIN EXCLUSIVE");
                st.execute("INSERT INTO actors (key, name_en) VALUES ('other', 'Other')");
                locked.countDown();
                Thread.sleep(500);
                st.execute("COMMIT");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        writer.start();
        assertTrue(locked.await(30, TimeUnit.SECONDS));
        try (FuratDatabase db = FuratDatabase.open(file)) {
            assertEquals(1, (int) db.read(c -> TestDatabases.count(c, "SELECT count(*) FROM actors WHERE key = 'other'")),
                    "the open waited for the writer and then saw what it wrote");
        }
        writer.join();
    }
}
