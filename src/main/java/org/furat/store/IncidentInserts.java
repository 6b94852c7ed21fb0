package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.furat.model.Evidence;
import org.furat.model.Incident;
import org.furat.model.IncidentActor;
import org.furat.model.PlaceLink;

/**
 * Adds incidents with their actors, places and evidence within the caller's transaction, each statement
 * prepared once and each key looked up once for all the incidents of one write: an import of a long report
 * adds thousands, and preparing four statements and a dozen look-ups for each cost more than the inserts.
 * Not thread-safe; close it before the transaction ends.
 */
final class IncidentInserts implements AutoCloseable {

    private final Connection c;
    private final Map<String, String> sourceTexts;
    private final Ids.Known ids = new Ids.Known();
    private PreparedStatement incidents, actors, places, evidence;

    /** {@code sourceTexts}: the texts (by source key) of every source the evidence cites, to check the spans. */
    IncidentInserts(Connection c, Map<String, String> sourceTexts) {
        this.c = c;
        this.sourceTexts = sourceTexts;
    }

    /** Adds an incident; every key it names must already be in the database. Returns its row id. */
    long insert(Incident incident) throws SQLException {
        String who = "Incident " + incident.key();
        if (incidents == null) {
            incidents = c.prepareStatement("INSERT INTO incidents (key, date_start, date_end, time_prec, "
                    + "event_type, sub_event_type, killed_best, killed_low, killed_high, injured_best, injured_low, injured_high, "
                    + "description_en, description_ar, status, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS);
            actors = c.prepareStatement("INSERT INTO incident_actors (incident_id, actor_id, role, position) VALUES (?,?,?,?)");
            places = c.prepareStatement("INSERT INTO incident_places (incident_id, place_id, role, loc_prec) VALUES (?,?,?,?)");
        }
        IncidentRepository.bindIncident(incidents, 1, incident);
        incidents.executeUpdate();
        long id = GazetteerRepository.generatedId(incidents);
        int position = 0;
        for (IncidentActor actor : incident.actors()) {
            actors.setLong(1, id);
            actors.setLong(2, ids.actor(c, actor.actorKey(), who));
            actors.setString(3, actor.role().code());
            actors.setInt(4, position++);
            actors.executeUpdate();
        }
        for (PlaceLink link : incident.places()) {
            places.setLong(1, id);
            places.setLong(2, ids.place(c, link.placeKey(), who));
            places.setString(3, link.role().code());
            places.setInt(4, link.precision().code());
            places.executeUpdate();
        }
        insertEvidence(id, incident.evidence(), who);
        return id;
    }

    /** Adds evidence rows to an incident, checking each span against its source's text. */
    void insertEvidence(long incidentId, List<Evidence> rows, String who) throws SQLException {
        if (evidence == null) {
            evidence = c.prepareStatement("INSERT INTO evidence (incident_id, source_id, span_start, span_end, fields) VALUES (?,?,?,?,?)");
        }
        for (Evidence e : rows) {
            String text = sourceTexts.get(e.sourceKey());
            if (text == null) throw new SQLException(who + " cites an unknown source '" + e.sourceKey() + "'");
            if (e.end() > text.length()) e.quote(text); // throws, saying the span runs past the text
            evidence.setLong(1, incidentId);
            evidence.setLong(2, ids.source(c, e.sourceKey(), who));
            evidence.setInt(3, e.start());
            evidence.setInt(4, e.end());
            evidence.setString(5, Lists.join(e.fields()));
            evidence.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : new PreparedStatement[]{incidents, actors, places, evidence}) {
            if (ps != null) ps.close();
        }
    }
}
