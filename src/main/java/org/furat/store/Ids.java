package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Turns the stable keys used in data files into row ids, with a clear message for a key that is not there. */
final class Ids {
    private Ids() {}

    static long place(Connection c, String key, String who) throws SQLException {
        return lookup(c, "SELECT fid FROM places WHERE key = ?", key, who + " refers to an unknown place '" + key + "'");
    }

    static long actor(Connection c, String key, String who) throws SQLException {
        return lookup(c, "SELECT id FROM actors WHERE key = ?", key, who + " refers to an unknown actor '" + key + "'");
    }

    static long source(Connection c, String key, String who) throws SQLException {
        return lookup(c, "SELECT id FROM sources WHERE key = ?", key, who + " refers to an unknown source '" + key + "'");
    }

    static long incident(Connection c, String key, String who) throws SQLException {
        return lookup(c, "SELECT id FROM incidents WHERE key = ?", key, who + " is no longer in the database");
    }

    /**
     * Ids already looked up, for a write that adds many rows naming the same few places, actors and sources (an
     * import of a long report names each village hundreds of times). Valid within one transaction.
     */
    static final class Known {
        private final Map<String, Long> places = new HashMap<>();
        private final Map<String, Long> actors = new HashMap<>();
        private final Map<String, Long> sources = new HashMap<>();

        long place(Connection c, String key, String who) throws SQLException {
            Long id = places.get(key);
            if (id == null) places.put(key, id = Ids.place(c, key, who));
            return id;
        }

        long actor(Connection c, String key, String who) throws SQLException {
            Long id = actors.get(key);
            if (id == null) actors.put(key, id = Ids.actor(c, key, who));
            return id;
        }

        long source(Connection c, String key, String who) throws SQLException {
            Long id = sources.get(key);
            if (id == null) sources.put(key, id = Ids.source(c, key, who));
            return id;
        }
    }

    private static long lookup(Connection c, String sql, String key, String message) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new SQLException(message);
                return rs.getLong(1);
            }
        }
    }
}
