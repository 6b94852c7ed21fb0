package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.furat.model.Evidence;
import org.furat.model.Incident;
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
     * @param mustBeProposed  keys that must still be proposals, so two reviews of one report cannot both apply
     */
    public record Changes(List<Place> newPlaces, List<Incident> writes, List<String> deletes, Collection<String> mustBeProposed) {
        public Changes {
            newPlaces = List.copyOf(newPlaces);
            writes = List.copyOf(writes);
            deletes = List.copyOf(deletes);
            mustBeProposed = List.copyOf(mustBeProposed);
        }
    }

    private final FuratDatabase database;

    public ReviewRepository(FuratDatabase database) {
        this.database = database;
    }

    /** The incidents that cite a source, proposals and reviewed alike; see {@link IncidentRepository#byIds}. */
    public long[] incidentIdsCiting(String sourceKey) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT e.incident_id FROM evidence e "
                    + "JOIN sources s ON s.id = e.source_id WHERE s.key = ? ORDER BY e.incident_id")) {
                ps.setString(1, sourceKey);
                try (ResultSet rs = ps.executeQuery()) {
                    java.util.stream.LongStream.Builder ids = java.util.stream.LongStream.builder();
                    while (rs.next()) ids.add(rs.getLong(1));
                    return ids.build().toArray();
                }
            }
        });
    }

    /** A report with proposals still to review. */
    public record Pending(String sourceKey, String title, int proposals) {}

    /** The {@code limit} most recently added reports that have proposals still to review, newest first. */
    public List<Pending> pending(int limit) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT s.key, coalesce(s.title, s.key), count(DISTINCT i.id) FROM sources s "
                    + "JOIN evidence e ON e.source_id = s.id JOIN incidents i ON i.id = e.incident_id WHERE i.status = 'proposed' "
                    + "GROUP BY s.id ORDER BY s.added_at DESC, s.id DESC LIMIT " + limit);
                 ResultSet rs = ps.executeQuery()) {
                List<Pending> pending = new java.util.ArrayList<>();
                while (rs.next()) pending.add(new Pending(rs.getString(1), rs.getString(2), rs.getInt(3)));
                return pending;
            }
        });
    }

    public void apply(Changes changes) {
        database.transaction(c -> {
            for (String key : changes.mustBeProposed()) requireProposed(c, key);
            for (Place place : changes.newPlaces()) GazetteerRepository.insertPlace(c, place);
            for (String key : changes.deletes()) delete(c, key);
            Map<String, String> texts = new HashMap<>();
            for (Incident incident : changes.writes()) {
                for (Evidence e : incident.evidence()) {
                    if (!texts.containsKey(e.sourceKey())) texts.put(e.sourceKey(), sourceText(c, e.sourceKey()));
                }
                delete(c, incident.key());
                IncidentRepository.insert(c, incident, texts);
            }
            Seeder.updateExtents(c);
            return null;
        });
    }

    private static void requireProposed(Connection c, String key) throws SQLException {
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
    private static void delete(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM incident_search WHERE rowid = (SELECT id FROM incidents WHERE key = ?)")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM incidents WHERE key = ?")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }

    private static String sourceText(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT text FROM sources WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new StoreException("Evidence cites an unknown source '" + key + "'");
                return rs.getString(1);
            }
        }
    }
}
