package org.furat.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.furat.model.Evidence;
import org.furat.model.Incident;
import org.furat.model.Source;

/**
 * A copy's work written to the team database it was copied from (`furat publish`): its new reports with their stored
 * readings, its new incidents, the incidents it changed as combined with the team's changes, and the deletions it
 * made or took back, all in one action of the team's change log, or, on any failure, none of it.
 */
public final class Publication {

    /** The action's name, as the history lists it. */
    public static final String ACTION = "publish";

    /** What a copy sends. {@code deleted} gives each incident to mark deleted with its reason; {@code restored}, those to restore. */
    public record Batch(List<Source> reports, Map<String, ReadingRepository.StoredReading> readings, List<Incident> added,
                        List<Incident> replaced, Map<String, String> deleted, Set<String> restored) {
        public boolean empty() {
            return reports.isEmpty() && added.isEmpty() && replaced.isEmpty() && deleted.isEmpty() && restored.isEmpty();
        }
    }

    /** The team database had a change committed after the one the batch was worked out against: work it out again. */
    public static final class ChangedMeanwhile extends RuntimeException {
        ChangedMeanwhile() {
            super("The team database changed while the publication was being prepared");
        }
    }

    private Publication() {}

    /**
     * Writes the batch in one action ({@code why} says from which copy, and how conflicts were settled), if the newest
     * action on the team database is still {@code seenAction}; returns
     * the action's id. {@link ChangedMeanwhile} (as the cause of the store's failure) when it is not.
     */
    public static long apply(FuratDatabase team, Batch batch, long seenAction, String why) {
        return team.transaction(ChangeAction.named(ACTION).because(why), c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM change_actions")) {
                rs.next();
                if (rs.getLong(1) != seenAction) throw new ChangedMeanwhile();
            }
            for (Source report : batch.reports()) {
                if (!SourceRepository.insertIfNew(c, report)) continue; // the same words are there already
                ReadingRepository.StoredReading reading = batch.readings().get(report.key());
                if (reading != null) ReadingRepository.write(c, Ids.source(c, report.key(), "Report " + report.key()), reading);
            }
            if (!batch.added().isEmpty()) {
                List<Evidence> cited = new ArrayList<>();
                for (Incident i : batch.added()) cited.addAll(i.evidence());
                IncidentRepository.insertAll(c, batch.added(), IncidentEdits.texts(c, cited));
            }
            for (Incident incident : batch.replaced()) IncidentEdits.replace(c, incident);
            for (Map.Entry<String, String> deletion : batch.deleted().entrySet()) {
                mark(c, "UPDATE incidents SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), deleted_reason = ? "
                        + "WHERE key = ? AND deleted_at IS NULL", deletion.getValue(), deletion.getKey());
            }
            for (String key : batch.restored()) {
                mark(c, "UPDATE incidents SET deleted_at = NULL, deleted_reason = NULL WHERE key = ? AND deleted_at IS NOT NULL", null, key);
            }
            Seeder.updateExtents(c);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT action_id FROM change_current")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static void mark(java.sql.Connection c, String sql, String reason, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (reason != null) ps.setString(i++, reason);
            ps.setString(i, key);
            ps.executeUpdate();
        }
    }
}
