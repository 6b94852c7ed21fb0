package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The change log's triggers on a team database (PostgreSQL): what {@link ChangeLogTriggers} makes in a file, logging
 * the same rows under the same keys in the same form, made from each table's columns after every schema change. An
 * insert or delete logs the row as a JSON object (geometries as GeoJSON, where the file writes its blob in
 * hexadecimal); an update logs each changed field's value before and after as text, as SQLite keeps it (times as the
 * file writes them, ISO 8601 in UTC). The database
 * user who made the change is recorded by the log's own default.
 */
public final class PostgresLogTriggers {

    /** Tables a team database has that a file has not, and why their rows are not logged. */
    private static final List<String> SERVER_ONLY = List.of(
            "incident_search", // derived from incidents and their evidence, rewritten with its incident
            "incident_search_terms", // the words of incident_search, kept with it by a trigger
            "furat_copy", // what `furat copy` has done: working state of a copy
            "spatial_ref_sys"); // PostGIS's own

    private PostgresLogTriggers() {}

    /** Makes the logging triggers of every logged table of the connected team database, replacing any there are. */
    public static void install(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String table : loggedTables(c)) {
                List<Column> columns = columns(c, table);
                st.execute(function(table, columns, idColumn(c, table)));
                st.execute("DROP TRIGGER IF EXISTS " + ChangeLogTriggers.PREFIX + table + " ON " + ChangeLogTriggers.quote(table));
                st.execute("CREATE TRIGGER " + ChangeLogTriggers.PREFIX + table + " AFTER INSERT OR UPDATE ON "
                        + ChangeLogTriggers.quote(table) + " FOR EACH ROW EXECUTE FUNCTION " + ChangeLogTriggers.PREFIX + table + "()");
                // Deletes are logged before the row goes, so a cascade's rows can still name the row they belonged to.
                st.execute("DROP TRIGGER IF EXISTS " + ChangeLogTriggers.PREFIX + table + "_delete ON " + ChangeLogTriggers.quote(table));
                st.execute("CREATE TRIGGER " + ChangeLogTriggers.PREFIX + table + "_delete BEFORE DELETE ON "
                        + ChangeLogTriggers.quote(table) + " FOR EACH ROW EXECUTE FUNCTION " + ChangeLogTriggers.PREFIX + table + "()");
            }
        }
    }

    /**
     * Turns the logging triggers off or on again, within the caller's transaction: for a copy of a whole database,
     * whose rows bring their own change log. Only the tables' owner may.
     */
    public static void enable(Connection c, boolean on) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String table : loggedTables(c)) {
                for (String trigger : List.of(ChangeLogTriggers.PREFIX + table, ChangeLogTriggers.PREFIX + table + "_delete")) {
                    st.execute("ALTER TABLE " + ChangeLogTriggers.quote(table) + (on ? " ENABLE" : " DISABLE") + " TRIGGER " + trigger);
                }
            }
        }
    }

    /** The logged tables that lack one of their logging triggers, whose changes would leave no history. */
    public static List<String> unguarded(Connection c) throws SQLException {
        java.util.Set<String> triggers = new java.util.HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")) {
            while (rs.next()) triggers.add(rs.getString(1));
        }
        return loggedTables(c).stream().filter(t -> !triggers.contains(ChangeLogTriggers.PREFIX + t)
                || !triggers.contains(ChangeLogTriggers.PREFIX + t + "_delete")).toList();
    }

    static List<String> loggedTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) tables.add(rs.getString(1));
        }
        return tables.stream().filter(t -> !ChangeLogTriggers.UNLOGGED.containsKey(t) && !SERVER_ONLY.contains(t)).toList();
    }

    /** A column, and whether it holds times (logged as the file writes them). */
    record Column(String name, boolean time) {}

    private static List<Column> columns(Connection c, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name, data_type FROM information_schema.columns "
                + "WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) columns.add(new Column(rs.getString(1), rs.getString(2).equals("timestamp with time zone")));
            }
        }
        return columns;
    }

    /** The table's key column when it is a single integer (what SQLite logs as the rowid), else null. */
    private static String idColumn(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_index i "
                + "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
                + "WHERE i.indrelid = ?::regclass AND i.indisprimary")) {
            ps.setString(1, "public." + table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                String name = rs.getString(1), type = rs.getString(2);
                if (rs.next() || !(type.equals("bigint") || type.equals("integer"))) return null;
                return name;
            }
        }
    }

    static String function(String table, List<Column> columns, String idColumn) {
        String key = ChangeLogTriggers.ROW_KEYS.get(table);
        String filter = ChangeLogTriggers.ROW_FILTERS.get(table);
        String rowId = idColumn == null ? "NULL" : "$." + ChangeLogTriggers.quote(idColumn);
        String keyOf = key == null ? "NULL" : key;
        String insert = "INSERT INTO change_log (action_id, table_name, row_id, row_key, operation, field, before, after) VALUES ("
                + "(SELECT action_id FROM change_current), '" + table + "', ";
        StringBuilder body = new StringBuilder();
        body.append("CREATE OR REPLACE FUNCTION ").append(ChangeLogTriggers.PREFIX).append(table)
                .append("() RETURNS trigger LANGUAGE plpgsql AS $log$\nBEGIN\n");
        body.append("  IF TG_OP = 'DELETE' THEN\n");
        if (filter != null) body.append("    IF NOT (").append(filter.replace("$", "OLD")).append(") THEN RETURN OLD; END IF;\n");
        body.append("    ").append(insert).append(rowId.replace("$", "OLD")).append(", ").append(keyOf.replace("$", "OLD"))
                .append(", 'delete', NULL, row_to_json(OLD)::text, NULL);\n    RETURN OLD;\n  END IF;\n");
        if (filter != null) body.append("  IF NOT (").append(filter.replace("$", "NEW")).append(") THEN RETURN NEW; END IF;\n");
        body.append("  IF TG_OP = 'INSERT' THEN\n    ").append(insert).append(rowId.replace("$", "NEW")).append(", ")
                .append(keyOf.replace("$", "NEW")).append(", 'insert', NULL, NULL, row_to_json(NEW)::text);\n    RETURN NEW;\n  END IF;\n");
        for (Column column : columns) {
            String q = ChangeLogTriggers.quote(column.name());
            String before = column.time() ? "furat_iso(OLD." + q + ")" : "OLD." + q + "::text";
            String after = column.time() ? "furat_iso(NEW." + q + ")" : "NEW." + q + "::text";
            body.append("  IF OLD.").append(q).append(" IS DISTINCT FROM NEW.").append(q).append(" THEN ").append(insert)
                    .append(rowId.replace("$", "NEW")).append(", ").append(keyOf.replace("$", "NEW")).append(", 'update', '")
                    .append(column.name()).append("', ").append(before).append(", ").append(after).append("); END IF;\n");
        }
        return body.append("  RETURN NEW;\nEND\n$log$").toString();
    }
}
