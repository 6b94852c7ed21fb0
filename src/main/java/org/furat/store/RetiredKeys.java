package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * The keys of the places or actors an analyst merged away or deleted, as the change log records them, so that
 * bringing in the curated gazetteer of a newer Furat does not add them back as duplicates of the places kept.
 */
final class RetiredKeys {

    private RetiredKeys() {}

    static Set<String> places(Connection c) throws SQLException {
        return of(c, "places", PlaceWrites.MERGE, PlaceWrites.DELETE);
    }

    static Set<String> actors(Connection c) throws SQLException {
        return of(c, "actors", ActorWrites.MERGE);
    }

    private static Set<String> of(Connection c, String table, String... actions) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT l.row_key FROM change_log l JOIN change_actions a ON a.id = l.action_id "
                + "WHERE l.table_name = ? AND l.operation = 'delete' AND a.name IN (" + "?,".repeat(actions.length - 1) + "?) AND l.row_key IS NOT NULL")) {
            ps.setString(1, table);
            for (int i = 0; i < actions.length; i++) ps.setString(i + 2, actions[i]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) keys.add(rs.getString(1));
            }
        }
        return keys;
    }
}
