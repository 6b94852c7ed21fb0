package org.furat.store.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.furat.geo.GeoPackageGeometry;
import org.furat.store.GeoPackageDatabase;
import org.furat.store.PublishMarks;
import org.furat.store.SharedSettings;
import org.furat.store.StoreException;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Copies a whole team database into a new database file, the other way of {@link DatabaseCopy}: every data table with
 * its keys, geometries as GeoPackage blobs, the change log as it is on the server; what Furat derives from the rows
 * (the incident locations layer, the search index) is built in the file at the end. The rows are read in one
 * snapshot of the server, so a team still at work gives a copy of one moment. The file is written whole beside the
 * target ({@code NAME.part}) in one transaction and moved into place only when every table has as many rows as on
 * the server: a copy cut short leaves no file at the target, and running it again starts afresh.
 */
public final class FileCopy {

    /** How many rows the server sends at a time: a million incidents never sit in memory at once. */
    private static final int FETCH = 2_000;

    private FileCopy() {}

    /** Copies the team database at {@code from} into the new file {@code file}, saying each table as it is done. */
    public static DatabaseCopy.Outcome copy(ServerAddress from, Path file, Consumer<String> progress) {
        Path target = file.toAbsolutePath();
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " already exists: a team database is copied only into a new file");
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        deleteLeftovers(part);
        Map<String, long[]> rows;
        try (Connection server = TeamServer.open(from)) {
            server.setAutoCommit(false);
            server.setReadOnly(true);
            try (Statement st = server.createStatement()) {
                // One snapshot for every table, so rows added meanwhile by the team do not half-arrive.
                st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            }
            refuseOtherSchema(server);
            try (GeoPackageDatabase copy = GeoPackageDatabase.open(part)) {
                rows = copy.fillFromCopy(c -> {
                    Map<String, long[]> counts = new LinkedHashMap<>();
                    for (String table : DatabaseCopy.TABLES) {
                        long copied = copyTable(server, c, table);
                        counts.put(table, new long[] {DatabaseCopy.count(server, table), copied});
                        progress.accept(table + ": " + copied + " rows");
                    }
                    SharedSettings.copy(server, c);
                    PublishMarks.atCopy(c, from.toString());
                    return counts;
                });
            }
            server.rollback();
        } catch (SQLException e) {
            deleteLeftovers(part);
            throw TeamServer.failure(from, e);
        } catch (RuntimeException e) {
            deleteLeftovers(part);
            throw e;
        }
        DatabaseCopy.Outcome outcome = new DatabaseCopy.Outcome(rows, List.copyOf(rows.keySet()));
        if (!outcome.whole()) {
            deleteLeftovers(part);
            return outcome;
        }
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteLeftovers(part);
            throw new StoreException("The copy was made but could not be moved to " + target + " (" + e.getMessage() + "); nothing is left there");
        }
        return outcome;
    }

    /**
     * Refuses a database Furat did not set up and one whose schema this Furat would still change (`furat server
     * init` brings it up to date); one set up by a newer Furat, whose data may not fit this one's file, is refused
     * on connecting ({@link TeamServer#open}).
     */
    private static void refuseOtherSchema(Connection server) throws SQLException {
        List<String> applied = ServerSchema.applied(server);
        if (applied.isEmpty()) throw new IllegalStateException("This is not a Furat team database (no schema set up by furat server init)");
        if (!applied.containsAll(ServerSchema.known())) {
            throw new IllegalStateException("The team database's schema is older than this Furat's: run furat server init on it with "
                    + "this Furat first (as its owner); nothing was copied");
        }
    }

    /**
     * Streams one table from the server into the file, column by column as the file's table has them: geometries
     * as well-known binary made GeoPackage blobs, times in the file's ISO form, the log's JSON as text.
     */
    private static long copyTable(Connection server, Connection file, String table) throws SQLException {
        List<String> columns = fileColumns(file, table);
        Map<String, String> serverTypes = DatabaseCopy.columns(server, table);
        List<String> selected = new ArrayList<>();
        for (String column : columns) {
            String type = serverTypes.get(column);
            if (type == null) {
                throw new IllegalStateException("The team database's " + table + " has no column " + column
                        + ": it was set up by an older Furat (run furat server init with this Furat)");
            }
            selected.add(switch (type) {
                case "geometry" -> "ST_AsBinary(" + column + ")";
                case "timestamp with time zone" -> "furat_iso(" + column + ")"; // as the file writes times
                default -> column;
            });
        }
        String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        WKBReader wkb = new WKBReader();
        long rows = 0;
        try (Statement st = server.createStatement(); PreparedStatement ps = file.prepareStatement(insert)) {
            st.setFetchSize(FETCH);
            try (ResultSet rs = st.executeQuery("SELECT " + String.join(", ", selected) + " FROM " + table + orderOf(serverTypes))) {
                for (; rs.next(); rows++) {
                    for (int i = 1; i <= columns.size(); i++) ps.setObject(i, value(rs, i, serverTypes.get(columns.get(i - 1)), wkb));
                    ps.addBatch();
                    if (rows % FETCH == FETCH - 1) ps.executeBatch();
                }
                ps.executeBatch();
            }
        }
        return rows;
    }

    /** One value as the file keeps it; null for SQL NULL. */
    private static Object value(ResultSet rs, int i, String type, WKBReader wkb) throws SQLException {
        Object value = rs.getObject(i);
        if (value == null) return null;
        switch (type) {
            case "geometry" -> {
                try {
                    return GeoPackageGeometry.encode(wkb.read(rs.getBytes(i)), GeoPackageGeometry.WGS84);
                } catch (ParseException e) {
                    throw new SQLException("A geometry the server sent cannot be read: " + e.getMessage(), e);
                }
            }
            case "date" -> {
                return rs.getString(i);
            }
            default -> {
                return value;
            }
        }
    }

    /** The rows in key order, so the file is laid out as the server's keys go. */
    private static String orderOf(Map<String, String> serverTypes) {
        for (String key : List.of("fid", "id")) if (serverTypes.containsKey(key)) return " ORDER BY " + key;
        return "";
    }

    private static List<String> fileColumns(Connection file, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement st = file.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) columns.add(rs.getString("name"));
        }
        if (columns.isEmpty()) throw new IllegalStateException("The database file has no table " + table);
        return columns;
    }

    /** Removes a copy cut short: the file beside the target and SQLite's journal of it. */
    private static void deleteLeftovers(Path part) {
        for (Path p : List.of(part, part.resolveSibling(part.getFileName() + "-journal"), part.resolveSibling(part.getFileName() + "-wal"),
                part.resolveSibling(part.getFileName() + "-shm"))) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // Left for the next copy, which removes it first.
            }
        }
    }
}
