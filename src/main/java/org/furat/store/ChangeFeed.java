package org.furat.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import org.furat.model.ActionSummary;

/**
 * The actions committed to a database after a given one, read from the change log: what another window, a command
 * or a colleague on the same file did meanwhile, and which incidents it touched, so that an open window can take
 * the change in incident by incident, as it does its own. Action ids grow in commit order (each is taken under the
 * write lock), so "after the last one seen" misses nothing.
 */
public final class ChangeFeed {

    private final FuratDatabase database;

    public ChangeFeed(FuratDatabase database) {
        this.database = database;
    }

    /**
     * What the actions after {@code afterActionId} did.
     *
     * @param actions         the actions, oldest first, those {@code skip} accepts left out
     * @param lastActionId    the newest action committed, skipped or not: where the next look starts
     * @param incidentIds     the incidents they touched, by row id (rows since deleted included)
     * @param gazetteerChanged whether places or actors changed, which every incident's names depend on
     * @param bulk            whether one of them loaded rows without logging each (a generated data set): then
     *                        nothing short of reading every incident again takes it in
     */
    public record Changes(List<ActionSummary> actions, long lastActionId, Set<Long> incidentIds, boolean gazetteerChanged,
                          boolean bulk) {
        public boolean none() { return actions.isEmpty(); }
    }

    /** The newest action committed so far; 0 for none. */
    public long lastActionId() {
        return database.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM change_actions")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** The actions committed after {@code afterActionId} that {@code skip} does not accept (this connection's own). */
    public Changes since(long afterActionId, LongPredicate skip) {
        return database.read(c -> {
            List<ActionSummary> actions = new ArrayList<>();
            long last = afterActionId;
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.at, a.who, a.name, coalesce(a.reason, a.name), "
                    + "(SELECT count(*) FROM change_log l WHERE l.action_id = a.id) FROM change_actions a WHERE a.id > ? ORDER BY a.id")) {
                ps.setLong(1, afterActionId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getLong(1);
                        if (!skip.test(last)) {
                            actions.add(new ActionSummary(last, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6)));
                        }
                    }
                }
            }
            TouchedRows touched = new TouchedRows();
            boolean bulk = false;
            try (PreparedStatement ps = c.prepareStatement("SELECT table_name, row_id, operation, coalesce(after, before) FROM change_log WHERE action_id = ?")) {
                for (ActionSummary action : actions) {
                    ps.setLong(1, action.actionId());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String operation = rs.getString(3);
                            if (operation.equals("bulk")) {
                                bulk = true;
                                continue;
                            }
                            // An update logs one field, not the row: the row as it is now names its incident.
                            touched.note(c, rs.getString(1), rs.getLong(2), operation.equals("update") ? null : rs.getString(4));
                        }
                    }
                }
            }
            return new Changes(actions, last, touched.incidents(c), touched.gazetteerChanged(), bulk);
        });
    }
}
