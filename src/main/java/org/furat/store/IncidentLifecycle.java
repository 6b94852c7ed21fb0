package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.furat.model.Deletion;
import org.furat.model.Status;

/**
 * Deleting an incident with a reason, restoring it, and taking back its rejection. A deletion only marks the row
 * (V015's deleted_at and deleted_reason), so the incident with its links and evidence is kept and restoring clears
 * the mark, giving the row back exactly as it was. Each is one action of the change log. The state each needs is
 * checked before the transaction, so a wrong key or state gets its own sentence rather than a failed write; the
 * update is conditional all the same, in case another program changed the row in between.
 */
public final class IncidentLifecycle {

    public static final String DELETE = "delete incident";
    public static final String RESTORE = "restore incident";
    public static final String REOPEN = "reopen incident";
    public static final String SET_STATUS = "set status";
    public static final String REOPEN_REVIEW = "reopen review";

    private final FuratDatabase database;

    public IncidentLifecycle(FuratDatabase database) {
        this.database = database;
    }

    /** Marks the incident deleted, for this reason (required). */
    public void delete(String key, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Give a reason to delete incident " + key + ": it is kept with the deletion and in the history");
        }
        State state = state(key);
        if (state.deletion() != null) throw new IllegalStateException("Incident " + key + " is already deleted (" + state.deletion().reason() + ")");
        update(ChangeAction.named(DELETE).because(reason), key,
                "UPDATE incidents SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), deleted_reason = ?2 "
                        + "WHERE key = ?1 AND deleted_at IS NULL", reason.strip());
    }

    /** Takes a deletion back: the incident shows again as it was. */
    public void restore(String key) {
        if (state(key).deletion() == null) throw new IllegalStateException("Incident " + key + " is not deleted: there is nothing to restore");
        update(ChangeAction.named(RESTORE), key,
                "UPDATE incidents SET deleted_at = NULL, deleted_reason = NULL WHERE key = ?1 AND deleted_at IS NOT NULL", null);
    }

    /** Takes a rejection back: the incident is a proposal again, to be reviewed anew. */
    public void reopen(String key) {
        State state = state(key);
        if (state.deletion() != null) throw new IllegalStateException("Incident " + key + " is deleted: restore it before reopening it");
        if (state.status() != Status.REJECTED) {
            throw new IllegalStateException("Incident " + key + " is " + state.status().code() + ", not rejected: only a rejection can be taken back");
        }
        update(ChangeAction.named(REOPEN), key,
                "UPDATE incidents SET status = 'proposed' WHERE key = ?1 AND status = 'rejected' AND deleted_at IS NULL", null);
    }

    /**
     * Reopens the saved review of a report: every incident citing it that was reviewed (verified or rejected) and is
     * not deleted is a proposal again, to be reviewed anew with the report, in one action. The row ids it changed.
     */
    public long[] reopenReview(String sourceKey) {
        return database.transaction(ChangeAction.named(REOPEN_REVIEW).because("report " + sourceKey), c -> {
            long source = Ids.source(c, sourceKey, "Report " + sourceKey);
            java.util.List<Long> ids = new java.util.ArrayList<>();
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT DISTINCT i.id FROM incidents i JOIN evidence e ON e.incident_id = i.id "
                    + "WHERE e.source_id = ? AND i.deleted_at IS NULL AND i.status <> 'proposed' ORDER BY i.id")) {
                ps.setLong(1, source);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) ids.add(rs.getLong(1));
                }
            }
            try (java.sql.PreparedStatement ps = c.prepareStatement("UPDATE incidents SET status = 'proposed' WHERE id = ?")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            }
            return ids.stream().mapToLong(Long::longValue).toArray();
        });
    }

    /**
     * Sets the status of many incidents (rows of the incident table, by row id) in one action; deleted incidents and
     * those that already have it are left as they are. How many changed.
     */
    public int setStatus(long[] ids, Status status) {
        return updateAll(ChangeAction.named(SET_STATUS).because("set to " + status.code()), ids,
                "UPDATE incidents SET status = ?2 WHERE id = ?1 AND status <> ?2 AND deleted_at IS NULL", status.code());
    }

    /** Marks many incidents deleted for one reason (required) in one action; those already deleted are left. How many changed. */
    public int deleteAll(long[] ids, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Give a reason to delete " + ids.length + " incidents: it is kept with each deletion and in the history");
        }
        return updateAll(ChangeAction.named(DELETE).because(reason), ids,
                "UPDATE incidents SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), deleted_reason = ?2 "
                        + "WHERE id = ?1 AND deleted_at IS NULL", reason.strip());
    }

    private int updateAll(ChangeAction action, long[] ids, String sql, String value) {
        return database.transaction(action, c -> {
            int changed = 0;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(2, value);
                for (long id : ids) {
                    ps.setLong(1, id);
                    changed += RowsChanged.by(c, ps);
                }
            }
            return changed;
        });
    }

    /** The deletion of an incident, or empty when it is not deleted; unknown keys are refused. */
    public Optional<Deletion> deletion(String key) {
        return Optional.ofNullable(state(key).deletion());
    }

    /** Every deleted incident's deletion, by key. */
    public Map<String, Deletion> deletions() {
        return database.read(c -> {
            Map<String, Deletion> deletions = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT key, deleted_at, deleted_reason FROM incidents "
                    + "WHERE deleted_at IS NOT NULL ORDER BY deleted_at, key");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) deletions.put(rs.getString(1), new Deletion(rs.getString(2), rs.getString(3)));
            }
            return deletions;
        });
    }

    private record State(Status status, Deletion deletion) {}

    private State state(String key) {
        State state = database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT status, deleted_at, deleted_reason FROM incidents WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return null;
                    Deletion deletion = rs.getString(2) == null ? null : new Deletion(rs.getString(2), rs.getString(3));
                    return new State(Status.parse(rs.getString(1)), deletion);
                }
            }
        });
        if (state == null) throw new IllegalArgumentException("No incident has the key '" + key + "' (keys from `furat incidents`)");
        return state;
    }

    private void update(ChangeAction action, String key, String sql, String value) {
        database.transaction(action, c -> {
            if (changed(c, sql, key, value) != 1) {
                throw new StoreException("Incident " + key + " was changed by another program meanwhile; nothing was changed, try again");
            }
            return null;
        });
    }

    private static int changed(Connection c, String sql, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            if (value != null) ps.setString(2, value);
            return RowsChanged.by(c, ps);
        }
    }
}
