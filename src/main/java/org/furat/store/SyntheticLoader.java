package org.furat.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.furat.model.Evidence;
import org.furat.model.Incident;
import org.furat.model.IncidentActor;
import org.furat.model.PlaceLink;
import org.furat.model.Source;

/**
 * Fills a new database with generated incidents for benchmarks and demos. The file is marked synthetic and
 * holds only the real gazetteer and generated data, never seed or analysts' incidents; a file that already
 * exists is refused. Rows go in through reused statements with cached ids, and the derived layer and search
 * index are written once at the end, so a million incidents load in minutes, not hours.
 */
public final class SyntheticLoader {

    /** A generated report and the incidents it supports. */
    public record Batch(Source source, List<Incident> incidents) {}

    private SyntheticLoader() {}

    public static FuratDatabase create(Path file, SeedData gazetteer, Iterator<Batch> batches) {
        return create(file, gazetteer, List.of(), batches);
    }

    /**
     * A new synthetic database with the seed gazetteer, the places of gazetteer imports ({@code imports}, decided
     * against the seed gazetteer and each other, recorded with their sources and credits as a real import is), and
     * the generated incidents, in one transaction.
     */
    public static FuratDatabase create(Path file, SeedData gazetteer, List<GazetteerSources.Changes> imports, Iterator<Batch> batches) {
        refuseExisting(file);
        FuratDatabase database = FuratDatabase.open(file);
        try {
            database.transaction(ChangeAction.bulk("synthetic load"), c -> {
                Settings.put(c, Settings.SYNTHETIC, "true");
                Seeder.insertGazetteer(c, gazetteer);
                for (GazetteerSources.Changes changes : imports) GazetteerSources.write(c, changes);
                load(c, batches);
                Seeder.updateExtents(c);
                summarise(c);
                return null;
            });
            new IncidentRepository(database).columns(); // saves the filter columns, so the first open is fast too
            return database;
        } catch (RuntimeException e) {
            database.close();
            try {
                Files.deleteIfExists(file);
            } catch (java.io.IOException ignored) {
                // the load error is the one to report
            }
            throw e;
        }
    }

    /**
     * Records the load in the change log as one row per table with the number of rows it added: logging each of
     * millions of rows would double the load's work, and a synthetic database has no history to keep.
     */
    private static void summarise(Connection c) throws SQLException {
        for (String table : ChangeLogTriggers.loggedTables(c)) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                long rows = rs.next() ? rs.getLong(1) : 0;
                if (rows > 0) ChangeLog.summary(c, table, rows);
            }
        }
    }

    /** Synthetic data goes only into a new file, so it can never mix with real data. */
    public static void refuseExisting(Path file) {
        if (Files.exists(file)) {
            throw new StoreException(file.toAbsolutePath() + " already exists; synthetic data goes only into a new file");
        }
    }

    private static void load(Connection c, Iterator<Batch> batches) throws SQLException {
        Map<String, Long> places = ids(c, "SELECT key, fid FROM places");
        Map<String, Long> actors = ids(c, "SELECT key, id FROM actors");
        try (PreparedStatement source = c.prepareStatement("INSERT INTO sources (id, key, outlet, title, url, language, published, "
                + "published_prec, published_note, text, text_sha256) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement incident = c.prepareStatement("INSERT INTO incidents (id, key, date_start, date_end, time_prec, "
                     + "event_type, sub_event_type, killed_best, killed_low, killed_high, injured_best, injured_low, injured_high, "
                     + "description_en, description_ar, status, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement actor = c.prepareStatement("INSERT INTO incident_actors (incident_id, actor_id, role, position) VALUES (?,?,?,?)");
             PreparedStatement place = c.prepareStatement("INSERT INTO incident_places (incident_id, place_id, role, loc_prec) VALUES (?,?,?,?)");
             PreparedStatement evidence = c.prepareStatement("INSERT INTO evidence (incident_id, source_id, span_start, span_end, fields) VALUES (?,?,?,?,?)")) {
            long sourceId = 0, incidentId = 0;
            while (batches.hasNext()) {
                Batch batch = batches.next();
                Source s = batch.source();
                source.setLong(1, ++sourceId);
                source.setString(2, s.key());
                source.setString(3, s.outlet());
                source.setString(4, s.title());
                source.setString(5, s.url());
                source.setString(6, s.language());
                source.setString(7, s.published().toString());
                source.setInt(8, s.publishedPrecision().code());
                source.setString(9, s.publishedNote());
                source.setString(10, s.text());
                source.setString(11, s.textSha256());
                source.executeUpdate();
                for (Incident i : batch.incidents()) {
                    incident.setLong(1, ++incidentId);
                    IncidentRepository.bindIncident(incident, 2, i);
                    incident.executeUpdate();
                    int position = 0;
                    for (IncidentActor a : i.actors()) {
                        actor.setLong(1, incidentId);
                        actor.setLong(2, known(actors, a.actorKey(), "actor"));
                        actor.setString(3, a.role().code());
                        actor.setInt(4, position++);
                        actor.addBatch();
                    }
                    for (PlaceLink link : i.places()) {
                        place.setLong(1, incidentId);
                        place.setLong(2, known(places, link.placeKey(), "place"));
                        place.setString(3, link.role().code());
                        place.setInt(4, link.precision().code());
                        place.addBatch();
                    }
                    for (Evidence e : i.evidence()) {
                        evidence.setLong(1, incidentId);
                        evidence.setLong(2, sourceId);
                        evidence.setInt(3, e.start());
                        evidence.setInt(4, e.end());
                        evidence.setString(5, Lists.join(e.fields()));
                        evidence.addBatch();
                    }
                }
                actor.executeBatch();
                place.executeBatch();
                evidence.executeBatch();
            }
            if (incidentId > 0) IncidentRepository.writeDerived(c, 1, incidentId, Map.of());
        }
    }

    private static long known(Map<String, Long> ids, String key, String what) throws SQLException {
        Long id = ids.get(key);
        if (id == null) throw new SQLException("Synthetic incident refers to an unknown " + what + " '" + key + "'");
        return id;
    }

    private static Map<String, Long> ids(Connection c, String sql) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) ids.put(rs.getString(1), rs.getLong(2));
        }
        return ids;
    }
}
