package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved filter columns are used only while they are as recent as the data, whoever changed it. */
class ColumnsCacheTest {

    @TempDir
    Path dir;

    @Test
    void theCacheRoundTripsAndIsRebuiltAfterAnyChange() {
        try (FuratDatabase db = FuratDatabase.open(dir.resolve("c.gpkg"))) {
            Seeder.seed(db, SeedData.fromClasspath());
            IncidentRepository incidents = new IncidentRepository(db);
            IncidentColumns first = incidents.columns();
            int saved = db.read(c -> count(c.createStatement(), "SELECT count(*) FROM furat_columns_cache"));
            assertEquals(1, saved, "saved");
            IncidentColumns again = incidents.columns();
            assertArrayEquals(first.ids(), again.ids());
            assertArrayEquals(first.startDay(), again.startDay());
            assertArrayEquals(first.linkPlace(), again.linkPlace());
            assertArrayEquals(first.actor(), again.actor());
            assertEquals(first.placeKeys(), again.placeKeys());

            // An edit made with plain SQL, as another program (a GIS) would make it.
            db.transaction(ChangeAction.named("test"), c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET date_start = '2024-09-01' WHERE key = ?")) {
                    ps.setString(1, "seed-2024-10-rocket-attacks");
                    return ps.executeUpdate();
                }
            });
            IncidentColumns after = incidents.columns();
            long id = db.<Long>read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT id FROM incidents WHERE key = 'seed-2024-10-rocket-attacks'")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            int at = java.util.Arrays.binarySearch(after.ids(), id);
            assertEquals(LocalDate.of(2024, 9, 1).toEpochDay(), after.startDay()[at], "the change is seen, not the stale cache");
            assertNotEquals(first.startDay()[at], after.startDay()[at]);
        }
    }

    @Test
    void aCorruptCacheIsIgnoredAndRebuilt() {
        try (FuratDatabase db = FuratDatabase.open(dir.resolve("d.gpkg"))) {
            Seeder.seed(db, SeedData.fromClasspath());
            IncidentRepository incidents = new IncidentRepository(db);
            IncidentColumns good = incidents.columns();
            db.transaction(ChangeAction.named("test"), c -> c.createStatement().executeUpdate("UPDATE furat_columns_cache SET data = x'00010203'"));
            assertArrayEquals(good.ids(), incidents.columns().ids());
        }
    }

    private static int count(Statement st, String sql) throws java.sql.SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
