package org.furat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.furat.geo.GeoPackageGeometry;
import org.furat.io.geopackage.GeoPackageFormat;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;

class GeoPackageFormatTest extends ExportFormatContract {

    @Override
    ExportFormat format() {
        return new GeoPackageFormat();
    }

    @Override
    Map<FieldType, Set<String>> gdalTypes() {
        return Map.of(FieldType.TEXT, Set.of("String"), FieldType.INTEGER, Set.of("Integer64"),
                FieldType.REAL, Set.of("Real"), FieldType.DATE, Set.of("Date"));
    }

    private static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private static long queryLong(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }

    private void assertValid(Path file) throws IOException {
        Gdal.require();
        Optional<String> python = Gdal.pythonWithGeoPackageValidator();
        Gdal.assumeOrFailInCi(python.isPresent(), "GDAL's validate_gpkg.py (osgeo_utils, Debian python3-gdal) is not installed");
        Gdal.Run r = Gdal.run(python.get(), "-m", "osgeo_utils.samples.validate_gpkg", "-k", "--extra", "--warning-as-error", file.toString());
        assertEquals(0, r.exitCode(), () -> "validate_gpkg.py reports:\n" + r.out() + r.err());
        assertEquals("", r.out() + r.err(), "validate_gpkg.py printed");
    }

    @Test
    void gdalsValidatorAcceptsTheFileWithItsSpatialIndex() throws IOException {
        assertValid(writeSample());
    }

    @Test
    void gdalsValidatorAcceptsAnEmptyFile() throws IOException {
        assertValid(write("empty.gpkg", SampleLayer.LAYER, List.of()));
    }

    @Test
    void theFileIsAGeoPackage12WithTheLayerItsExtentAndAnRtree() throws IOException, SQLException {
        List<Feature> features = SampleLayer.features(FEATURES);
        Path file = writeSample();
        double minX = features.stream().mapToDouble(Feature::lon).min().orElseThrow();
        double maxX = features.stream().mapToDouble(Feature::lon).max().orElseThrow();
        double minY = features.stream().mapToDouble(Feature::lat).min().orElseThrow();
        double maxY = features.stream().mapToDouble(Feature::lat).max().orElseThrow();
        try (Connection c = connect(file); Statement st = c.createStatement()) {
            assertEquals(0x47504B47, queryLong(c, "PRAGMA application_id"));
            assertEquals(10200, queryLong(c, "PRAGMA user_version"));
            assertEquals("ok", queryString(c, "PRAGMA integrity_check"));
            try (ResultSet rs = st.executeQuery("SELECT data_type, identifier, srs_id, min_x, min_y, max_x, max_y, last_change "
                    + "FROM gpkg_contents WHERE table_name = 'incidents'")) {
                assertTrue(rs.next());
                assertEquals("features", rs.getString(1));
                assertEquals("incidents", rs.getString(2));
                assertEquals(4326, rs.getInt(3));
                assertEquals(minX, rs.getDouble(4));
                assertEquals(minY, rs.getDouble(5));
                assertEquals(maxX, rs.getDouble(6));
                assertEquals(maxY, rs.getDouble(7));
                assertTrue(rs.getString(8).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), rs.getString(8));
            }
            try (ResultSet rs = st.executeQuery("SELECT column_name, geometry_type_name, srs_id, z, m FROM gpkg_geometry_columns")) {
                assertTrue(rs.next());
                assertEquals(List.of("geom", "POINT", 4326, 0, 0), List.of(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                assertFalse(rs.next());
            }
            Map<String, String> columns = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery("PRAGMA table_info(incidents)")) {
                while (rs.next()) columns.put(rs.getString("name"), rs.getString("type"));
            }
            assertEquals(List.of("fid", "geom", "key", "place_ar", "place_en", "event_type", "killed", "count", "confidence",
                    "date_start", "date_end", "desc_ar", "desc_en", "ملاحظات"), List.copyOf(columns.keySet()));
            assertEquals(List.of("INTEGER", "POINT", "TEXT", "TEXT", "TEXT", "TEXT", "INTEGER", "INTEGER", "REAL", "DATE", "DATE",
                    "TEXT", "TEXT", "TEXT"), List.copyOf(columns.values()));
            assertTrue(queryString(c, "SELECT sql FROM sqlite_master WHERE name = 'incidents'").contains("fid INTEGER PRIMARY KEY AUTOINCREMENT"));

            assertEquals(FEATURES, queryLong(c, "SELECT count(*) FROM rtree_incidents_geom"));
            assertEquals(6, queryLong(c, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_incidents_geom_%'"));
            assertEquals(1, queryLong(c, "SELECT count(*) FROM gpkg_extensions WHERE table_name = 'incidents' AND column_name = 'geom' "
                    + "AND extension_name = 'gpkg_rtree_index' AND scope = 'write-only'"));

            // Each row: its point blob, and an R-tree box (single precision, rounded outwards) around that point.
            try (ResultSet rs = st.executeQuery("SELECT f.fid, f.geom, r.minx, r.maxx, r.miny, r.maxy, f.date_start, typeof(f.killed) "
                    + "FROM incidents f JOIN rtree_incidents_geom r ON r.id = f.fid ORDER BY f.fid")) {
                int i = 0;
                while (rs.next()) {
                    Feature expected = features.get(i++);
                    assertEquals(i, rs.getLong(1));
                    Point p = (Point) GeoPackageGeometry.decode(rs.getBytes(2));
                    assertEquals(expected.lon(), p.getX());
                    assertEquals(expected.lat(), p.getY());
                    assertEquals(4326, p.getSRID());
                    assertTrue(rs.getDouble(3) <= expected.lon() && expected.lon() <= rs.getDouble(4), "R-tree x of " + i);
                    assertTrue(rs.getDouble(5) <= expected.lat() && expected.lat() <= rs.getDouble(6), "R-tree y of " + i);
                    LocalDate start = (LocalDate) expected.values().get(7);
                    assertEquals(start == null ? null : start.toString(), rs.getString(7));
                    assertEquals(expected.values().get(4) == null ? "null" : "integer", rs.getString(8));
                }
                assertEquals(FEATURES, i);
            }
        }
    }

    private static String queryString(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    @Test
    void gdalUsesTheSpatialIndexAndItsTriggersKeepItInStep() throws IOException, SQLException {
        Gdal.require();
        List<Feature> features = SampleLayer.features(FEATURES);
        Path file = writeSample();
        Gdal.Run has = Gdal.run("ogrinfo", "-ro", file.toString(), "-sql", "SELECT HasSpatialIndex('incidents', 'geom')");
        assertTrue(has.out().contains("HasSpatialIndex (Integer) = 1"), has.out() + has.err());

        long inWindow = features.stream().filter(f -> f.lon() >= 40 && f.lon() <= 40.5 && f.lat() >= 35 && f.lat() <= 35.5).count();
        assertTrue(inWindow > 10);
        Gdal.Run spatial = Gdal.run("ogrinfo", "-ro", "-so", "-spat", "40", "35", "40.5", "35.5", file.toString(), "incidents");
        assertTrue(spatial.out().contains("Feature Count: " + inWindow), spatial.out());

        // GDAL provides the ST_ functions the triggers call: an append and a delete through GDAL update the index.
        Path one = dir.resolve("one.geojson");
        Files.writeString(one, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"key\":\"new\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[40.25,35.25]}}]}", StandardCharsets.UTF_8);
        Gdal.Run append = Gdal.run("ogr2ogr", "-append", "-nln", "incidents", file.toString(), one.toString());
        assertEquals(0, append.exitCode(), append.err());
        Gdal.Run delete = Gdal.run("ogrinfo", file.toString(), "-sql", "DELETE FROM incidents WHERE fid <= 10");
        assertEquals(0, delete.exitCode(), delete.err());
        try (Connection c = connect(file)) {
            assertEquals(FEATURES + 1 - 10, queryLong(c, "SELECT count(*) FROM rtree_incidents_geom"));
            assertEquals(FEATURES + 1 - 10, queryLong(c, "SELECT count(*) FROM incidents"));
        }
        assertValid(file);
    }

    @Test
    void anyLayerOrFieldNameIsQuotedSafely() throws IOException {
        Layer layer = new Layer("حوادث \"2024\" - دير الزور", List.of(
                new Field("اسم المكان", FieldType.TEXT, 50, ""),
                new Field("select", FieldType.INTEGER, 0, ""),
                new Field("a\"b", FieldType.REAL, 0, "")), null);
        Path file = write("names.gpkg", layer, features(new Object[] {40.1, 35.2, "الميادين", 3L, 1.5}, new Object[] {40.2, 35.3, null, null, null}));
        Gdal.require();
        JsonNode root = Gdal.readAsGeoJson(file, List.of());
        assertEquals(layer.name(), root.path("name").asText());
        assertSameAsWritten(layer, features(new Object[] {40.1, 35.2, "الميادين", 3L, 1.5}, new Object[] {40.2, 35.3, null, null, null}),
                root.path("features"));
        assertValid(file);
    }

    @Test
    void namesTheFormatReservesAreRefused() {
        Path target = dir.resolve("x.gpkg");
        for (String reserved : List.of("fid", "GEOM")) {
            Layer layer = new Layer("incidents", List.of(new Field(reserved, FieldType.TEXT, 10, "")), null);
            assertThrows(IllegalArgumentException.class, () -> format().open(target, layer), reserved);
        }
        for (String table : List.of("gpkg_contents", "sqlite_master", "rtree_x", " ")) {
            Layer layer = new Layer(table, List.of(new Field("a", FieldType.TEXT, 10, "")), null);
            assertThrows(IllegalArgumentException.class, () -> format().open(target, layer), table);
        }
        assertFalse(Files.exists(target));
    }
}
