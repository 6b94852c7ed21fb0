package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.furat.model.ActionSummary;
import org.furat.model.ChangeEntry;
import org.furat.model.ChangeQuery;
import org.furat.model.ChangeQuery.Subject;
import org.furat.model.ChangeRecord;
import org.furat.model.DeletedIncident;

/** Reads the change log: the history of the database, of one incident, place or source, and the deletions. */
public final class ChangeHistory {

    // The key of a link row starts with its owner's key, then the keys it joins, each ended by '|' (see
    // ChangeLogTriggers.ROW_KEYS): a row is the subject's when its key is the subject's or holds it as one part.
    private static final String PART = "instr('|' || l.row_key || '|', '|' || ?1 || '|') > 0";
    // Keys that start with the subject's key and '|' lie between it + '|' and it + '}' ('}' follows '|'), a range the
    // index on row_key can read.
    private static final String OWNED = "(l.row_key > ?1 || '|' AND l.row_key < ?1 || '}')";

    private final FuratDatabase database;

    public ChangeHistory(FuratDatabase database) {
        this.database = database;
    }

    static String condition(Subject subject) {
        return switch (subject) {
            case ALL -> "CAST(?1 AS TEXT) IS NOT NULL"; // always true: every query binds its key, if only as ''
            case INCIDENT -> "((l.table_name = 'incidents' AND l.row_key = ?1) OR (l.table_name IN ('evidence', 'incident_places', "
                    + "'incident_actors') AND " + OWNED + "))";
            case PLACE -> "((l.table_name = 'places' AND l.row_key = ?1) OR (l.table_name IN ('place_sources', 'place_variant_sources') AND "
                    + OWNED + ") OR (l.table_name IN ('incident_places', 'place_group_members') AND " + PART + "))";
            case SOURCE -> "((l.table_name IN ('sources', 'source_readings') AND l.row_key = ?1) OR (l.table_name = 'evidence' AND " + PART + "))";
            case ACTION -> "l.action_id = CAST(?1 AS INTEGER)";
        };
    }

    /**
     * The actions that match, newest first, each with its matching changes in the order they were made. The rows of
     * one action are contiguous in the log (a transaction holds the write lock), so they are gathered in one pass.
     */
    public List<ChangeRecord> actions(ChangeQuery query) {
        String sql = "SELECT coalesce(l.action_id, 0), a.at, a.who, a.name, coalesce(a.reason, a.name), l.table_name, l.row_key, "
                + "l.operation, l.field, CASE WHEN typeof(l.before) = 'blob' THEN 'x''' || hex(l.before) || '''' ELSE l.before END, "
                + "CASE WHEN typeof(l.after) = 'blob' THEN 'x''' || hex(l.after) || '''' ELSE l.after END "
                + "FROM change_log l LEFT JOIN change_actions a ON a.id = l.action_id WHERE " + condition(query.subject())
                + (query.since() == null ? "" : " AND a.at >= ?2") + (query.who() == null ? "" : " AND lower(a.who) = lower(?3)")
                + (query.actionName() == null ? "" : " AND a.name = ?4") + (query.beforeAction() > 0 ? " AND l.action_id < ?5" : "")
                + " ORDER BY l.id DESC";
        return database.read(c -> {
            List<ChangeRecord> records = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, query.key() == null ? "" : query.key());
                if (query.since() != null) ps.setString(2, query.since().toString());
                if (query.who() != null) ps.setString(3, query.who());
                if (query.actionName() != null) ps.setString(4, query.actionName());
                if (query.beforeAction() > 0) ps.setLong(5, query.beforeAction());
                try (ResultSet rs = ps.executeQuery()) {
                    long current = -1;
                    List<ChangeEntry> entries = new ArrayList<>();
                    String[] action = null;
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        if (id != current || action == null) {
                            if (action != null) records.add(record(current, action, entries));
                            if (records.size() == query.limit()) return records;
                            current = id;
                            action = new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)};
                            entries = new ArrayList<>();
                        }
                        entries.add(new ChangeEntry(rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                                rs.getString(11)));
                    }
                    if (action != null) records.add(record(current, action, entries));
                }
            }
            return records;
        });
    }

    /** Who made the latest logged change to the row of {@code table} with {@code key}; "Someone" when none is logged. */
    public String lastChangedBy(String table, String key) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.who FROM change_log l JOIN change_actions a ON a.id = l.action_id "
                    + "WHERE l.table_name = ? AND l.row_key = ? ORDER BY l.id DESC LIMIT 1")) {
                ps.setString(1, table);
                ps.setString(2, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getString(1) != null ? rs.getString(1) : "Someone";
                }
            }
        });
    }

    /**
     * The actions of the whole database that match (subject and key aside), newest first, each with how many changes
     * it made but not the changes themselves: a page of a long history reads only the action table, and an action's
     * changes are read when it is opened ({@link ChangeQuery#action}).
     */
    public List<ActionSummary> summaries(ChangeQuery query) {
        String sql = "SELECT a.id, a.at, a.who, a.name, coalesce(a.reason, a.name), "
                + "(SELECT count(*) FROM change_log l WHERE l.action_id = a.id) FROM change_actions a "
                + "WHERE (CAST(?1 AS TEXT) IS NULL OR a.at >= ?1) AND (CAST(?2 AS TEXT) IS NULL OR lower(a.who) = lower(?2)) "
                + "AND (CAST(?3 AS TEXT) IS NULL OR a.name = ?3) AND (CAST(?4 AS INTEGER) = 0 OR a.id < ?4) ORDER BY a.id DESC LIMIT ?5";
        return database.read(c -> {
            List<ActionSummary> summaries = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, query.since() == null ? null : query.since().toString());
                ps.setString(2, query.who());
                ps.setString(3, query.actionName());
                ps.setLong(4, query.beforeAction());
                ps.setInt(5, query.limit());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        summaries.add(new ActionSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getLong(6)));
                    }
                }
            }
            return summaries;
        });
    }

    /** The distinct values of a column of the action table (who made them, their names), sorted: what a filter offers. */
    public List<String> distinct(String column) {
        if (!column.equals("who") && !column.equals("name")) throw new IllegalArgumentException("no filter on " + column);
        return database.read(c -> {
            List<String> values = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT " + column + " FROM change_actions ORDER BY lower(" + column + ")");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) values.add(rs.getString(1));
            }
            return values;
        });
    }

    private static ChangeRecord record(long id, String[] action, List<ChangeEntry> newestFirst) {
        List<ChangeEntry> inOrder = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(inOrder);
        if (id == 0) return new ChangeRecord(0, null, "another program", "outside Furat", "outside Furat", inOrder);
        return new ChangeRecord(id, action[0], action[1], action[2], action[3], inOrder);
    }

    /**
     * The incidents deleted on or after {@code since} (UTC), with when: those removed whose key is not in the database
     * now (a review that writes an incident again deletes and adds it, which is no deletion), with when each was last
     * removed; and those the analyst marked deleted then, still marked (a restore takes an incident off the list
     * again), with when the mark was made.
     */
    public List<DeletedIncident> deletedIncidents(LocalDate since) {
        return database.read(c -> deletedIncidents(c, since));
    }

    static List<DeletedIncident> deletedIncidents(Connection c, LocalDate since) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT key, at FROM ("
                + "SELECT l.row_key AS key, max(a.at) AS at FROM change_log l JOIN change_actions a ON a.id = l.action_id "
                + "WHERE l.table_name = 'incidents' AND l.operation = 'delete' AND a.at >= ?1 "
                + "AND NOT EXISTS (SELECT 1 FROM incidents i WHERE i.key = l.row_key) GROUP BY l.row_key "
                + "UNION ALL SELECT key, deleted_at FROM incidents WHERE deleted_at >= ?1) AS deleted ORDER BY at, key")) {
            ps.setString(1, since.toString());
            List<DeletedIncident> deleted = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) deleted.add(new DeletedIncident(rs.getString(1), rs.getString(2)));
            }
            return deleted;
        }
    }
}
