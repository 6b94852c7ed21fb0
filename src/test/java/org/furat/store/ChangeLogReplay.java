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

/** The actions of the change log, and a snapshot of every logged table, exact to the type of each value, to compare the rows with. */
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
