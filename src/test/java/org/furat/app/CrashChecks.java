package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What a database left by a killed process must still be: whole (SQLite's own checks) and consistent. */
final class CrashChecks {
    private CrashChecks() {}

    /**
     * SQLite's integrity check passes, no foreign key is broken, and the derived rows match their incidents: one
     * export row per incident and place, one search entry per incident. A hot journal left by the kill is rolled
     * back by this first connection, as by any program that opens the file next. Every report an import stored
     * has its reading: the two are one transaction.
     */
    static void assertWhole(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            assertEquals(List.of("ok"), column(st, "PRAGMA integrity_check"), db + ": integrity check");
            assertEquals(List.of(), column(st, "PRAGMA foreign_key_check"), db + ": foreign keys");
            assertEquals(count(st, "incident_places"), count(st, "incident_locations"), db + ": an export row per incident and place");
            assertEquals(count(st, "incidents"), count(st, "incident_search_docsize"), db + ": a search entry per incident");
            assertEquals(List.of(), column(st, "SELECT key FROM sources WHERE key LIKE 'report-%' "
                    + "AND id NOT IN (SELECT source_id FROM source_readings)"), db + ": imported reports without their reading");
        }
    }

    private static List<String> column(Statement st, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) values.add(rs.getString(1));
        }
        return values;
    }

    private static long count(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
