package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.furat.model.ActorRole;
import org.furat.model.Casualties;
import org.furat.model.DateSpan;
import org.furat.model.Evidence;
import org.furat.model.GeoPrecision;
import org.furat.model.Incident;
import org.furat.model.IncidentActor;
import org.furat.model.IncidentFilter;
import org.furat.model.PlaceLink;
import org.furat.model.PlaceRole;
import org.furat.model.Status;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;

/** Incidents with their actors, places and evidence. */
public final class IncidentRepository {

    private final FuratDatabase database;

    public IncidentRepository(FuratDatabase database) {
        this.database = database;
    }

    /** The incidents that match the filter, earliest first. */
    public List<Incident> find(IncidentFilter filter) {
        return database.read(c -> {
            Map<Long, List<IncidentActor>> actors = new HashMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT ia.incident_id, a.key, ia.role FROM incident_actors ia "
                         + "JOIN actors a ON a.id = ia.actor_id ORDER BY ia.incident_id, ia.position")) {
                while (rs.next()) actors.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new IncidentActor(rs.getString(2), ActorRole.parse(rs.getString(3))));
            }
            Map<Long, List<PlaceLink>> places = new HashMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT ip.incident_id, p.key, ip.role, ip.loc_prec FROM incident_places ip "
                         + "JOIN places p ON p.fid = ip.place_id ORDER BY ip.fid")) {
                while (rs.next()) places.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new PlaceLink(rs.getString(2), PlaceRole.parse(rs.getString(3)), GeoPrecision.ofCode(rs.getInt(4))));
            }
            Map<Long, List<Evidence>> evidence = new HashMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT e.incident_id, s.key, e.span_start, e.span_end, e.fields FROM evidence e "
                         + "JOIN sources s ON s.id = e.source_id ORDER BY e.id")) {
                while (rs.next()) evidence.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Evidence(rs.getString(2), rs.getInt(3), rs.getInt(4), Lists.split(rs.getString(5))));
            }
            List<Incident> incidents = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, key, date_start, date_end, time_prec, sub_event_type, "
                    + "killed_best, killed_low, killed_high, injured_best, injured_low, injured_high, description_en, "
                    + "description_ar, status, note FROM incidents "
                    + "WHERE (? IS NULL OR date_end >= ?) AND (? IS NULL OR date_start <= ?) ORDER BY date_start, key")) {
                String from = filter.from() == null ? null : filter.from().toString();
                String to = filter.to() == null ? null : filter.to().toString();
                ps.setString(1, from);
                ps.setString(2, from);
                ps.setString(3, to);
                ps.setString(4, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong("id");
                        Incident incident = new Incident(rs.getString("key"),
                                new DateSpan(LocalDate.parse(rs.getString("date_start")), LocalDate.parse(rs.getString("date_end"))),
                                TimePrecision.ofCode(rs.getInt("time_prec")), SubEventType.parse(rs.getString("sub_event_type")),
                                actors.getOrDefault(id, List.of()),
                                casualties(rs, "killed"), casualties(rs, "injured"),
                                rs.getString("description_en"), rs.getString("description_ar"), Status.parse(rs.getString("status")),
                                places.getOrDefault(id, List.of()), evidence.getOrDefault(id, List.of()), rs.getString("note"));
                        if (filter.matches(incident)) incidents.add(incident);
                    }
                }
            }
            return incidents;
        });
    }

    public int count() {
        return database.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM incidents")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    private static Casualties casualties(ResultSet rs, String prefix) throws SQLException {
        return new Casualties(integer(rs, prefix + "_best"), integer(rs, prefix + "_low"), integer(rs, prefix + "_high"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** Adds an incident within the caller's transaction; every key it names must already be in the database. */
    static void insert(Connection c, Incident incident, Map<String, String> sourceTexts) throws SQLException {
        String who = "Incident " + incident.key();
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO incidents (key, date_start, date_end, time_prec, "
                + "event_type, sub_event_type, killed_best, killed_low, killed_high, injured_best, injured_low, injured_high, "
                + "description_en, description_ar, status, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, incident.key());
            ps.setString(2, incident.dates().start().toString());
            ps.setString(3, incident.dates().end().toString());
            ps.setInt(4, incident.timePrecision().code());
            ps.setString(5, incident.eventType().label());
            ps.setString(6, incident.subEventType().label());
            setCasualties(ps, 7, incident.killed());
            setCasualties(ps, 10, incident.injured());
            ps.setString(13, incident.descriptionEn());
            ps.setString(14, incident.descriptionAr());
            ps.setString(15, incident.status().code());
            ps.setString(16, incident.note());
            ps.executeUpdate();
            id = GazetteerRepository.generatedId(ps);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO incident_actors (incident_id, actor_id, role, position) VALUES (?,?,?,?)")) {
            int position = 0;
            for (IncidentActor actor : incident.actors()) {
                ps.setLong(1, id);
                ps.setLong(2, Ids.actor(c, actor.actorKey(), who));
                ps.setString(3, actor.role().code());
                ps.setInt(4, position++);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO incident_places (incident_id, place_id, role, loc_prec) VALUES (?,?,?,?)")) {
            for (PlaceLink link : incident.places()) {
                ps.setLong(1, id);
                ps.setLong(2, Ids.place(c, link.placeKey(), who));
                ps.setString(3, link.role().code());
                ps.setInt(4, link.precision().code());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence (incident_id, source_id, span_start, span_end, fields) VALUES (?,?,?,?,?)")) {
            for (Evidence e : incident.evidence()) {
                String text = sourceTexts.get(e.sourceKey());
                if (text == null) throw new SQLException(who + " cites an unknown source '" + e.sourceKey() + "'");
                e.quote(text); // throws when the span runs past the text
                ps.setLong(1, id);
                ps.setLong(2, Ids.source(c, e.sourceKey(), who));
                ps.setInt(3, e.start());
                ps.setInt(4, e.end());
                ps.setString(5, Lists.join(e.fields()));
                ps.executeUpdate();
            }
        }
        writeLocations(c, id);
    }

    /**
     * Rewrites an incident's rows in the incident_locations layer from the normalised tables. Each row keeps
     * the fid of its incident_places link; the evidence quote is cut in Java because evidence offsets count
     * UTF-16 units and SQLite's substr counts code points.
     */
    static void writeLocations(Connection c, long incidentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM incident_locations WHERE incident_id = ?")) {
            ps.setLong(1, incidentId);
            ps.executeUpdate();
        }
        String quote = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT s.text, e.span_start, e.span_end FROM evidence e "
                + "JOIN sources s ON s.id = e.source_id WHERE e.incident_id = ? ORDER BY e.id LIMIT 1")) {
            ps.setLong(1, incidentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) quote = rs.getString(1).substring(rs.getInt(2), rs.getInt(3));
            }
        }
        try (PreparedStatement ps = c.prepareStatement(LOCATION_ROWS)) {
            ps.setString(1, quote);
            ps.setLong(2, incidentId);
            ps.executeUpdate();
        }
    }

    private static final String LOCATION_ROWS = """
            INSERT INTO incident_locations (fid, geom, incident_id, incident, place, place_ar, place_en, role, loc_prec,
              date_start, date_end, time_prec, event_type, sub_event, actor1, actor2, killed, injured, status,
              desc_en, desc_ar, source, evidence)
            SELECT ip.fid, p.geom, i.id, i.key, p.key, p.name_ar, p.name_en, ip.role, max(ip.loc_prec, p.loc_prec),
              i.date_start, i.date_end, i.time_prec, i.event_type, i.sub_event_type,
              (SELECT group_concat(name_en, '; ') FROM (SELECT a.name_en FROM incident_actors ia
                JOIN actors a ON a.id = ia.actor_id WHERE ia.incident_id = i.id AND ia.role = 'actor1' ORDER BY ia.position)),
              (SELECT group_concat(name_en, '; ') FROM (SELECT a.name_en FROM incident_actors ia
                JOIN actors a ON a.id = ia.actor_id WHERE ia.incident_id = i.id AND ia.role = 'actor2' ORDER BY ia.position)),
              i.killed_best, i.injured_best, i.status, i.description_en, i.description_ar,
              (SELECT coalesce(s.title, s.key) FROM evidence e JOIN sources s ON s.id = e.source_id
                WHERE e.incident_id = i.id ORDER BY e.id LIMIT 1),
              ?
            FROM incident_places ip
            JOIN incidents i ON i.id = ip.incident_id
            JOIN places p ON p.fid = ip.place_id
            WHERE i.id = ?
            ORDER BY ip.fid""";

    private static void setCasualties(PreparedStatement ps, int first, Casualties casualties) throws SQLException {
        Integer[] values = {casualties.best(), casualties.low(), casualties.high()};
        for (int i = 0; i < 3; i++) {
            if (values[i] == null) ps.setNull(first + i, java.sql.Types.INTEGER);
            else ps.setInt(first + i, values[i]);
        }
    }
}
