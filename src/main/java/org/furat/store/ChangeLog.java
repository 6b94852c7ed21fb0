package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens and closes an action in the change log around a write transaction. Opening writes the action's id to
 * change_current, where the data tables' triggers ({@link ChangeLogTriggers}) read it for every row they log (a bulk
 * action takes the triggers away until it closes, and records a {@link #summary} per table instead); closing
 * clears it and, when the action changed anything, records who, when and why in change_actions. Both run inside the
 * caller's transaction, which holds the write lock, so the next id cannot be taken by another writer meanwhile.
 */
final class ChangeLog {

    /** The setting holding the analyst's name, recorded as who made each change; the computer's user when unset. */
    static final String ANALYST = "analyst";

    /** When an action was taken, in UTC to the millisecond, as SQLite's strftime('%Y-%m-%dT%H:%M:%fZ') writes it. */
    private static final java.time.format.DateTimeFormatter AT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    private ChangeLog() {}

    /** An action under way: its id and what to record when it closes. */
    record Open(long id, ChangeAction action, String at) {}

    /** Whether the database has the change log yet (a file being upgraded has not until its migration ran). */
    static boolean present(Connection c) throws SQLException {
        return Migrations.hasTable(c, "change_current");
    }

    static Open open(Connection c, ChangeAction action) throws SQLException {
        long id;
        String at;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM change_actions")) {
            rs.next();
            id = rs.getLong(1);
        }
        at = AT.format(java.time.Instant.now());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO change_current (id, action_id, per_row) VALUES (1, ?, ?)")) {
            ps.setLong(1, id);
            ps.setInt(2, action.perRow() ? 1 : 0);
            ps.executeUpdate();
        }
        // A bulk load writes millions of rows: even a trigger that decides to log nothing costs microseconds a row,
        // so the triggers go for its duration, inside its transaction, which puts them back if it fails.
        if (!action.perRow()) ChangeLogTriggers.drop(c);
        return new Open(id, action, at);
    }

    /** Clears the action under way and records it if it changed anything, before the commit; whether it recorded it. */
    static boolean close(Connection c, Open open) throws SQLException {
        if (!open.action().perRow()) ChangeLogTriggers.install(c);
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM change_current");
        }
        boolean changed;
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM change_log WHERE action_id = ?)")) {
            ps.setLong(1, open.id());
            try (ResultSet rs = ps.executeQuery()) {
                changed = rs.next() && rs.getBoolean(1);
            }
        }
        if (!changed) return false; // a cache saved, a check that found nothing to do: no action to show
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO change_actions (id, at, who, name, reason, per_row, undoes) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, open.id());
            ps.setString(2, open.at());
            ps.setString(3, who(c));
            ps.setString(4, open.action().name());
            ps.setString(5, open.action().reason());
            ps.setInt(6, open.action().perRow() ? 1 : 0);
            ps.setObject(7, open.action().undoes());
            ps.executeUpdate();
        }
        return true;
    }

    /**
     * The setting that holds the analyst's name: one per file; in a team database, one per database user, as everyone
     * there shares the settings.
     */
    static String analystKey(Connection c) throws SQLException {
        return Dialect.server(c) ? ANALYST + ":" + databaseUser(c) : ANALYST;
    }

    /** The analyst's name from the settings, else the database user in a team database, else the computer's user. */
    static String who(Connection c) throws SQLException {
        String analyst = Settings.get(c, analystKey(c));
        if (analyst != null && !analyst.isBlank()) return analyst.strip();
        if (Dialect.server(c)) return databaseUser(c);
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }

    private static String databaseUser(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Records what a bulk action did to a table, in place of its rows: one 'bulk' row whose after value says how
     * many rows it added. Only within an action that does not log rows one by one.
     */
    static void summary(Connection c, String table, long rowsAdded) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO change_log (action_id, table_name, operation, after) "
                + "SELECT action_id, ?, 'bulk', json_object('rows_added', ?) FROM change_current WHERE per_row = 0")) {
            ps.setString(1, table);
            ps.setLong(2, rowsAdded);
            if (ps.executeUpdate() != 1) throw new SQLException("a bulk summary belongs to a bulk action under way");
        }
    }
}
