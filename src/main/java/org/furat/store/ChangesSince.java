package org.furat.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a database's change log says was done to incidents and reports after a given action: which incidents were
 * added, which of each incident's parts changed (named as an analyst compares two versions of an incident: dates,
 * type, actors, killed, injured, places, descriptions, status, note, evidence, deleted), and which reports were added.
 * What publishing a copy's work compares: the copy's changes since it was made, and the team database's.
 */
public final class ChangesSince {

    /** The part that says whether an incident is deleted. */
    public static final String DELETED = "deleted";

    /** The incident columns each part of an incident is made of. */
    private static final Map<String, String> PARTS = Map.ofEntries(
            Map.entry("date_start", "dates"), Map.entry("date_end", "dates"), Map.entry("time_prec", "dates"),
            Map.entry("event_type", "type"), Map.entry("sub_event_type", "type"),
            Map.entry("killed_best", "killed"), Map.entry("killed_low", "killed"), Map.entry("killed_high", "killed"),
            Map.entry("injured_best", "injured"), Map.entry("injured_low", "injured"), Map.entry("injured_high", "injured"),
            Map.entry("description_en", "description in English"), Map.entry("description_ar", "description in Arabic"),
            Map.entry("status", "status"), Map.entry("note", "note"),
            Map.entry("deleted_at", DELETED), Map.entry("deleted_reason", DELETED));
    /** The tables of an incident's links, and the part each is. */
    private static final Map<String, String> LINKS = Map.of("incident_places", "places", "incident_actors", "actors", "evidence", "evidence");


    /**
     * @param lastAction   the newest action in the log
     * @param addedIncidents the incidents added after the action (by key)
     * @param changedParts for each incident changed after the action (added ones too), the parts that changed
     * @param addedReports the reports added after the action (by key)
     */
    public record Changes(long lastAction, Set<String> addedIncidents, Map<String, Set<String>> changedParts, Set<String> addedReports) {}

    private ChangesSince() {}

    public static Changes read(FuratDatabase database, long afterAction) {
        return database.read(c -> {
            long last;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM change_actions")) {
                rs.next();
                last = rs.getLong(1);
            }
            Set<String> added = new LinkedHashSet<>(), reports = new LinkedHashSet<>();
            Map<String, Set<String>> parts = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT table_name, row_key, operation, field FROM change_log "
                    + "WHERE action_id > ? AND table_name IN ('incidents', 'incident_places', 'incident_actors', 'evidence', 'sources') "
                    + "ORDER BY id")) {
                ps.setLong(1, afterAction);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String table = rs.getString(1), key = rs.getString(2), operation = rs.getString(3), field = rs.getString(4);
                        if (key == null) continue;
                        if (table.equals("sources")) {
                            if (operation.equals("insert")) reports.add(key);
                            continue;
                        }
                        if (table.equals("incidents")) {
                            if (operation.equals("insert")) added.add(key);
                            String part = operation.equals("update") ? PARTS.get(field) : null;
                            Set<String> of = parts.computeIfAbsent(key, k -> new LinkedHashSet<>());
                            if (part != null) of.add(part);
                            continue;
                        }
                        // A link's key starts with its incident's key, then '|' (ChangeLogTriggers.ROW_KEYS).
                        int bar = key.indexOf('|');
                        parts.computeIfAbsent(bar < 0 ? key : key.substring(0, bar), k -> new LinkedHashSet<>()).add(LINKS.get(table));
                    }
                }
            }
            return new Changes(last, added, parts, reports);
        });
    }
}
