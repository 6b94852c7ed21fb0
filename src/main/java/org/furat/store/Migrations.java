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
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schema as SQL resources listed in {@code migrations/index.txt}: what a database has applied, compared with
 * what this Furat knows, and running what it lacks. Each migration is recorded in {@code furat_migrations} with
 * the Furat version that applied it, so an older Furat that meets a migration it does not know can say which
 * version the database needs. The schema version is the number of the newest migration (V009 is version 9).
 */
final class Migrations {

    private static final String FOLDER = "/org/furat/store/migrations/";
    /** "GPKG" as a big-endian integer: the application id every GeoPackage carries. */
    private static final int GEOPACKAGE_APPLICATION_ID = 0x47504B47;
    /** GeoPackage 1.2. */
    private static final int GEOPACKAGE_VERSION = 10200;
    private static final Pattern NAME = Pattern.compile("V(\\d+)__.*");

    private Migrations() {}

    /** A migration a database has applied, with the Furat version that applied it (null before V009). */
    record Applied(String name, String furatVersion) {}

    /**
     * What a database holds. {@code empty}: no tables at all (a new file). {@code tracked}: it has
     * furat_migrations. {@code unknown}: migrations this Furat does not know (a newer one applied them).
     */
    record State(boolean empty, boolean tracked, List<Applied> applied, List<Applied> unknown, List<String> pending) {

        /** The number of the newest migration applied, 0 for none. */
        int version() {
            return applied.stream().mapToInt(a -> number(a.name())).max().orElse(0);
        }

        /** The newest migration this Furat does not know, which names the version the database needs. */
        Applied newestUnknown() {
            return unknown.stream().max(java.util.Comparator.comparingInt((Applied a) -> number(a.name()))
                    .thenComparing(Applied::name)).orElse(null);
        }
    }

    /** Reads what the database has applied; only reads, so it is safe on any file SQLite can open. */
    static State inspect(Connection connection) throws SQLException {
        boolean empty;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")) {
            empty = rs.next() && rs.getInt(1) == 0;
        }
        boolean tracked = hasTable(connection, "furat_migrations");
        List<Applied> applied = new ArrayList<>(), unknown = new ArrayList<>();
        if (tracked) {
            Set<String> known = Set.copyOf(index());
            boolean versioned = hasColumn(connection, "furat_migrations", "furat_version");
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT name" + (versioned ? ", furat_version" : ", NULL") + " FROM furat_migrations ORDER BY name")) {
                while (rs.next()) {
                    Applied a = new Applied(rs.getString(1), rs.getString(2));
                    (known.contains(a.name()) ? applied : unknown).add(a);
                }
            }
        }
        Set<String> done = new java.util.HashSet<>();
        applied.forEach(a -> done.add(a.name()));
        List<String> pending = index().stream().filter(name -> !done.contains(name)).toList();
        return new State(empty, tracked, List.copyOf(applied), List.copyOf(unknown), pending);
    }

    /**
     * Runs the pending migrations on a connection already inside a transaction, which the caller commits: all of
     * them take effect together or none does.
     */
    static void run(Connection connection, State state) throws SQLException {
        if (!state.tracked()) {
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE TABLE furat_migrations (name TEXT PRIMARY KEY, "
                        + "applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))");
                st.execute("PRAGMA application_id = " + GEOPACKAGE_APPLICATION_ID);
                st.execute("PRAGMA user_version = " + GEOPACKAGE_VERSION);
            }
        }
        // The logging triggers name the tables' columns: made again after the scripts change them (and not
        // firing meanwhile, so a migration's own data moves are not logged).
        ChangeLogTriggers.drop(connection);
        for (String name : state.pending()) {
            try (Statement st = connection.createStatement()) {
                for (String sql : statements(read(name))) st.execute(sql);
            } catch (SQLException e) {
                throw new SQLException("Schema migration " + name + " failed: " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
            }
        }
        // The administrative units come from files shipped with Furat, not from SQL; a new database gets them
        // with its seed data instead.
        if (state.pending().contains(AdminUnitsSeeding.MIGRATION) && hasRows(connection, "places")) {
            AdminUnitsSeeding.addToExisting(connection);
        }
        // After the units are there: links an older Furat made to a town for a region phrase move to the unit.
        if (state.pending().contains(RegionLinks.MIGRATION) && hasRows(connection, "incident_places")) {
            RegionLinks.relink(connection);
        }
        if (ChangeLog.present(connection)) ChangeLogTriggers.install(connection);
        // Recorded after all scripts ran, so that the version column (added by one of them) is there to fill.
        boolean versioned = hasColumn(connection, "furat_migrations", "furat_version");
        String insert = versioned ? "INSERT INTO furat_migrations (name, furat_version) VALUES (?, ?)"
                : "INSERT INTO furat_migrations (name) VALUES (?)";
        try (PreparedStatement ps = connection.prepareStatement(insert)) {
            for (String name : state.pending()) {
                ps.setString(1, name);
                if (versioned) ps.setString(2, FuratVersion.current());
                ps.executeUpdate();
            }
        }
    }

    /** The schema version of a migration's file name (V009__x.sql is 9), or 0 when the name has none. */
    static int number(String name) {
        Matcher m = NAME.matcher(name);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The newest schema version this Furat knows. */
    static int currentVersion() {
        List<String> names = index();
        return number(names.get(names.size() - 1));
    }

    private static boolean hasRows(Connection connection, String table) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    static boolean hasTable(Connection connection, String table) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    private static boolean hasColumn(Connection connection, String table, String column) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
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
