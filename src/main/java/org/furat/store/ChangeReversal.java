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
 * deleted, a row it deleted is inserted again with the same key, a field it updated is set back. How a logged row is
 * found and written differs between a file and a team database ({@link LoggedRows}).
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

    /** One logged change: the log's row id, the table, the changed row's id and key, what was done, and the values. */
    record Change(long logId, String table, long rowId, String rowKey, String operation, String field, Object before, Object after) {}

    static Reversed reverse(Connection c, long actionId) throws SQLException {
        List<Change> changes = changes(c, actionId);
        LoggedRows rows = LoggedRows.of(c);
        // A delete is logged before the rows its cascade takes, so in reverse a link comes back before its incident:
        // the keys are checked at the commit, when every row is back.
        rows.deferForeignKeys();
        TouchedRows touched = new TouchedRows();
        for (Change change : changes) {
            switch (change.operation()) {
                case "insert" -> {
                    String after = (String) change.after();
                    String current = rows.current(change, after);
                    if (current == null || !rows.same(current, after)) throw changedSince(c, actionId, change);
                    touched.note(c, change.table(), change.rowId(), after);
                    rows.delete(change, after);
                }
                case "delete" -> {
                    String before = (String) change.before();
                    if (rows.current(change, before) != null) throw changedSince(c, actionId, change);
                    rows.reinsert(change, before);
                    touched.note(c, change.table(), change.rowId(), before);
                }
                case "update" -> {
                    if (!rows.fieldIs(change, change.after())) throw changedSince(c, actionId, change);
                    rows.setBack(change);
                    touched.note(c, change.table(), change.rowId(), rows.current(change, null));
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
}
