package org.furat.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes actions back by replaying the change log's before-values in reverse, as undo will: an insert is deleted,
 * a delete inserted again from the row it logged (same rowid), an update's field set back. And a snapshot of
 * every logged table, exact to the type of each value, to compare the rows with.
 */
public final class ChangeLogReplay {

    private ChangeLogReplay() {}

    /** The ids of the actions recorded so far, oldest first. */
    public static List<Long> actions(Path file) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = TestDatabases.raw(file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM change_actions ORDER BY id")) {
            while (rs.next()) ids.add(rs.getLong(1));
        }
        return ids;
    }

    /** Every row of every logged table, each value quoted as SQLite quotes it (so 1, 1.0 and '1' differ), by rowid. */
    public static Map<String, List<String>> snapshot(Path file) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection c = TestDatabases.raw(file)) {
            for (String table : ChangeLogTriggers.loggedTables(c)) {
                StringBuilder select = new StringBuilder("SELECT quote(rowid)");
                for (String column : columns(c, table)) select.append(" || ',' || quote(\"").append(column).append("\")");
                List<String> rows = new ArrayList<>();
                // The counter of incident changes moves with every write and is not logged.
                String where = table.equals("furat_settings") ? " WHERE key <> 'data_version'" : "";
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(select + " FROM \"" + table + "\"" + where + " ORDER BY rowid")) {
                    while (rs.next()) rows.add(rs.getString(1));
                }
                tables.put(table, rows);
            }
        }
        return tables;
    }

    /** Takes one action back, on a plain connection in one transaction. */
    public static void undo(Path file, long actionId) throws SQLException {
        try (Connection c = TestDatabases.raw(file); Statement st = c.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            List<Object[]> changes = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT table_name, row_id, operation, field, before FROM change_log "
                    + "WHERE action_id = ? ORDER BY id DESC")) {
                ps.setLong(1, actionId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) changes.add(new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getObject(5)});
                }
            }
            if (changes.isEmpty()) throw new AssertionError("action " + actionId + " logged nothing");
            for (Object[] change : changes) {
                String table = (String) change[0];
                long rowId = (Long) change[1];
                switch ((String) change[2]) {
                    case "insert" -> {
                        try (PreparedStatement ps = c.prepareStatement("DELETE FROM \"" + table + "\" WHERE rowid = ?")) {
                            ps.setLong(1, rowId);
                            if (ps.executeUpdate() < 1) throw new AssertionError("no row " + rowId + " of " + table + " to take back");
                        }
                    }
                    case "delete" -> reinsert(c, table, rowId, (String) change[4]);
                    case "update" -> {
                        try (PreparedStatement ps = c.prepareStatement("UPDATE \"" + table + "\" SET \"" + change[3] + "\" = ? WHERE rowid = ?")) {
                            ps.setObject(1, change[4]);
                            ps.setLong(2, rowId);
                            ps.executeUpdate();
                        }
                    }
                    default -> throw new AssertionError("cannot take back a " + change[2]);
                }
            }
            st.execute("COMMIT");
        }
    }

    private static void reinsert(Connection c, String table, long rowId, String json) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, upper(type) FROM pragma_table_info(?) ORDER BY cid")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    boolean blob = List.of("BLOB", "POINT", "MULTIPOLYGON", "GEOMETRY", "POLYGON").contains(rs.getString(2));
                    String value = "json_extract(?1, '$.\"" + name + "\"')";
                    names.add("\"" + name + "\"");
                    values.add(blob ? "unhex(" + value + ")" : value);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"" + table + "\" (rowid, " + String.join(", ", names) + ") VALUES (?2, "
                + String.join(", ", values) + ")")) {
            ps.setString(1, json);
            ps.setLong(2, rowId);
            ps.executeUpdate();
        }
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM pragma_table_info(?) ORDER BY cid")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) columns.add(rs.getString(1));
            }
        }
        return columns;
    }
}
