package org.furat.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Brings a database up to the current schema by running the SQL resources listed in
 * {@code migrations/index.txt} that it has not run yet, each in its own transaction.
 */
final class Migrations {

    private static final String FOLDER = "/org/furat/store/migrations/";
    /** "GPKG" as a big-endian integer: the application id every GeoPackage carries. */
    private static final int GEOPACKAGE_APPLICATION_ID = 0x47504B47;
    /** GeoPackage 1.2. */
    private static final int GEOPACKAGE_VERSION = 10200;

    private Migrations() {}

    /** Runs the pending migrations; a database that is up to date is only read, so it may be read-only. */
    static void apply(Connection connection) throws SQLException {
        boolean tracked = hasTable(connection, "furat_migrations");
        Set<String> applied = tracked ? applied(connection) : Set.of();
        List<String> pending = index().stream().filter(name -> !applied.contains(name)).toList();
        if (pending.isEmpty()) return;
        if (connection.isReadOnly()) {
            throw new SQLException("the database is read-only and needs a schema upgrade (" + String.join(", ", pending) + ")");
        }
        if (!tracked) {
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE TABLE furat_migrations (name TEXT PRIMARY KEY, "
                        + "applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))");
                st.execute("PRAGMA application_id = " + GEOPACKAGE_APPLICATION_ID);
                st.execute("PRAGMA user_version = " + GEOPACKAGE_VERSION);
            }
        }
        for (String name : pending) {
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                for (String sql : statements(read(name))) st.execute(sql);
                try (PreparedStatement ps = connection.prepareStatement("INSERT INTO furat_migrations(name) VALUES (?)")) {
                    ps.setString(1, name);
                    ps.executeUpdate();
                }
                connection.commit();
            } catch (Throwable e) {
                connection.rollback();
                throw new SQLException("Schema migration " + name + " failed: " + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static boolean hasTable(Connection connection, String table) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    private static Set<String> applied(Connection connection) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM furat_migrations")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        return names;
    }

    static List<String> index() {
        List<String> names = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) names.add(name);
        }
        return names;
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) throw new StoreException("Schema migration " + name + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Cannot read schema migration " + name, e);
        }
    }

    /**
     * Splits a script into statements at semicolons that end a line, keeping CREATE TRIGGER bodies
     * (whose inner statements also end in semicolons) whole. Comment lines are dropped.
     */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) continue;
            current.append(line).append('\n');
            String upper = trimmed.toUpperCase(java.util.Locale.ROOT);
            if (upper.startsWith("CREATE TRIGGER")) inTrigger = true;
            boolean ends = trimmed.endsWith(";") && (!inTrigger || upper.startsWith("END"));
            if (ends) {
                result.add(current.toString().strip());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) result.add(current.toString().strip());
        return result;
    }
}
