package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.furat.model.Actor;

/**
 * An analyst's changes to the actors: adding one, renaming one and merging two into one. Each is one action of the
 * change log, and the incident_locations rows of the incidents an actor takes part in (which carry actor names)
 * are rewritten in the same transaction.
 */
public final class ActorWrites {

    public static final String ADD = "add actor";
    public static final String RENAME = "rename actor";
    public static final String MERGE = "merge actors";

    private static final String INCIDENTS_OF = "SELECT DISTINCT incident_id FROM incident_actors WHERE actor_id = ?";

    private final FuratDatabase database;

    public ActorWrites(FuratDatabase database) {
        this.database = database;
    }

    /** Adds the actor; its key must be free. */
    public void add(Actor actor) {
        if (database.read(c -> id(c, actor.key())) != null) {
            throw new IllegalArgumentException("There is already an actor with the key '" + actor.key() + "'");
        }
        database.transaction(ChangeAction.named(ADD), c -> {
            GazetteerRepository.insertActor(c, actor);
            ColumnsCache.outOfDate(c);
            return null;
        });
    }

    /**
     * Gives the actor with {@code key} the names and spellings of what {@code change} makes of it as stored now, inside
     * the write transaction, and rewrites the incident_locations rows of its incidents, which name it. Returns the
     * actor as written.
     */
    public Actor rename(String key, java.util.function.UnaryOperator<Actor> change) {
        requireKey(key);
        return database.transaction(ChangeAction.named(RENAME), c -> {
            long id = require(c, key);
            Actor actor = change.apply(GazetteerRepository.actor(c, key));
            try (PreparedStatement ps = c.prepareStatement("UPDATE actors SET name_en = ?, name_ar = ?, variants_en = ?, variants_ar = ? WHERE id = ?")) {
                ps.setString(1, actor.nameEn());
                ps.setString(2, actor.nameAr());
                ps.setString(3, Lists.join(actor.variantsEn()));
                ps.setString(4, Lists.join(actor.variantsAr()));
                ps.setLong(5, id);
                ps.executeUpdate();
            }
            PlaceWrites.rewriteLocations(c, PlaceWrites.incidentIds(c, INCIDENTS_OF, id));
            return actor;
        });
    }

    /**
     * Merges {@code goneKey} into {@code keptKey}: its incident links move to the kept actor (a link the kept actor
     * already has, same incident and role, is dropped), its names become spellings of the kept actor so that the
     * extractor still finds it, and it is deleted. Returns how many incidents it took part in.
     */
    public int merge(String keptKey, String goneKey) {
        if (keptKey.equals(goneKey)) throw new IllegalArgumentException("An actor cannot be merged into itself ('" + keptKey + "')");
        requireKey(keptKey);
        requireKey(goneKey);
        return database.transaction(ChangeAction.named(MERGE), c -> {
            long kept = require(c, keptKey), gone = require(c, goneKey);
            List<Long> incidents = PlaceWrites.incidentIds(c, INCIDENTS_OF, gone);
            PlaceWrites.moveRows(c, "incident_actors", "actor_id", "incident_id = t.incident_id AND k.role = t.role", kept, gone);
            PlaceWrites.Names k = PlaceWrites.names(c, "actors", "id", kept), g = PlaceWrites.names(c, "actors", "id", gone);
            try (PreparedStatement ps = c.prepareStatement("UPDATE actors SET variants_en = ?, variants_ar = ? WHERE id = ?")) {
                ps.setString(1, Lists.join(k.spellingsWith(k.en(), g.en(), g.variantsEn(), true)));
                ps.setString(2, Lists.join(k.spellingsWith(k.ar(), g.ar(), g.variantsAr(), false)));
                ps.setLong(3, kept);
                ps.executeUpdate();
            }
            PlaceWrites.execute(c, "DELETE FROM actors WHERE id = ?", gone);
            ColumnsCache.outOfDate(c);
            PlaceWrites.rewriteLocations(c, incidents);
            return incidents.size();
        });
    }

    private static Long id(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM actors WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private void requireKey(String key) {
        if (database.read(c -> id(c, key)) == null) {
            throw new IllegalArgumentException("No actor has the key '" + key + "' (keys from `furat actor list`)");
        }
    }

    private static long require(Connection c, String key) throws SQLException {
        Long id = id(c, key);
        if (id == null) throw new IllegalArgumentException("No actor has the key '" + key + "'");
        return id;
    }
}
