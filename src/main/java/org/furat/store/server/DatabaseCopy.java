package org.furat.store.server;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.furat.store.FuratDatabase;
import org.furat.store.PostgresLogTriggers;
import org.furat.store.SharedSettings;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Copies a whole Furat GeoPackage into a team database set up by {@code furat server init}: every data table with
 * its keys (row ids included, so links and the change log still point at the right rows), geometries as PostGIS
 * columns, the change log with it. A table is copied in one transaction and recorded in {@code furat_copy}, so a
 * copy cut short (a killed process, a lost connection) goes on where it stopped and never leaves half a table; the
 * row counts of both sides are compared at the end. A team database that already holds data it did not get from a
 * copy is refused, unchanged.
 */
public final class DatabaseCopy {

    /** The tables copied, in the order their references need. Working state and caches are not copied. */
    static final List<String> TABLES = List.of("gazetteer_sources", "places", "admin_units", "place_groups", "place_group_members",
            "place_sources", "place_variant_sources", "actors", "sources", "source_readings", "incidents", "incident_places",
            "incident_actors", "evidence", "change_actions", "change_log");

    /** Rows in each table on both sides after the copy; the copy is whole when they agree. */
    public record Outcome(Map<String, long[]> rows, List<String> copiedNow) {
        public boolean whole() {
            return rows.values().stream().allMatch(r -> r[0] == r[1]);
        }
    }

    private DatabaseCopy() {}

    /** Copies the database file {@code file} into the team database at {@code to}, saying each table as it is done. */
    public static Outcome copy(java.nio.file.Path file, ServerAddress to, Consumer<String> progress) {
        if (!java.nio.file.Files.isRegularFile(file)) throw new IllegalArgumentException("There is no database file " + file);
        try (FuratDatabase from = FuratDatabase.open(file); Connection c = TeamServer.open(to)) {
            return copy(from, c, progress);
        } catch (SQLException e) {
            throw TeamServer.failure(to, e);
        }
    }

    /**
     * Refuses, before anything is made to copy there, a team database that holds data or a copy begun: only an empty
     * one can take a new database whole.
     */
    public static void requireEmpty(ServerAddress to) {
        try (Connection c = TeamServer.open(to)) {
            if (!done(c).isEmpty()) throw new IllegalStateException("The team database holds a copy of another database: "
                    + "copy a database only into an empty team database (furat server init on a new one)");
            refuseForeignData(null, c, Map.of());
        } catch (SQLException e) {
            throw TeamServer.failure(to, e);
        }
    }

    /** Copies {@code from} into the team database on {@code to}, saying each table as it is done. */
    public static Outcome copy(FuratDatabase from, Connection to, Consumer<String> progress) {
        try {
            to.setAutoCommit(false);
            Map<String, Long> done = done(to);
            refuseForeignData(from, to, done);
            List<String> copiedNow = new ArrayList<>();
            for (String table : TABLES) {
                if (done.containsKey(table)) continue;
                // The rows bring their own change log: the copy is no change of the team database's.
                PostgresLogTriggers.enable(to, false);
                long rows = copyTable(from, to, table);
                PostgresLogTriggers.enable(to, true);
                try (PreparedStatement ps = to.prepareStatement("INSERT INTO furat_copy (table_name, rows) VALUES (?, ?)")) {
                    ps.setString(1, table);
                    ps.setLong(2, rows);
                    ps.executeUpdate();
                }
                to.commit();
                copiedNow.add(table);
                progress.accept(table + ": " + rows + " rows");
            }
            if (!copiedNow.isEmpty()) {
                ServerSchema.rebuildSearchIndex(to);
                PostgresLogTriggers.enable(to, false);
                from.read(c -> SharedSettings.copy(c, to));
                PostgresLogTriggers.enable(to, true);
            }
            Map<String, long[]> counts = new LinkedHashMap<>();
            for (String table : TABLES) counts.put(table, new long[] {from.read(c -> count(c, table)), count(to, table)});
            to.commit();
            if (!copiedNow.isEmpty()) ServerSchema.settleSearchTerms(to);
            return new Outcome(counts, copiedNow);
        } catch (SQLException e) {
            rollback(to);
            throw new IllegalStateException("Copying into the team database failed; the tables copied before stay, the one under way "
                    + "was taken back, and running the copy again goes on from there: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollback(to);
            throw e;
        }
    }

    /** The tables a copy has filled, with the rows it copied into each. */
    private static Map<String, Long> done(Connection to) throws SQLException {
        Map<String, Long> done = new java.util.HashMap<>();
        try (Statement st = to.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name, rows FROM furat_copy")) {
            while (rs.next()) done.put(rs.getString(1), rs.getLong(2));
        }
        return done;
    }

    /**
     * Refuses a team database with rows in a table no copy has filled, or filled from another database than
     * {@code from} (a copied table whose rows {@code from} does not have as many of): copying would mix two databases' keys.
     */
    private static void refuseForeignData(FuratDatabase from, Connection to, Map<String, Long> done) throws SQLException {
        for (String table : TABLES) {
            Long copied = done.get(table);
            if (copied != null) {
                long here = from.read(c -> count(c, table));
                if (here != copied) {
                    throw new IllegalStateException("The team database holds a copy of another database (" + copied + " rows of "
                            + table + " copied, " + here + " here): copy a database only into an empty team database "
                            + "(furat server init on a new one)");
                }
                continue;
            }
            long rows = count(to, table);
            if (rows > 0) {
                throw new IllegalStateException("The team database already holds " + rows + (rows == 1 ? " row" : " rows") + " in " + table
                        + ": copy a database only into an empty team database (furat server init on a new one)");
            }
        }
    }

    /**
     * Streams a table's rows into the server with COPY (PostgreSQL's bulk load, as GDAL's ogr2ogr uses), in COPY's text
     * form: geometries as hexadecimal EWKB with their SRID.
     */
    private static long copyTable(FuratDatabase from, Connection to, String table) throws SQLException {
        Map<String, String> target = columns(to, table);
        CopyManager copy = to.unwrap(PGConnection.class).getCopyAPI();
        return from.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String name = meta.getColumnName(i);
                    if (!target.containsKey(name)) {
                        throw new IllegalStateException("The team database's " + table + " has no column " + name
                                + ": its schema is older than this file's (run furat server init with this Furat)");
                    }
                    names.add(name);
                }
                CopyIn in = copy.copyIn("COPY " + table + " (" + String.join(", ", names) + ") FROM STDIN");
                long rows = 0;
                try {
                    StringBuilder line = new StringBuilder(256);
                    for (; rs.next(); rows++) {
                        line.setLength(0);
                        for (int i = 1; i <= names.size(); i++) {
                            if (i > 1) line.append('\t');
                            CopyText.field(line, text(rs, i, target.get(names.get(i - 1))));
                        }
                        byte[] bytes = line.append('\n').toString().getBytes(StandardCharsets.UTF_8);
                        in.writeToCopy(bytes, 0, bytes.length);
                    }
                    in.endCopy();
                } finally {
                    if (in.isActive()) in.cancelCopy();
                }
                resetSequence(to, table, target);
                return rows;
            }
        });
    }

    /** One value as COPY's text form takes it for a column of this type; null for SQL NULL. */
    private static String text(ResultSet rs, int i, String type) throws SQLException {
        Object value = rs.getObject(i);
        if (value == null) return null;
        if (type.equals("geometry")) return HexFormat.of().formatHex(GeoPackageBlobs.ewkb((byte[]) value, 4326));
        return value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value.toString();
    }

    /** A team database table's columns and their types (a type name PostgreSQL casts to; "geometry" as such). */
    static Map<String, String> columns(Connection to, String table) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (PreparedStatement ps = to.prepareStatement("SELECT column_name, data_type, udt_name FROM information_schema.columns "
                + "WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String udt = rs.getString(3);
                    columns.put(rs.getString(1), udt.equals("geometry") ? udt : rs.getString(2));
                }
            }
        }
        if (columns.isEmpty()) throw new IllegalStateException("The team database has no table " + table + ": run furat server init on it first");
        return columns;
    }

    /** Sets a serial key's sequence past the copied rows, so rows added later get new keys. */
    private static void resetSequence(Connection to, String table, Map<String, String> columns) throws SQLException {
        for (String column : columns.keySet()) {
            try (PreparedStatement ps = to.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
                ps.setString(1, table);
                ps.setString(2, column);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getString(1) == null) continue;
                }
            }
            try (Statement st = to.createStatement()) {
                st.execute("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'), coalesce((SELECT max(" + column
                        + ") FROM " + table + "), 0) + 1, false)");
            }
        }
    }

    static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void rollback(Connection to) {
        try {
            to.rollback();
        } catch (SQLException ignored) {
            // The failure that led here is the one reported.
        }
    }
}
