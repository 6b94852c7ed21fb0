package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration that lets incidents be deleted and kept, on a database an older Furat left: its incidents are not
 * deleted, the filter columns it cached are read again, and from then on an incident can be deleted and restored.
 */
class IncidentDeletionMigrationTest {

    @TempDir
    Path dir;

    @Test
    void anOlderDatabasesIncidentsStayShownAndCanThenBeDeletedAndRestored() throws Exception {
        int before = Migrations.index().indexOf("V015__incident_deletion.sql");
        assertTrue(before > 0, "the migration is listed");
        Path file = TestDatabases.old(dir.resolve("old.gpkg"), before);
        try (Connection c = TestDatabases.raw(file); Statement st = c.createStatement()) {
            st.execute("INSERT INTO incidents (key, date_start, date_end, time_prec, event_type, sub_event_type, status) "
                    + "VALUES ('old-clash', '2024-11-12', '2024-11-12', 1, 'Battles', 'Armed clash', 'verified')");
            // A cache an older Furat saved, without the deleted column, as recent as the data.
            st.execute("INSERT INTO furat_columns_cache (id, data_version, data) SELECT 1, CAST(value AS INTEGER), x'00' "
                    + "FROM furat_settings WHERE key = 'data_version'");
        }
        try (FuratDatabase db = FuratDatabase.open(file)) {
            assertTrue(db.upgradeNotice().isPresent(), "the older database was upgraded");
            IncidentColumns columns = new IncidentRepository(db).columns();
            assertEquals(1, columns.size());
            assertArrayEquals(new byte[] {0}, columns.deleted(), "nothing an older Furat stored is deleted");

            IncidentLifecycle lifecycle = new IncidentLifecycle(db);
            lifecycle.delete("old-clash", "recorded twice");
            assertArrayEquals(new byte[] {1}, new IncidentRepository(db).columns().deleted());
            assertEquals("recorded twice", lifecycle.deletion("old-clash").orElseThrow().reason());
            lifecycle.restore("old-clash");
            assertArrayEquals(new byte[] {0}, new IncidentRepository(db).columns().deleted());
        }
        assertEquals(2, TestDatabases.count(file, "SELECT count(*) FROM change_log WHERE table_name = 'incidents' "
                + "AND row_key = 'old-clash' AND field = 'deleted_reason'"), "the new columns are logged");
    }
}
