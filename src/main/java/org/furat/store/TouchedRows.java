package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects what a run of logged changes touched, row by row: the incidents (their own rows, their parts, and every
 * incident linked to a touched place, actor or source, since those carry names and titles into the incident's
 * derived rows) and whether the gazetteer (places or actors) changed.
 */
final class TouchedRows {

    /** The tables whose rows belong to one incident, through their incident_id column. */
    private static final Set<String> INCIDENT_PARTS = Set.of("incident_places", "incident_actors", "evidence");
    /**
     * The column the log's row_id names in each of them: their integer key (which in a file is the rowid); a team
     * database logs none for incident_actors, whose key is the link itself, and its logged row names the incident.
     */
    private static final java.util.Map<String, String> ROW_IDS = java.util.Map.of("incident_places", "fid", "evidence", "id",
            "incident_actors", "rowid");

    private final Set<Long> incidents = new TreeSet<>();
    private final Set<Long> places = new HashSet<>(), actors = new HashSet<>(), sources = new HashSet<>();
    private boolean gazetteer;

    /**
     * Notes one changed row.
     *
     * @param rowJson the row's values as the log writes them (its incident_id is read there), or null to read the
     *                row as it is now
     */
    void note(Connection c, String table, long rowId, String rowJson) throws SQLException {
        if (table.equals("incidents")) incidents.add(rowId);
        else if (INCIDENT_PARTS.contains(table)) noteOwner(c, table, rowId, rowJson);
        switch (table) {
            case "places" -> { places.add(rowId); gazetteer = true; }
            case "actors" -> { actors.add(rowId); gazetteer = true; }
            case "place_groups", "place_group_members", "place_variant_sources", "place_sources", "admin_units",
                 "gazetteer_sources" -> gazetteer = true;
            case "sources" -> sources.add(rowId);
            default -> { }
        }
    }

    boolean gazetteerChanged() { return gazetteer; }

    /** The incidents touched, and those linked to a touched place, actor or source, by row id. */
    Set<Long> incidents(Connection c) throws SQLException {
        Set<Long> all = new TreeSet<>(incidents);
        all.addAll(linked(c, "SELECT incident_id FROM incident_places WHERE place_id = ?", places));
        all.addAll(linked(c, "SELECT incident_id FROM incident_actors WHERE actor_id = ?", actors));
        all.addAll(linked(c, "SELECT incident_id FROM evidence WHERE source_id = ?", sources));
        return all;
    }

    private void noteOwner(Connection c, String table, long rowId, String rowJson) throws SQLException {
        String sql = rowJson != null ? "SELECT json_extract(?, '$.incident_id')"
                : "SELECT incident_id FROM " + ChangeLogTriggers.quote(table) + " WHERE " + ROW_IDS.get(table) + " = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (rowJson != null) ps.setString(1, rowJson);
            else ps.setLong(1, rowId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getObject(1) != null) incidents.add(rs.getLong(1));
            }
        }
    }

    private static Set<Long> linked(Connection c, String sql, Set<Long> ids) throws SQLException {
        Set<Long> found = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (long id : ids) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) found.add(rs.getLong(1));
                }
            }
        }
        return found;
    }
}
