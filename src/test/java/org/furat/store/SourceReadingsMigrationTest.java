package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration that adds stored readings, on a database an older Furat left: its reports are kept, without a
 * reading, and the first reading stored for one is the only first reading (a second window's is refused).
 */
class SourceReadingsMigrationTest {

    @TempDir
    Path dir;

    @Test
    void reportsOfAnOlderDatabaseHaveNoReadingUntilOneIsStored() throws Exception {
        int before = Migrations.index().indexOf("V013__source_readings.sql");
        assertTrue(before > 0, "the migration is listed");
        Path file = TestDatabases.old(dir.resolve("old.gpkg"), before);
        try (Connection c = TestDatabases.raw(file); Statement st = c.createStatement()) {
            st.execute("INSERT INTO sources (key, language, text, text_sha256) VALUES ('old-report', 'ar', 'قصفت القوات مواقع', 'x')");
        }
        try (FuratDatabase db = FuratDatabase.open(file)) {
            assertTrue(db.upgradeNotice().isPresent(), "the older database was upgraded");
            ReadingRepository readings = new ReadingRepository(db);
            assertEquals(Optional.empty(), readings.of("old-report"));

            var first = new ReadingRepository.StoredReading("v1", "2026-12-01T10:00:00Z", "{\"format\":1}");
            assertTrue(readings.apply(new ReadingRepository.Update("old-report", null, first, List.of(), List.of())));
            assertEquals(Optional.of(first), readings.of("old-report"));

            var other = new ReadingRepository.StoredReading("v1", "2026-12-01T10:00:01Z", "{\"format\":1}");
            assertFalse(readings.apply(new ReadingRepository.Update("old-report", null, other, List.of(), List.of())),
                    "another first reading arrives after one was stored");
            var again = new ReadingRepository.StoredReading("v2", "2026-12-02T09:00:00Z", "{\"format\":1}");
            assertTrue(readings.apply(new ReadingRepository.Update("old-report", first.readAt(), again, List.of(), List.of())));
            assertEquals(Optional.of(again), readings.of("old-report"));
        }
        assertEquals(1, TestDatabases.count(file, "SELECT count(*) FROM source_readings"));
        try (Connection c = TestDatabases.raw(file); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("DELETE FROM sources WHERE key = 'old-report'");
        }
        assertEquals(0, TestDatabases.count(file, "SELECT count(*) FROM source_readings"), "a reading goes with its report");
    }
}
