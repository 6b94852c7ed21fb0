package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.furat.model.Evidence;
import org.furat.model.Incident;
import org.furat.model.IncidentActor;
import org.furat.model.PlaceLink;
import org.furat.model.Source;

/**
 * Incidents the analyst adds or corrects by hand, each one action of the change log. An edit changes the row and its
 * links in place, field by field and link by link, so the history shows exactly what was corrected (a rewrite of the
 * whole incident would log it as deleted and added again) and an undo sets back just those fields.
 */
public final class IncidentEdits {

    public static final String ADD = "add incident";
    public static final String EDIT = "edit incident";
    public static final String MERGE = "merge incidents";

    private final FuratDatabase database;

    public IncidentEdits(FuratDatabase database) {
        this.database = database;
    }

    /**
     * Adds an incident. {@code note}, when not null, is the analyst's own note (with its source URL) that the incident's
     * evidence points into: stored as a source of its own, or the one already stored with the same words. Returns the
     * incident's row id.
     */
    public long add(Incident incident, Source note) {
        return database.transaction(ChangeAction.named(ADD), c -> {
            if (exists(c, incident.key())) throw new IllegalArgumentException("There is already an incident " + incident.key());
            Incident adding = incident;
            if (note != null && !SourceRepository.insertIfNew(c, note)) {
                // The same words are stored already (the same note for another incident): cite that source.
                String stored = keyOfText(c, note.textSha256());
                adding = incident.withEvidence(incident.evidence().stream()
                        .map(e -> e.sourceKey().equals(note.key()) ? new Evidence(stored, e.start(), e.end(), e.fields()) : e).toList());
            }
            IncidentRepository.insertAll(c, List.of(adding), texts(c, adding.evidence()));
            Seeder.updateExtents(c);
            return Ids.incident(c, incident.key(), "Incident " + incident.key());
        });
    }

    /**
     * Replaces the incident with this key by what {@code correct} makes of it as stored, read inside the write
     * transaction, so that no other writer can change it between the reading and the writing; {@code correct} may
     * refuse by throwing, and then nothing is written. Returns its row id.
     */
    public long edit(String key, java.util.function.UnaryOperator<Incident> correct, String reason) {
        return database.transaction(ChangeAction.named(EDIT).because(reason), c -> {
            Incident stored = IncidentRepository.byKey(c, key).orElseThrow(() -> new IllegalArgumentException("There is no incident " + key));
            return replace(c, correct.apply(stored));
        });
    }

    /** Makes the stored incident with {@code edited}'s key what {@code edited} says, changing only what differs. */
    static long replace(Connection c, Incident edited) throws SQLException {
        long id = Ids.incident(c, edited.key(), "Incident " + edited.key());
        if (deleted(c, id)) throw new IllegalStateException("Incident " + edited.key() + " is deleted: restore it before editing it");
        try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET key = ?, date_start = ?, date_end = ?, time_prec = ?, "
                + "event_type = ?, sub_event_type = ?, killed_best = ?, killed_low = ?, killed_high = ?, injured_best = ?, "
                + "injured_low = ?, injured_high = ?, description_en = ?, description_ar = ?, status = ?, note = ? WHERE id = ?")) {
            IncidentRepository.bindIncident(ps, 1, edited);
            ps.setLong(17, id);
            ps.executeUpdate();
        }
        String who = "Incident " + edited.key();
        Ids.Known ids = new Ids.Known();
        Map<String, Object[]> actors = new LinkedHashMap<>();
        int position = 0;
        for (IncidentActor a : edited.actors()) {
            actors.put(ids.actor(c, a.actorKey(), who) + "|" + a.role().code(), new Object[] {position++});
        }
        relink(c, id, "incident_actors", "actor_id || '|' || role", "position", actors,
                "INSERT INTO incident_actors (incident_id, actor_id, role, position) VALUES (?1, ?2, ?3, ?4)");
        Map<String, Object[]> places = new LinkedHashMap<>();
        for (PlaceLink link : edited.places()) {
            places.put(ids.place(c, link.placeKey(), who) + "|" + link.role().code(), new Object[] {link.precision().code()});
        }
        relink(c, id, "incident_places", "place_id || '|' || role", "loc_prec", places,
                "INSERT INTO incident_places (incident_id, place_id, role, loc_prec) VALUES (?1, ?2, ?3, ?4)");
        Map<String, String> texts = texts(c, edited.evidence());
        Map<String, Object[]> evidence = new LinkedHashMap<>();
        for (Evidence e : edited.evidence()) {
            if (e.end() > texts.get(e.sourceKey()).length()) e.quote(texts.get(e.sourceKey())); // says the span runs past the text
            evidence.put(ids.source(c, e.sourceKey(), who) + "|" + e.start() + "|" + e.end(), new Object[] {Lists.join(e.fields())});
        }
        relink(c, id, "evidence", "source_id || '|' || span_start || '|' || span_end", "fields", evidence,
                "INSERT INTO evidence (incident_id, source_id, span_start, span_end, fields) VALUES (?1, ?2, ?3, ?4, ?5)");
        IncidentRepository.writeDerived(c, id, id, texts);
        Seeder.updateExtents(c);
        return id;
    }

    /**
     * Merges incident {@code other} into {@code merged}'s incident (the same key): the kept incident becomes
     * {@code merged} (the caller has given it the other's places, actors and evidence it lacked), and the other is
     * deleted with the reason "merged into KEY", so it is kept, restorable and listed in the deletions file like any
     * deletion. One action.
     */
    public void merge(Incident merged, String other, String reason) {
        if (merged.key().equals(other)) throw new IllegalArgumentException("An incident cannot be merged into itself");
        String why = "merged into " + merged.key() + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
        database.transaction(ChangeAction.named(MERGE).because(why), c -> {
            long otherId = Ids.incident(c, other, "Incident " + other);
            if (deleted(c, otherId)) throw new IllegalStateException("Incident " + other + " is deleted already");
            replace(c, merged);
            try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                    + "deleted_reason = ? WHERE id = ?")) {
                ps.setString(1, why);
                ps.setLong(2, otherId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Makes an incident's rows of a link table those of {@code wanted} (by the identity {@code identity} computes, each
     * with the value of {@code valueColumn}): removes the others, updates a changed value, adds the missing. The
     * insert takes the incident id, the identity's parts and the value.
     */
    private static void relink(Connection c, long incidentId, String table, String identity, String valueColumn,
                               Map<String, Object[]> wanted, String insert) throws SQLException {
        Map<String, Object> present = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + identity + ", " + valueColumn + " FROM " + table + " WHERE incident_id = ?")) {
            ps.setLong(1, incidentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) present.put(rs.getString(1), rs.getObject(2));
            }
        }
        for (String gone : present.keySet()) {
            if (wanted.containsKey(gone)) continue;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE incident_id = ? AND " + identity + " = ?")) {
                ps.setLong(1, incidentId);
                ps.setString(2, gone);
                ps.executeUpdate();
            }
        }
        for (Map.Entry<String, Object[]> entry : wanted.entrySet()) {
            Object value = entry.getValue()[0];
            if (present.containsKey(entry.getKey())) {
                if (Objects.equals(String.valueOf(present.get(entry.getKey())), String.valueOf(value))) continue;
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET " + valueColumn + " = ? WHERE incident_id = ? AND "
                        + identity + " = ?")) {
                    ps.setObject(1, value);
                    ps.setLong(2, incidentId);
                    ps.setString(3, entry.getKey());
                    ps.executeUpdate();
                }
                continue;
            }
            List<Object> parameters = new ArrayList<>();
            parameters.add(incidentId);
            for (String part : entry.getKey().split("\\|")) parameters.add(part.matches("-?\\d+") ? (Object) Long.parseLong(part) : part);
            parameters.add(value);
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                for (int i = 0; i < parameters.size(); i++) ps.setObject(i + 1, parameters.get(i));
                ps.executeUpdate();
            }
        }
    }

    private static boolean exists(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM incidents WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String keyOfText(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT key FROM sources WHERE text_sha256 = ?1 OR received_sha256 = ?1")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new IllegalStateException("The note's source is neither new nor stored");
                return rs.getString(1);
            }
        }
    }

    private static boolean deleted(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT deleted_at IS NOT NULL FROM incidents WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** The texts of the sources the evidence cites, by key; an unknown source is refused by name. */
    static Map<String, String> texts(Connection c, List<Evidence> evidence) throws SQLException {
        Map<String, String> texts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT text FROM sources WHERE key = ?")) {
            for (Evidence e : evidence) {
                if (texts.containsKey(e.sourceKey())) continue;
                ps.setString(1, e.sourceKey());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new IllegalArgumentException("There is no report " + e.sourceKey() + " to cite");
                    texts.put(e.sourceKey(), rs.getString(1));
                }
            }
        }
        return texts;
    }
}
