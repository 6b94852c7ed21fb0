package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change log's guards: every data table has its logging triggers naming all its columns (a table or column
 * added later gets them with the next migration, so nothing goes unlogged by accident), the log cannot be changed
 * or deleted, a write names its action, and a synthetic load records a summary rather than millions of rows.
 */
class ChangeLogTriggersTest {

    @TempDir
    Path dir;

    @Test
    void everyDataTableHasTriggersForEveryColumnOrASaidReasonNotTo() throws Exception {
        Path file = TestDatabases.seeded(dir.resolve("db.gpkg"));
        try (Connection c = TestDatabases.raw(file)) {
            List<String> logged = ChangeLogTriggers.loggedTables(c);
            for (String table : tables(c)) {
                boolean exempt = ChangeLogTriggers.UNLOGGED.containsKey(table) || table.startsWith("gpkg_") || table.startsWith("sqlite_")
                        || table.startsWith("incident_search");
                assertEquals(!exempt, logged.contains(table), table + " is logged unless it is named as not logged, with the reason");
            }
            assertTrue(logged.containsAll(List.of("incidents", "sources", "places", "evidence", "incident_places", "incident_actors",
                    "source_readings", "place_sources", "place_variant_sources", "gazetteer_sources", "furat_settings")), logged.toString());
            for (String table : logged) {
                assertTrue(ChangeLogTriggers.ROW_KEYS.containsKey(table), table + " has a business key for its history, not only its rowid");
                for (String operation : List.of("insert", "update", "delete")) {
                    String sql = triggerSql(c, ChangeLogTriggers.PREFIX + table + "_" + operation);
                    assertTrue(sql != null, table + " has its " + operation + " trigger");
                    for (String column : columns(c, table)) {
                        assertTrue(sql.contains("\"" + column + "\""), table + "'s " + operation + " trigger logs " + column);
                    }
                }
            }
        }
    }

    @Test
    void aColumnAddedByALaterMigrationIsLoggedToo() throws Exception {
        Path file = TestDatabases.seeded(dir.resolve("db.gpkg"));
        try (Connection c = TestDatabases.raw(file); Statement st = c.createStatement()) {
            st.execute("BEGIN");
            st.execute("ALTER TABLE incidents ADD COLUMN confidence TEXT");
            st.execute("CREATE TABLE analyst_notes (id INTEGER PRIMARY KEY, note TEXT)");
            ChangeLogTriggers.install(c); // what Migrations.run does after the scripts
            st.execute("COMMIT");
            assertTrue(triggerSql(c, ChangeLogTriggers.PREFIX + "incidents_update").contains("\"confidence\""));
            assertTrue(triggerSql(c, ChangeLogTriggers.PREFIX + "analyst_notes_insert") != null, "a new table is logged without being listed");
            st.execute("UPDATE incidents SET confidence = 'high' WHERE id = 1");
            assertEquals(1, TestDatabases.count(c, "SELECT count(*) FROM change_log WHERE table_name = 'incidents' AND field = 'confidence' "
                    + "AND before IS NULL AND after = 'high' AND action_id IS NULL"), "a change by another program names no action");
        }
    }

    @Test
    void theLogCannotBeChangedOrDeleted() throws Exception {
        Path file = TestDatabases.seeded(dir.resolve("db.gpkg"));
        try (Connection c = TestDatabases.raw(file); Statement st = c.createStatement()) {
            int rows = TestDatabases.count(c, "SELECT count(*) FROM change_log");
            assertTrue(rows > 0, "seeding is logged");
            for (String sql : List.of("UPDATE change_log SET after = NULL", "DELETE FROM change_log WHERE id = 1",
                    "UPDATE change_actions SET who = 'someone else'", "DELETE FROM change_actions")) {
                SQLException e = assertThrows(SQLException.class, () -> st.execute(sql), sql);
                assertTrue(e.getMessage().contains("append-only"), e.getMessage());
            }
            assertEquals(rows, TestDatabases.count(c, "SELECT count(*) FROM change_log"));
            assertEquals(1, TestDatabases.count(c, "SELECT count(*) FROM change_actions WHERE who <> 'someone else'"));
        }
        assertEquals(List.of(), DatabaseCheck.run(file).findings(), "furat check finds nothing wrong with the log");
    }

    @Test
    void aWriteIsRecordedUnderItsActionWithWhoAndWhyAndAnEmptyActionIsNot() throws Exception {
        Path file = TestDatabases.seeded(dir.resolve("db.gpkg"));
        try (FuratDatabase db = FuratDatabase.open(file)) {
            db.transaction(ChangeAction.named("rename actor"), c -> {
                c.createStatement().executeUpdate("UPDATE actors SET name_en = 'US-led coalition' WHERE key = 'us_forces'");
                return null;
            });
            db.transaction(ChangeAction.named("save filter columns"), c -> TestDatabases.count(c, "SELECT count(*) FROM incidents"));
            db.transaction(ChangeAction.named("set analyst"), c -> {
                Settings.put(c, ChangeLog.ANALYST, "Layla Haddad");
                return null;
            });
            db.transaction(ChangeAction.named("rename actor").because("the name the reports use"), c -> {
                c.createStatement().executeUpdate("UPDATE actors SET name_en = 'Coalition' WHERE key = 'us_forces'");
                return null;
            });
        }
        try (Connection c = TestDatabases.raw(file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT a.name, a.who, a.reason, l.row_key, l.field, l.before, l.after, l.operation "
                     + "FROM change_actions a JOIN change_log l ON l.action_id = a.id WHERE a.id > 1 ORDER BY l.id")) {
            assertTrue(rs.next());
            assertEquals(List.of("rename actor", System.getProperty("user.name"), "us_forces", "name_en", "US forces", "US-led coalition"),
                    List.of(rs.getString(1), rs.getString(2), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
            assertNull(rs.getString(3), "no reason given");
            assertTrue(rs.next());
            assertEquals(List.of("set analyst", "analyst", "insert"), List.of(rs.getString(1), rs.getString(4), rs.getString(8)));
            assertTrue(rs.next());
            assertEquals(List.of("rename actor", "Layla Haddad", "the name the reports use", "US-led coalition", "Coalition"),
                    List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(6), rs.getString(7)));
            assertFalse(rs.next());
            assertEquals(4, TestDatabases.count(c, "SELECT count(*) FROM change_actions"), "the action that changed nothing is not recorded");
            assertEquals(0, TestDatabases.count(c, "SELECT count(*) FROM change_current"), "no action is left under way");
        }
    }

    @Test
    void aSyntheticLoadRecordsOneSummaryRowPerTable() throws Exception {
        Path file = dir.resolve("synthetic.gpkg");
        SeedData seed = SeedData.fromClasspath();
        var incidents = seed.incidents();
        var batch = new SyntheticLoader.Batch(seed.sources().get(0), incidents.stream()
                .filter(i -> i.evidence().stream().allMatch(e -> e.sourceKey().equals(seed.sources().get(0).key()))).toList());
        SyntheticLoader.create(file, seed, List.of(batch).iterator()).close();
        try (Connection c = TestDatabases.raw(file)) {
            assertEquals(1, TestDatabases.count(c, "SELECT count(*) FROM change_actions WHERE name = 'synthetic load' AND per_row = 0"));
            assertEquals(0, TestDatabases.count(c, "SELECT count(*) FROM change_log WHERE operation <> 'bulk'"), "no row logged one by one");
            assertEquals(TestDatabases.count(c, "SELECT count(*) FROM incidents"), TestDatabases.count(c,
                    "SELECT json_extract(after, '$.rows_added') FROM change_log WHERE table_name = 'incidents' AND operation = 'bulk'"));
            assertEquals(TestDatabases.count(c, "SELECT count(*) FROM places"), TestDatabases.count(c,
                    "SELECT json_extract(after, '$.rows_added') FROM change_log WHERE table_name = 'places' AND operation = 'bulk'"));
            assertEquals(3, TestDatabases.count(c, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '"
                    + ChangeLogTriggers.PREFIX + "incidents_%'"), "the triggers a bulk load set aside are back");
            c.createStatement().executeUpdate("UPDATE incidents SET status = 'verified' WHERE id = 1 AND status <> 'verified'");
            c.createStatement().executeUpdate("DELETE FROM incidents WHERE id = 2");
            assertEquals(1, TestDatabases.count(c, "SELECT count(*) FROM change_log WHERE table_name = 'incidents' AND operation = 'delete'"),
                    "and log what comes after it");
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) tables.add(rs.getString(1));
        }
        return tables;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) columns.add(rs.getString(1));
            }
        }
        return columns;
    }

    private static String triggerSql(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
