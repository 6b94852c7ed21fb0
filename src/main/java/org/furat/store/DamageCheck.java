package org.furat.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks for damage SQLite can see. {@link #probe} is cheap enough for every open: it finds the first and last
 * row of every table, which reads each table's root page and the pages along its two edges, where new rows go.
 * {@link #quickCheck} reads every page (PRAGMA quick_check: about 5 s for a 1.6 GB database of a million
 * incidents), so it runs once per open, before the first write.
 */
final class DamageCheck {

    /** SQLite's problems are listed up to this many; one is enough to refuse, a few help whoever repairs it. */
    private static final int MAX_REPORTED = 20;

    private DamageCheck() {}

    /** Reads the edges of every table; SQLITE_CORRUPT from any of them reaches the caller. */
    static void probe(Connection connection) throws SQLException {
        record Table(String name, boolean rowid) {}
        List<Table> tables = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                String sql = rs.getString(2) == null ? "" : rs.getString(2).toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
                // Virtual tables (full-text search) are read through their shadow tables, which are listed too.
                if (!sql.startsWith("CREATE VIRTUAL")) tables.add(new Table(rs.getString(1), !sql.contains("WITHOUT ROWID")));
            }
        }
        for (Table table : tables) {
            String quoted = "\"" + table.name().replace("\"", "\"\"") + "\"";
            try (Statement st = connection.createStatement()) {
                // Row ids only: reaching a row checks each page on the way, and a large value (the columns cache) is
                // not read. NOT INDEXED, or SQLite would walk a smaller index instead of the table.
                if (table.rowid()) {
                    drain(st, "SELECT rowid FROM " + quoted + " NOT INDEXED LIMIT 1");
                    drain(st, "SELECT max(rowid) FROM " + quoted);
                } else {
                    drain(st, "SELECT 1 FROM " + quoted + " LIMIT 1");
                }
            }
        }
    }

    /** SQLite's own list of what is wrong with the file's structure; empty when it found nothing. */
    static List<String> quickCheck(Connection connection) throws SQLException {
        return pragmaList(connection, "PRAGMA quick_check(" + MAX_REPORTED + ")");
    }

    /** PRAGMA quick_check of one table and its indexes. */
    static List<String> quickCheck(Connection connection, String table) throws SQLException {
        return pragmaList(connection, "PRAGMA quick_check(\"" + table.replace("\"", "\"\"") + "\")");
    }

    /** The slower, fuller check (indexes against their tables, CHECK constraints too), for {@code furat check}. */
    static List<String> integrityCheck(Connection connection) throws SQLException {
        return pragmaList(connection, "PRAGMA integrity_check(" + MAX_REPORTED + ")");
    }

    private static List<String> pragmaList(Connection connection, String pragma) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(pragma)) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equalsIgnoreCase(line)) problems.add(line);
            }
        } catch (SQLException e) {
            // On a badly damaged file SQLite lists what it found and then fails the statement as well; the list says more.
            if (problems.isEmpty() || StoreFailures.classify(e) != StoreException.Problem.DAMAGED) throw e;
        }
        return problems;
    }

    private static void drain(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) rs.getObject(1);
        }
    }
}
