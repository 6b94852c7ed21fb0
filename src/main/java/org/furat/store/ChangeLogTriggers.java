package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The triggers that write the change log: on every table of the database except those listed as not logged, one
 * each for insert, update and delete, made from the table's columns as they are now. They are dropped before a
 * schema migration runs and made again after it, so a new table or column is logged without anyone remembering to;
 * a migration's own data moves are therefore not logged, nor are the rows of a bulk action ({@link ChangeLog#open}). A table is left out only by naming it in
 * {@link #UNLOGGED} with the reason.
 *
 * <p>Inserts and deletes log the whole row as a JSON object (BLOB and geometry columns as hexadecimal text); updates
 * log each changed field with its value before and after. Deletes are logged before the row goes, so the rows an
 * ON DELETE CASCADE takes with it can still name the row they belonged to.
 */
final class ChangeLogTriggers {

    static final String PREFIX = "furat_log_";

    /** Tables whose rows are not logged, and why. */
    static final Map<String, String> UNLOGGED = Map.of(
            "change_log", "the log itself",
            "change_actions", "the log itself",
            "change_current", "the action under way, never committed with a row in it",
            "incident_locations", "derived from incidents, places and evidence, rewritten with its incident",
            "furat_columns_cache", "a cache of the filter columns, rebuilt from the tables",
            "furat_migrations", "the schema's own history",
            "review_claims", "who is reviewing which report now: working state, not data",
            "sqlite_sequence", "SQLite's own");

    /** Tables whose name starts with these are GeoPackage or SQLite metadata, kept by Furat as the data change. */
    private static final List<String> UNLOGGED_PREFIXES = List.of("gpkg_", "sqlite_", "rtree_");

    /**
     * The business key of a row of each table, in SQL over the row {@code $} (NEW or OLD): the key people use, so
     * that the history of an incident, place or source can be found by it. For a link, the keys it joins, separated
     * by '|', owner first. A table missing here is logged under its rowid (the test of the triggers says so).
     */
    static final Map<String, String> ROW_KEYS = Map.ofEntries(
            Map.entry("incidents", "$.key"),
            Map.entry("sources", "$.key"),
            Map.entry("places", "$.key"),
            Map.entry("place_groups", "$.key"),
            Map.entry("actors", "$.key"),
            Map.entry("admin_units", "$.key"),
            Map.entry("gazetteer_sources", "$.name"),
            Map.entry("furat_settings", "$.key"),
            Map.entry("evidence", key("incidents", "id", "$.incident_id") + " || '|' || " + key("sources", "id", "$.source_id")
                    + " || '|' || $.span_start || '-' || $.span_end"),
            Map.entry("incident_places", key("incidents", "id", "$.incident_id") + " || '|' || " + key("places", "fid", "$.place_id")
                    + " || '|' || $.role"),
            Map.entry("incident_actors", key("incidents", "id", "$.incident_id") + " || '|' || " + key("actors", "id", "$.actor_id")
                    + " || '|' || $.role"),
            Map.entry("place_group_members", key("place_groups", "id", "$.group_id") + " || '|' || " + key("places", "fid", "$.place_id")),
            Map.entry("place_sources", key("places", "fid", "$.place_id") + " || '|' || $.source || '|' || $.source_ref"),
            Map.entry("place_variant_sources", key("places", "fid", "$.place_id") + " || '|' || $.script || '|' || $.variant"),
            Map.entry("source_readings", key("sources", "id", "$.source_id")));

    /** Rows of a table that are not logged: furat_settings' counter of incident changes moves with every write. */
    static final Map<String, String> ROW_FILTERS = Map.of("furat_settings", "$.key <> 'data_version'");

    private static final Set<String> BLOB_TYPES = Set.of("BLOB", "GEOMETRY", "POINT", "LINESTRING", "POLYGON", "MULTIPOINT",
            "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION");

    private ChangeLogTriggers() {}

    /**
     * The key of the row of {@code table} whose {@code idColumn} is {@code id}: read from the table, or, when a
     * cascade has deleted the row already, from the log of its deletion.
     */
    private static String key(String table, String idColumn, String id) {
        return "coalesce((SELECT key FROM " + table + " WHERE " + idColumn + " = " + id + "), "
                + "(SELECT row_key FROM change_log WHERE table_name = '" + table + "' AND row_id = " + id + " ORDER BY id DESC LIMIT 1), "
                + "'#' || " + id + ")";
    }

    /** The tables whose rows are logged. */
    static List<String> loggedTables(Connection c) throws SQLException {
        List<String> virtual = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                String name = rs.getString(1), sql = rs.getString(2);
                if (sql != null && sql.toUpperCase(Locale.ROOT).startsWith("CREATE VIRTUAL TABLE")) virtual.add(name);
                else tables.add(name);
            }
        }
        // A virtual table (the search index) has no triggers, and its shadow tables are its own business.
        return tables.stream().filter(t -> !UNLOGGED.containsKey(t))
                .filter(t -> UNLOGGED_PREFIXES.stream().noneMatch(t::startsWith))
                .filter(t -> virtual.stream().noneMatch(v -> t.startsWith(v + "_")))
                .toList();
    }

    /**
     * The logged tables that lack one of their logging triggers (a tool that rebuilt a table drops its triggers),
     * whose changes would leave no history; none in a database from before the change log.
     */
    static List<String> unguarded(Connection c) throws SQLException {
        Set<String> triggers = new HashSet<>();
        boolean logged = false;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'table')")) {
            while (rs.next()) {
                if (rs.getString(1).equals("trigger")) triggers.add(rs.getString(2));
                else if (rs.getString(2).equals("change_log")) logged = true;
            }
        }
        if (!logged) return List.of();
        return loggedTables(c).stream().filter(t -> !triggers.containsAll(List.of(PREFIX + t + "_insert", PREFIX + t + "_delete",
                PREFIX + t + "_update"))).toList();
    }

    /** Drops every logging trigger, before a migration changes the tables. */
    static void drop(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?")) {
            ps.setString(1, PREFIX + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) names.add(rs.getString(1));
            }
        }
        try (Statement st = c.createStatement()) {
            for (String name : names) st.execute("DROP TRIGGER \"" + name + "\"");
        }
    }

    /** Makes the logging triggers of every logged table, replacing any there are. */
    static void install(Connection c) throws SQLException {
        drop(c);
        try (Statement st = c.createStatement()) {
            for (String table : loggedTables(c)) {
                List<Column> columns = columns(c, table);
                for (String sql : triggers(table, columns)) st.execute(sql);
            }
        }
    }

    /** A column; {@code text} when its declared type makes every value text (so none can be a real). */
    record Column(String name, boolean blob, boolean text) {}

    static List<Column> columns(Connection c, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, upper(type) FROM pragma_table_info(?) ORDER BY cid")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) columns.add(new Column(rs.getString(1), BLOB_TYPES.contains(rs.getString(2)), rs.getString(2).equals("TEXT")));
            }
        }
        return columns;
    }

    static List<String> triggers(String table, List<Column> columns) {
        String keyOf = ROW_KEYS.getOrDefault(table, "$.rowid");
        String filter = ROW_FILTERS.get(table);
        String q = quote(table);
        String insertWhen = filter == null ? "" : " WHEN " + filter.replace("$", "NEW");
        String deleteWhen = filter == null ? "" : " WHEN " + filter.replace("$", "OLD");
        List<String> sql = new ArrayList<>();
        sql.add("CREATE TRIGGER " + PREFIX + table + "_insert AFTER INSERT ON " + q + insertWhen + " BEGIN\n"
                + "  INSERT INTO change_log (action_id, table_name, row_id, row_key, operation, after) VALUES ("
                + "(SELECT action_id FROM change_current), '" + table + "', NEW.rowid, " + keyOf.replace("$", "NEW") + ", 'insert', "
                + json(columns, "NEW") + ");\nEND");
        sql.add("CREATE TRIGGER " + PREFIX + table + "_delete BEFORE DELETE ON " + q + deleteWhen + " BEGIN\n"
                + "  INSERT INTO change_log (action_id, table_name, row_id, row_key, operation, before) VALUES ("
                + "(SELECT action_id FROM change_current), '" + table + "', OLD.rowid, " + keyOf.replace("$", "OLD") + ", 'delete', "
                + json(columns, "OLD") + ");\nEND");
        // One statement per column, each writing only when its value changed.
        StringBuilder body = new StringBuilder();
        for (Column column : columns) {
            String name = quote(column.name());
            body.append("  INSERT INTO change_log (action_id, table_name, row_id, row_key, operation, field, before, after) ")
                    .append("SELECT (SELECT action_id FROM change_current), '").append(table).append("', NEW.rowid, ")
                    .append(keyOf.replace("$", "NEW")).append(", 'update', '").append(column.name()).append("', OLD.").append(name)
                    .append(", NEW.").append(name).append(" WHERE OLD.").append(name).append(" IS NOT NEW.").append(name).append(";\n");
        }
        sql.add("CREATE TRIGGER " + PREFIX + table + "_update AFTER UPDATE ON " + q + insertWhen + " BEGIN\n" + body + "END");
        return sql;
    }

    /** The row as a JSON object, BLOB and geometry columns as hexadecimal text. */
    static String json(List<Column> columns, String row) {
        StringBuilder sb = new StringBuilder("json_object(");
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (i > 0) sb.append(", ");
            String value = row + "." + quote(column.name());
            sb.append('\'').append(column.name()).append("', ").append(column.blob() ? "CASE WHEN " + value + " IS NULL THEN NULL ELSE hex(" + value + ") END"
                    : column.text() ? value
                    // JSON writes a real with 15 digits, which loses the last bits of a coordinate: 17 give it back exactly.
                    : "CASE typeof(" + value + ") WHEN 'real' THEN json(printf('%!.17g', " + value + ")) ELSE " + value + " END");
        }
        return sb.append(')').toString();
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
