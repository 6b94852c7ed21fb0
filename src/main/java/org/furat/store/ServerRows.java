package org.furat.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows the change log names in a team database, which has no rowid: a row is found by the integer key the log
 * recorded as its row id, else by its key columns' logged values, else (settings, gazetteer sources) by the key the
 * log names it by. Rows are logged as {@code row_to_json} writes them (PostgresLogTriggers) and compared in Furat.
 */
final class ServerRows implements LoggedRows {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tables whose rows the log names by one text key column, and that column. */
    private static final Map<String, String> NAMED_BY = Map.of("furat_settings", "key", "gazetteer_sources", "name");

    private final Connection c;
    private final Map<String, Table> tables = new HashMap<>();

    /** A table's integer key column (or null), its primary key's columns, and each column's type. */
    private record Table(String id, List<String> key, Map<String, String> types) {}

    /** A WHERE clause and the values it binds, in order. */
    private record Where(String sql, List<String> values) {}

    ServerRows(Connection c) {
        this.c = c;
    }

    @Override
    public void deferForeignKeys() throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET CONSTRAINTS ALL DEFERRED");
        }
    }

    @Override
    public String current(ChangeReversal.Change change, String logged) throws SQLException {
        Where where = where(change, logged);
        String row;
        try (PreparedStatement ps = c.prepareStatement("SELECT row_to_json(t)::text FROM " + ChangeLogTriggers.quote(change.table())
                + " t WHERE " + where.sql())) {
            bind(ps, where.values(), 1);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                row = rs.getString(1);
            }
        }
        if (logged == null) return row;
        ObjectNode now = object(row);
        now.retain(names(object(logged)));
        return now.toString();
    }

    @Override
    public boolean same(String current, String logged) throws SQLException {
        return object(current).equals(object(logged));
    }

    @Override
    public boolean fieldIs(ChangeReversal.Change change, Object value) throws SQLException {
        Where where = where(change, null);
        String q = ChangeLogTriggers.quote(change.field());
        String asLogged = isTime(table(change.table()), change.field()) ? "furat_iso(" + q + ")" : q + "::text";
        try (PreparedStatement ps = c.prepareStatement("SELECT " + asLogged + " IS NOT DISTINCT FROM CAST(? AS text) FROM "
                + ChangeLogTriggers.quote(change.table()) + " WHERE " + where.sql())) {
            ps.setString(1, value == null ? null : value.toString());
            bind(ps, where.values(), 2);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    @Override
    public void delete(ChangeReversal.Change change, String logged) throws SQLException {
        Where where = where(change, logged);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + ChangeLogTriggers.quote(change.table()) + " WHERE " + where.sql())) {
            bind(ps, where.values(), 1);
            ps.executeUpdate();
        }
    }

    @Override
    public void setBack(ChangeReversal.Change change) throws SQLException {
        Where where = where(change, null);
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + ChangeLogTriggers.quote(change.table()) + " SET "
                + ChangeLogTriggers.quote(change.field()) + " = ? WHERE " + where.sql())) {
            ps.setString(1, change.before() == null ? null : change.before().toString());
            bind(ps, where.values(), 2);
            ps.executeUpdate();
        }
    }

    @Override
    public void reinsert(ChangeReversal.Change change, String logged) throws SQLException {
        Table table = table(change.table());
        ObjectNode row = object(logged);
        List<String> columns = new ArrayList<>(), values = new ArrayList<>(), bound = new ArrayList<>();
        for (String column : table.types().keySet()) {
            if (!row.has(column)) continue;
            JsonNode value = row.get(column);
            columns.add(ChangeLogTriggers.quote(column));
            // row_to_json writes a geometry as GeoJSON.
            boolean geometry = table.types().get(column).equals("geometry") && !value.isNull();
            values.add(geometry ? "ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)" : "?");
            bound.add(value.isNull() ? null : geometry || value.isContainerNode() ? value.toString() : value.asText());
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + ChangeLogTriggers.quote(change.table()) + " ("
                + String.join(", ", columns) + ") VALUES (" + String.join(", ", values) + ")")) {
            bind(ps, bound, 1);
            ps.executeUpdate();
        }
    }

    private Where where(ChangeReversal.Change change, String logged) throws SQLException {
        Table table = table(change.table());
        if (table.id() != null && change.rowId() != 0) {
            return new Where(ChangeLogTriggers.quote(table.id()) + " = CAST(? AS bigint)", List.of(Long.toString(change.rowId())));
        }
        if (logged != null && !table.key().isEmpty()) {
            ObjectNode row = object(logged);
            List<String> parts = new ArrayList<>(), values = new ArrayList<>();
            for (String column : table.key()) {
                parts.add(ChangeLogTriggers.quote(column) + "::text = ?");
                values.add(row.path(column).asText());
            }
            return new Where(String.join(" AND ", parts), values);
        }
        String named = NAMED_BY.get(change.table());
        if (named != null && change.rowKey() != null) return new Where(ChangeLogTriggers.quote(named) + " = ?", List.of(change.rowKey()));
        throw new IllegalStateException("A change to " + change.table().replace('_', ' ') + " cannot be taken back on a team database "
                + "yet. Nothing was undone");
    }

    private Table table(String name) throws SQLException {
        Table known = tables.get(name);
        if (known != null) return known;
        Map<String, String> types = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name, udt_name FROM information_schema.columns "
                + "WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) types.put(rs.getString(1), rs.getString(2));
            }
        }
        List<String> key = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                + "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = CAST(? AS regclass) AND i.indisprimary ORDER BY a.attnum")) {
            ps.setString(1, "public." + name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) key.add(rs.getString(1));
            }
        }
        String id = key.size() == 1 && List.of("int8", "int4").contains(types.get(key.get(0))) ? key.get(0) : null;
        Table table = new Table(id, key, types);
        tables.put(name, table);
        return table;
    }

    private static boolean isTime(Table table, String column) {
        return "timestamptz".equals(table.types().get(column));
    }

    private static List<String> names(ObjectNode row) {
        List<String> names = new ArrayList<>();
        row.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static ObjectNode object(String json) throws SQLException {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new SQLException("A logged row is not a JSON object: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, List<String> values, int first) throws SQLException {
        for (int i = 0; i < values.size(); i++) ps.setString(first + i, values.get(i));
    }
}
