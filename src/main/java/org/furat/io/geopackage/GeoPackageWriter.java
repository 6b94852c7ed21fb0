package org.furat.io.geopackage;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.furat.geo.GeoPackageGeometry;
import org.furat.io.AtomicFiles;
import org.furat.io.Feature;
import org.furat.io.FeatureChecks;
import org.furat.io.Field;
import org.furat.io.Layer;
import org.furat.io.StreamingFeatureWriter;

/**
 * Writes one layer into a new GeoPackage under a temporary name: the core tables first, then every feature and
 * its R-tree entry in one transaction through prepared statements run in batches, and at commit the layer's
 * extent and the R-tree triggers. The temporary file is renamed into place only when it is complete, so the
 * database runs without a journal and without syncs. Not thread-safe.
 */
final class GeoPackageWriter extends StreamingFeatureWriter {

    /** "GPKG" as a big-endian integer: the application id every GeoPackage carries. */
    private static final int APPLICATION_ID = 0x47504B47;
    /** GeoPackage 1.2. */
    private static final int USER_VERSION = 10200;
    private static final int BATCH = 1000;
    static final String FID = "fid";
    static final String GEOMETRY = "geom";

    private static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
            + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],"
            + "AUTHORITY[\"EPSG\",\"4326\"]]";

    /** The tables every GeoPackage has (OGC 12-128r18, clauses 1.1.2-1.1.5) and the extensions table (2.3). */
    private static final List<String> CORE = List.of("""
            CREATE TABLE gpkg_spatial_ref_sys (
              srs_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL PRIMARY KEY,
              organization TEXT NOT NULL,
              organization_coordsys_id INTEGER NOT NULL,
              definition TEXT NOT NULL,
              description TEXT
            )""", """
            INSERT INTO gpkg_spatial_ref_sys VALUES
              ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
              ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
              ('WGS 84 geodetic', 4326, 'EPSG', 4326, '%s',
               'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')""".formatted(WGS84_WKT), """
            CREATE TABLE gpkg_contents (
              table_name TEXT NOT NULL PRIMARY KEY,
              data_type TEXT NOT NULL,
              identifier TEXT UNIQUE,
              description TEXT DEFAULT '',
              last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
              min_x DOUBLE,
              min_y DOUBLE,
              max_x DOUBLE,
              max_y DOUBLE,
              srs_id INTEGER,
              CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
            )""", """
            CREATE TABLE gpkg_geometry_columns (
              table_name TEXT NOT NULL,
              column_name TEXT NOT NULL,
              geometry_type_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL,
              z TINYINT NOT NULL,
              m TINYINT NOT NULL,
              CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
              CONSTRAINT uk_gc_table_name UNIQUE (table_name),
              CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
              CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
            )""", """
            CREATE TABLE gpkg_extensions (
              table_name TEXT,
              column_name TEXT,
              extension_name TEXT NOT NULL,
              definition TEXT NOT NULL,
              scope TEXT NOT NULL,
              CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name)
            )""");

    private final Layer layer;
    private final Connection connection;
    private final PreparedStatement insertFeature;
    private final PreparedStatement insertIndexEntry;
    private final String table;
    private final String rtree;
    private long count;
    private int pending;
    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    private GeoPackageWriter(Layer layer, AtomicFiles files, Connection connection, PreparedStatement insertFeature,
                             PreparedStatement insertIndexEntry) {
        super("GeoPackage", layer.name(), files);
        this.layer = layer;
        this.connection = connection;
        this.insertFeature = insertFeature;
        this.insertIndexEntry = insertIndexEntry;
        this.table = quote(layer.name());
        this.rtree = quote(rtreeName(layer.name()));
    }

    static GeoPackageWriter open(Path target, Layer layer) throws IOException {
        requireValidTableName(layer.name());
        FeatureChecks.requireValidLayer(layer, List.of(FID, GEOMETRY));
        AtomicFiles files = new AtomicFiles();
        Connection connection = null;
        try {
            Path temporary = files.temporaryFor(target);
            connection = DriverManager.getConnection("jdbc:sqlite:" + temporary.toAbsolutePath());
            createSchema(connection, layer);
            PreparedStatement insertFeature = connection.prepareStatement(insertSql(layer));
            PreparedStatement insertIndexEntry = connection.prepareStatement(
                    "INSERT INTO " + quote(rtreeName(layer.name())) + " (id, minx, maxx, miny, maxy) VALUES (?, ?, ?, ?, ?)");
            return new GeoPackageWriter(layer, files, connection, insertFeature, insertIndexEntry);
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(connection, e);
            files.abandon(e);
            if (e instanceof IOException io) throw io;
            if (e instanceof RuntimeException runtime) throw runtime;
            throw new IOException("Could not create GeoPackage " + target + ": " + e.getMessage(), e);
        }
    }

    private static void createSchema(Connection connection, Layer layer) throws SQLException {
        try (Statement st = connection.createStatement()) {
            // A temporary file that is deleted unless complete needs neither a rollback journal nor syncs.
            st.execute("PRAGMA journal_mode = OFF");
            st.execute("PRAGMA synchronous = OFF");
            st.execute("PRAGMA locking_mode = EXCLUSIVE");
            st.execute("PRAGMA application_id = " + APPLICATION_ID);
            st.execute("PRAGMA user_version = " + USER_VERSION);
            connection.setAutoCommit(false);
            for (String sql : CORE) st.execute(sql);

            StringBuilder create = new StringBuilder("CREATE TABLE ").append(quote(layer.name()))
                    .append(" (").append(FID).append(" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, ")
                    .append(GEOMETRY).append(" POINT");
            for (Field field : layer.fields()) create.append(", ").append(quote(field.name())).append(' ').append(sqlType(field));
            st.execute(create.append(')').toString());
            st.execute("CREATE VIRTUAL TABLE " + quote(rtreeName(layer.name())) + " USING rtree(id, minx, maxx, miny, maxy)");
        }
        try (PreparedStatement contents = connection.prepareStatement(
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES (?, 'features', ?, '', ?)");
             PreparedStatement geometryColumn = connection.prepareStatement(
                     "INSERT INTO gpkg_geometry_columns VALUES (?, '" + GEOMETRY + "', 'POINT', ?, 0, 0)")) {
            contents.setString(1, layer.name());
            contents.setString(2, layer.name());
            contents.setInt(3, GeoPackageGeometry.WGS84);
            contents.executeUpdate();
            geometryColumn.setString(1, layer.name());
            geometryColumn.setInt(2, GeoPackageGeometry.WGS84);
            geometryColumn.executeUpdate();
        }
    }

    private static String insertSql(Layer layer) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(quote(layer.name())).append(" (").append(FID).append(", ").append(GEOMETRY);
        for (Field field : layer.fields()) sql.append(", ").append(quote(field.name()));
        sql.append(") VALUES (?, ?");
        sql.append(", ?".repeat(layer.fields().size()));
        return sql.append(')').toString();
    }

    private static String sqlType(Field field) {
        return switch (field.type()) {
            case TEXT -> "TEXT";
            case INTEGER -> "INTEGER";
            case REAL -> "REAL";
            case DATE -> "DATE";
        };
    }

    @Override
    public void write(Feature feature) throws IOException {
        requireOpen();
        FeatureChecks.requireConforms(layer, feature);
        long fid = ++count;
        double lon = feature.lon();
        double lat = feature.lat();
        try {
            insertFeature.setLong(1, fid);
            insertFeature.setBytes(2, GeoPackageGeometry.encode(GeoPackageGeometry.point(lon, lat), GeoPackageGeometry.WGS84));
            List<Field> fields = layer.fields();
            for (int i = 0; i < fields.size(); i++) bind(insertFeature, i + 3, fields.get(i), feature.values().get(i));
            insertFeature.addBatch();
            insertIndexEntry.setLong(1, fid);
            insertIndexEntry.setDouble(2, lon);
            insertIndexEntry.setDouble(3, lon);
            insertIndexEntry.setDouble(4, lat);
            insertIndexEntry.setDouble(5, lat);
            insertIndexEntry.addBatch();
            if (++pending == BATCH) flush();
        } catch (SQLException e) {
            throw failure(e);
        }
        minX = Math.min(minX, lon);
        maxX = Math.max(maxX, lon);
        minY = Math.min(minY, lat);
        maxY = Math.max(maxY, lat);
    }

    private static void bind(PreparedStatement ps, int index, Field field, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, switch (field.type()) {
                case TEXT, DATE -> Types.VARCHAR;
                case INTEGER -> Types.BIGINT;
                case REAL -> Types.DOUBLE;
            });
            return;
        }
        switch (field.type()) {
            case TEXT -> ps.setString(index, (String) value);
            case INTEGER -> ps.setLong(index, (Long) value);
            case REAL -> ps.setDouble(index, (Double) value);
            case DATE -> ps.setString(index, ((LocalDate) value).toString()); // GeoPackage DATE: ISO 8601 text
        }
    }

    private void flush() throws SQLException {
        if (pending == 0) return;
        insertFeature.executeBatch();
        insertIndexEntry.executeBatch();
        pending = 0;
    }

    @Override
    protected void finish() throws IOException {
        try {
            flush();
            try (PreparedStatement extent = connection.prepareStatement("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
                    + "last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?")) {
                Double[] box = count == 0 ? new Double[4] : new Double[] {minX, minY, maxX, maxY};
                for (int i = 0; i < 4; i++) {
                    if (box[i] == null) extent.setNull(i + 1, Types.DOUBLE);
                    else extent.setDouble(i + 1, box[i]);
                }
                extent.setString(5, layer.name());
                extent.executeUpdate();
            }
            try (Statement st = connection.createStatement()) {
                // Created last: they call ST_* functions that GeoPackage readers such as GDAL provide, and this
                // connection does not, so they must not fire while the index is filled above.
                for (String trigger : rtreeTriggers()) st.execute(trigger);
            }
            try (PreparedStatement extension = connection.prepareStatement("INSERT INTO gpkg_extensions VALUES (?, '" + GEOMETRY
                    + "', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')")) {
                extension.setString(1, layer.name());
                extension.executeUpdate();
            }
            connection.commit();
            insertFeature.close();
            insertIndexEntry.close();
            connection.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The six triggers of the R-tree spatial index extension (OGC 12-128r18, annex F.3) that keep it in step with edits. */
    private List<String> rtreeTriggers() {
        String t = table;
        String c = GEOMETRY;
        String i = FID;
        String name = rtreeName(layer.name());
        String entry = "INSERT OR REPLACE INTO " + rtree + " VALUES (NEW." + i + ", ST_MinX(NEW." + c + "), ST_MaxX(NEW." + c
                + "), ST_MinY(NEW." + c + "), ST_MaxY(NEW." + c + "));";
        List<String> triggers = new ArrayList<>();
        triggers.add("CREATE TRIGGER " + quote(name + "_insert") + " AFTER INSERT ON " + t
                + " WHEN (NEW." + c + " NOT NULL AND NOT ST_IsEmpty(NEW." + c + ")) BEGIN " + entry + " END");
        triggers.add("CREATE TRIGGER " + quote(name + "_update1") + " AFTER UPDATE OF " + c + " ON " + t
                + " WHEN OLD." + i + " = NEW." + i + " AND (NEW." + c + " NOTNULL AND NOT ST_IsEmpty(NEW." + c + ")) BEGIN " + entry + " END");
        triggers.add("CREATE TRIGGER " + quote(name + "_update2") + " AFTER UPDATE OF " + c + " ON " + t
                + " WHEN OLD." + i + " = NEW." + i + " AND (NEW." + c + " ISNULL OR ST_IsEmpty(NEW." + c + ")) BEGIN DELETE FROM " + rtree
                + " WHERE id = OLD." + i + "; END");
        triggers.add("CREATE TRIGGER " + quote(name + "_update3") + " AFTER UPDATE ON " + t
                + " WHEN OLD." + i + " != NEW." + i + " AND (NEW." + c + " NOTNULL AND NOT ST_IsEmpty(NEW." + c + ")) BEGIN DELETE FROM "
                + rtree + " WHERE id = OLD." + i + "; " + entry + " END");
        triggers.add("CREATE TRIGGER " + quote(name + "_update4") + " AFTER UPDATE ON " + t
                + " WHEN OLD." + i + " != NEW." + i + " AND (NEW." + c + " ISNULL OR ST_IsEmpty(NEW." + c + ")) BEGIN DELETE FROM " + rtree
                + " WHERE id IN (OLD." + i + ", NEW." + i + "); END");
        triggers.add("CREATE TRIGGER " + quote(name + "_delete") + " AFTER DELETE ON " + t
                + " WHEN OLD." + c + " NOT NULL BEGIN DELETE FROM " + rtree + " WHERE id = OLD." + i + "; END");
        return triggers;
    }

    @Override
    protected void release() throws IOException {
        try {
            insertFeature.close();
            insertIndexEntry.close();
            connection.close();
        } catch (SQLException e) {
            throw new IOException("Could not close the unfinished GeoPackage: " + e.getMessage(), e);
        }
    }

    private IOException failure(SQLException e) {
        return new IOException("Writing GeoPackage layer " + layer.name() + " failed: " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        if (connection == null) return;
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    static String rtreeName(String table) {
        return "rtree_" + table + "_" + GEOMETRY;
    }

    /** A quoted SQL identifier: any name, Arabic or with quotes, is safe. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static void requireValidTableName(String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("The layer has no name");
        String lower = name.toLowerCase(Locale.ROOT);
        for (String prefix : List.of("gpkg_", "sqlite_", "rtree_")) {
            if (lower.startsWith(prefix)) throw new IllegalArgumentException("A GeoPackage table name may not start with " + prefix + ": " + name);
        }
    }
}
