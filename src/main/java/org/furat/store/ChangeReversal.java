package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Takes one action of the change log back, inside the caller's transaction (itself an action, so the undo is
 * recorded like any write): its changes are replayed in reverse from their logged values. A row it inserted is
 * deleted, a row it deleted is inserted again with the same rowid, a field it updated is set back.
 *
 * <p>Each step first checks that the row is still as the action left it; if a later action changed it, nothing is
 * taken back (the caller's transaction rolls back) and the message names that action, since undoing over it would
 * silently throw its change away. What is derived from the incidents (the incident_locations layer and the search
 * index, which the log does not record) is written again for every incident the action touched.
 */
final class ChangeReversal {

    private ChangeReversal() {}

    /** What taking an action back touched: whether the gazetteer (places or actors) changed, and which incidents. */
    record Reversed(boolean gazetteerChanged, Set<Long> incidentIds) {}

    private record Change(long logId, String table, long rowId, String rowKey, String operation, String field, Object before, Object after) {}

    static Reversed reverse(Connection c, long actionId) throws SQLException {
        if (Dialect.server(c)) {
            // The reversal finds rows by SQLite's rowid and reads the logged rows with SQLite's JSON functions.
            throw new IllegalStateException("Undo and redo are not available on a team database yet: correct the change by hand "
                    + "(its history shows what it was). Nothing was undone");
        }
        List<Change> changes = changes(c, actionId);
        // A delete is logged before the rows its cascade takes, so in reverse a link comes back before its incident:
        // the keys are checked at the commit, when every row is back (SQLite clears this at the transaction's end).
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("PRAGMA defer_foreign_keys = ON");
        }
        TouchedRows touched = new TouchedRows();
        for (Change change : changes) {
            switch (change.operation()) {
                case "insert" -> {
                    requireAsLeft(c, actionId, change, currentJson(c, change.table(), change.rowId(), (String) change.after()), change.after());
                    touched.note(c, change.table(), change.rowId(), (String) change.after());
                    delete(c, change);
                }
                case "delete" -> {
                    if (rowExists(c, change.table(), change.rowId())) throw changedSince(c, actionId, change);
                    reinsert(c, change.table(), change.rowId(), (String) change.before());
                    touched.note(c, change.table(), change.rowId(), (String) change.before());
                }
                case "update" -> {
                    requireFieldAsLeft(c, actionId, change);
                    setBack(c, change);
                    touched.note(c, change.table(), change.rowId(), currentJson(c, change.table(), change.rowId(), null));
                }
                default -> throw new IllegalStateException("A " + change.operation() + " row of the change log cannot be taken back");
            }
        }
        Set<Long> incidents = touched.incidents(c);
        for (long id : incidents) IncidentRepository.writeDerived(c, id, id, java.util.Map.of());
        Seeder.updateExtents(c);
        return new Reversed(touched.gazetteerChanged(), incidents);
    }

    /** The action's logged changes, the last first. */
    private static List<Change> changes(Connection c, long actionId) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, table_name, row_id, row_key, operation, field, before, after "
                + "FROM change_log WHERE action_id = ? ORDER BY id DESC")) {
            ps.setLong(1, actionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changes.add(new Change(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getObject(7), rs.getObject(8)));
                }
            }
        }
        return changes;
    }

    /** The row as the log writes it, limited to the columns {@code logged} names (all, when null); null when absent. */
    private static String currentJson(Connection c, String table, long rowId, String logged) throws SQLException {
        List<ChangeLogTriggers.Column> columns = ChangeLogTriggers.columns(c, table);
        if (logged != null) {
            Set<String> names = loggedNames(c, logged);
            columns = columns.stream().filter(col -> names.contains(col.name())).toList();
        }
        String q = ChangeLogTriggers.quote(table);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ChangeLogTriggers.json(columns, q) + " FROM " + q + " WHERE rowid = ?")) {
            ps.setLong(1, rowId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static Set<String> loggedNames(Connection c, String json) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key FROM json_each(?)")) {
            ps.setString(1, json);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static void requireAsLeft(Connection c, long actionId, Change change, String current, Object logged) throws SQLException {
        if (current == null || !sameJson(c, current, (String) logged)) throw changedSince(c, actionId, change);
    }

    /** Whether two JSON objects hold the same members (the log's and the row's, perhaps in another column order). */
    private static boolean sameJson(Connection c, String a, String b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT NOT EXISTS (SELECT key, value, type FROM json_each(?1) EXCEPT "
                + "SELECT key, value, type FROM json_each(?2)) AND NOT EXISTS (SELECT key, value, type FROM json_each(?2) EXCEPT "
                + "SELECT key, value, type FROM json_each(?1))")) {
            ps.setString(1, a);
            ps.setString(2, b);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    private static void requireFieldAsLeft(Connection c, long actionId, Change change) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ChangeLogTriggers.quote(change.field()) + " IS ? FROM "
                + ChangeLogTriggers.quote(change.table()) + " WHERE rowid = ?")) {
            ps.setObject(1, change.after());
            ps.setLong(2, change.rowId());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getInt(1) != 1) throw changedSince(c, actionId, change);
            }
        }
    }

    /**
     * Why a row cannot be taken back: the latest later action that changed it, or, when none did, another program
     * (which writes without an action).
     */
    private static IllegalStateException changedSince(Connection c, long actionId, Change change) throws SQLException {
        String what = describe(change);
        try (PreparedStatement ps = c.prepareStatement("SELECT a.name, a.who, a.at FROM change_log l JOIN change_actions a ON a.id = l.action_id "
                + "WHERE l.table_name = ? AND l.row_id = ? AND l.id > ? ORDER BY l.id DESC LIMIT 1")) {
            ps.setString(1, change.table());
            ps.setLong(2, change.rowId());
            ps.setLong(3, change.logId());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return new IllegalStateException(what + " was changed since by " + rs.getString(2) + " (\"" + rs.getString(1) + "\", "
                            + rs.getString(3) + "): take that back first, or change it by hand. Nothing was undone");
                }
            }
        }
        return new IllegalStateException(what + " was changed since by another program: nothing was undone");
    }

    private static String describe(Change change) {
        String key = change.rowKey() == null ? "#" + change.rowId() : change.rowKey();
        String noun = switch (change.table()) {
            case "incidents" -> "incident";
            case "places" -> "place";
            case "actors" -> "actor";
            case "sources" -> "report";
            default -> change.table().replace('_', ' ') + " row";
        };
        return noun + " " + key;
    }

    private static boolean rowExists(Connection c, String table, long rowId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + ChangeLogTriggers.quote(table) + " WHERE rowid = ?")) {
            ps.setLong(1, rowId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void delete(Connection c, Change change) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + ChangeLogTriggers.quote(change.table()) + " WHERE rowid = ?")) {
            ps.setLong(1, change.rowId());
            ps.executeUpdate();
        }
    }

    private static void setBack(Connection c, Change change) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + ChangeLogTriggers.quote(change.table()) + " SET "
                + ChangeLogTriggers.quote(change.field()) + " = ? WHERE rowid = ?")) {
            ps.setObject(1, change.before());
            ps.setLong(2, change.rowId());
            ps.executeUpdate();
        }
    }

    /** Inserts a logged row again, with its rowid, from the columns its JSON holds (BLOBs were logged as hexadecimal). */
    private static void reinsert(Connection c, String table, long rowId, String json) throws SQLException {
        Set<String> logged = loggedNames(c, json);
        List<String> names = new ArrayList<>(), values = new ArrayList<>();
        for (ChangeLogTriggers.Column column : ChangeLogTriggers.columns(c, table)) {
            if (!logged.contains(column.name())) continue;
            String value = "json_extract(?1, '$.\"" + column.name().replace("'", "''") + "\"')";
            names.add(ChangeLogTriggers.quote(column.name()));
            values.add(column.blob() ? "unhex(" + value + ")" : value);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + ChangeLogTriggers.quote(table) + " (rowid, " + String.join(", ", names)
                + ") VALUES (?2, " + String.join(", ", values) + ")")) {
            ps.setString(1, json);
            ps.setLong(2, rowId);
            ps.executeUpdate();
        }
    }
}
