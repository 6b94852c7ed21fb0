package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.furat.fault.KillPoints;
import org.furat.model.Evidence;
import org.furat.model.Incident;
import org.furat.model.PendingReport;
import org.furat.model.Place;

/**
 * Writes the outcome of reviewing a report: places the analyst added, incidents written again as reviewed
 * (accepted, rejected, merged, or given another source), and proposals absorbed by others. All of it lands in
 * one transaction, or on any error nothing does.
 */
public final class ReviewRepository {

    /**
     * What a review changes.
     *
     * @param newPlaces       gazetteer entries to add before anything refers to them
     * @param writes          incidents to store, each replacing the incident with its key if there is one
     * @param deletes         keys of incidents to remove (proposals merged into another or given as a source)
     * @param newEvidence     evidence to add to reviewed incidents, by incident key (a proposal filed as another source)
     * @param mustBeProposed  keys that must still be proposals, so two reviews of one report cannot both apply
     * @param mustBeNew       keys that must not be taken yet (proposals made when the report was opened, never stored)
     */
    public record Changes(List<Place> newPlaces, List<Incident> writes, List<String> deletes, Map<String, List<Evidence>> newEvidence,
                          Collection<String> mustBeProposed, Collection<String> mustBeNew) {
        public Changes {
            newPlaces = List.copyOf(newPlaces);
            writes = List.copyOf(writes);
            deletes = List.copyOf(deletes);
            newEvidence = Map.copyOf(newEvidence);
            mustBeProposed = List.copyOf(mustBeProposed);
            mustBeNew = List.copyOf(mustBeNew);
        }
    }

    private final FuratDatabase database;

    public ReviewRepository(FuratDatabase database) {
        this.database = database;
    }

    /** The keys of the deleted incidents that cite the report: kept, but no longer anything to review. */
    public Set<String> deletedKeysCiting(String sourceKey) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT i.key FROM evidence e JOIN sources s ON s.id = e.source_id "
                    + "JOIN incidents i ON i.id = e.incident_id WHERE s.key = ? AND i.deleted_at IS NOT NULL")) {
                ps.setString(1, sourceKey);
                try (ResultSet rs = ps.executeQuery()) {
                    Set<String> keys = new HashSet<>();
                    while (rs.next()) keys.add(rs.getString(1));
                    return keys;
                }
            }
        });
    }

    /** The incidents that cite a source, proposals and reviewed alike; see {@link IncidentRepository#byIds}. */
    public long[] incidentIdsCiting(String sourceKey) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT e.incident_id FROM evidence e "
                    + "JOIN sources s ON s.id = e.source_id WHERE s.key = ? ORDER BY e.incident_id")) {
                ps.setString(1, sourceKey);
                try (ResultSet rs = ps.executeQuery()) {
                    LongStream.Builder ids = LongStream.builder();
                    while (rs.next()) ids.add(rs.getLong(1));
                    return ids.build().toArray();
                }
            }
        });
    }

    /**
     * The {@code limit} most recently added reports that have proposals still to review, newest first; a deleted
     * proposal waits for no review.
     */
    public List<PendingReport> pending(int limit) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT s.key, coalesce(s.title, s.key), count(DISTINCT i.id) FROM sources s "
                    + "JOIN evidence e ON e.source_id = s.id JOIN incidents i ON i.id = e.incident_id WHERE i.status = 'proposed' AND i.deleted_at IS NULL "
                    + "GROUP BY s.id ORDER BY s.added_at DESC, s.id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    List<PendingReport> pending = new ArrayList<>();
                    while (rs.next()) pending.add(new PendingReport(rs.getString(1), rs.getString(2), rs.getInt(3)));
                    return pending;
                }
            }
        });
    }

    public void apply(Changes changes) {
        apply(changes, null, null);
    }

    /**
     * Applies a review of the report {@code sourceKey} made in the window {@code holder}: refused, changing nothing,
     * when another window has claimed the report's review since ({@link ReviewClaims}).
     */
    public void apply(Changes changes, String sourceKey, String holder) {
        database.transaction(ChangeAction.named("save review"), c -> {
            if (sourceKey != null) ReviewClaims.requireNotHeldByOther(c, sourceKey, holder);
            for (String key : changes.mustBeProposed()) requireProposed(c, key);
            for (String key : changes.mustBeNew()) requireAbsent(c, key);
            for (Place place : changes.newPlaces()) GazetteerRepository.insertPlace(c, place);
            for (String key : changes.deletes()) delete(c, key);
            Map<String, String> texts = new HashMap<>();
            for (Incident incident : changes.writes()) {
                readTexts(c, incident.evidence(), texts);
                delete(c, incident.key());
            }
            IncidentRepository.insertAll(c, changes.writes(), texts);
            KillPoints.reach("review.after-writes");
            for (var added : changes.newEvidence().entrySet()) {
                String who = "Incident " + added.getKey();
                long id = Ids.incident(c, added.getKey(), who);
                readTexts(c, added.getValue(), texts);
                IncidentRepository.insertEvidence(c, id, added.getValue(), texts, who);
                IncidentRepository.writeDerived(c, id, id, texts);
            }
            Seeder.updateExtents(c);
            KillPoints.reach("review.before-commit");
            return null;
        });
        KillPoints.reach("review.after-commit");
    }

    private static void readTexts(Connection c, List<Evidence> evidence, Map<String, String> texts) throws SQLException {
        for (Evidence e : evidence) if (!texts.containsKey(e.sourceKey())) texts.put(e.sourceKey(), sourceText(c, e.sourceKey()));
    }

    static void requireAbsent(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status FROM incidents WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new StoreException("Proposal " + key + " has already been reviewed in another review of this report (it is "
                            + rs.getString(1) + "); open the report again");
                }
            }
        }
    }

    static void requireProposed(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status FROM incidents WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new StoreException("Proposal " + key + " is no longer in the database");
                if (!"proposed".equals(rs.getString(1))) {
                    throw new StoreException("Proposal " + key + " has already been reviewed (it is " + rs.getString(1) + ")");
                }
            }
        }
    }

    /** Removes an incident and everything derived from it; its links and evidence go with it by cascade. */
    static void delete(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM incident_search WHERE rowid = (SELECT id FROM incidents WHERE key = ?)")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM incidents WHERE key = ?")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }

    static String sourceText(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT text FROM sources WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new StoreException("Evidence cites an unknown source '" + key + "'");
                return rs.getString(1);
            }
        }
    }
}
