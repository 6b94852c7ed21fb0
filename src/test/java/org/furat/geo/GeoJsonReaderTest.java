package org.furat.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.furat.map.Basemap;
import org.furat.map.MapDefinition;
import org.furat.map.VectorLayer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.DistanceOp;

class GeoJsonReaderTest {

    private static final String COLLECTION = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"name_en": "Euphrates", "name_ar": "نهر الفرات", "level": 1},
               "geometry": {"type": "LineString", "coordinates": [[40.0, 35.4], [40.1, 35.35], [40.2, 35.3]]}},
              {"type": "Feature", "properties": {"name_en": "Wadis", "name_ar": "وادٍ موسمي"},
               "geometry": {"type": "MultiLineString", "coordinates": [
                  [[39.6, 34.9], [39.7, 35.0]],
                  [[40.5, 35.1], [40.6, 35.2], [40.7, 35.25]]]}},
              {"type": "Feature", "properties": {"name_en": "Syria", "name_ar": "سوريا"},
               "geometry": {"type": "Polygon", "coordinates": [
                  [[39.5, 34.3], [41.6, 34.3], [41.6, 35.9], [39.5, 35.9], [39.5, 34.3]],
                  [[40.0, 35.0], [40.0, 35.2], [40.2, 35.2], [40.2, 35.0], [40.0, 35.0]]]}}
            ]}
            """;

    private static List<GeoJsonReader.Feature> read(String json, String name) throws IOException {
        return new GeoJsonReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name);
    }

    @Test
    void readsLinesMultiLinesAndPolygonsWithHolesAndTheirProperties() throws IOException {
        List<GeoJsonReader.Feature> features = read(COLLECTION, "small.geojson");
        assertEquals(3, features.size());

        LineString line = assertInstanceOf(LineString.class, features.get(0).geometry());
        assertEquals(3, line.getNumPoints());
        assertEquals(new Coordinate(40.0, 35.4), line.getCoordinateN(0), "GeoJSON positions are [longitude, latitude]");
        assertEquals(new Coordinate(40.2, 35.3), line.getCoordinateN(2));
        assertEquals(4326, line.getSRID());
        assertEquals("نهر الفرات", features.get(0).properties().get("name_ar"));
        assertEquals("Euphrates", features.get(0).properties().get("name_en"));
        assertEquals("1", features.get(0).properties().get("level"));

        MultiLineString multi = assertInstanceOf(MultiLineString.class, features.get(1).geometry());
        assertEquals(2, multi.getNumGeometries());
        assertEquals(2, multi.getGeometryN(0).getNumPoints());
        assertEquals(3, multi.getGeometryN(1).getNumPoints());
        assertEquals("وادٍ موسمي", features.get(1).properties().get("name_ar"));

        Polygon polygon = assertInstanceOf(Polygon.class, features.get(2).geometry());
        assertEquals(1, polygon.getNumInteriorRing());
        // 2.1 x 1.6 degrees less a 0.2 x 0.2 hole
        assertEquals(2.1 * 1.6 - 0.2 * 0.2, polygon.getArea(), 1e-9);
        Point inHole = polygon.getFactory().createPoint(new Coordinate(40.1, 35.1));
        Point inShell = polygon.getFactory().createPoint(new Coordinate(41.0, 35.5));
        assertFalse(polygon.contains(inHole), "the hole is a hole");
        assertTrue(polygon.contains(inShell));
        assertEquals("سوريا", features.get(2).properties().get("name_ar"));
    }

    @Test
    void rejectsSomethingThatIsNotAFeatureCollection() {
        IOException e = assertThrows(IOException.class,
                () -> read("{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [40, 35]}}", "lonely.geojson"));
        assertTrue(e.getMessage().contains("lonely.geojson"), e.getMessage());
        assertTrue(e.getMessage().contains("FeatureCollection"), e.getMessage());
        assertThrows(IOException.class, () -> read("[1, 2, 3]", "array.geojson"));
        assertThrows(IOException.class, () -> read("{\"type\": \"FeatureCollection\", \"features\": [", "cut.geojson"));
    }

    @Test
    void aPositionWithOneNumberIsReportedWithItsFeature() {
        String json = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[40, 35], [40.1, 35.1]]}},
                  {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[40, 35], [40.1]]}}
                ]}
                """;
        IOException e = assertThrows(IOException.class, () -> read(json, "broken.geojson"));
        assertTrue(e.getMessage().contains("broken.geojson"), e.getMessage());
        assertTrue(e.getMessage().contains("feature 2"), e.getMessage());
        assertFalse(e.getMessage().contains("feature 1"), e.getMessage());
    }

    @Test
    void otherMalformedGeometriesAreReportedWithTheirFeature() {
        String textCoordinates = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": ["40", "35"]}}]}
                """;
        assertTrue(assertThrows(IOException.class, () -> read(textCoordinates, "a")).getMessage().contains("feature 1"));
        String unknownType = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [40, 35]}},
                  {"type": "Feature", "properties": {}, "geometry": {"type": "Circle", "coordinates": [40, 35]}}]}
                """;
        IOException e = assertThrows(IOException.class, () -> read(unknownType, "b"));
        assertTrue(e.getMessage().contains("feature 2") && e.getMessage().contains("Circle"), e.getMessage());
        String openRing = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon",
                    "coordinates": [[[40, 35], [41, 35], [41, 36], [40, 36]]]}}]}
                """;
        assertTrue(assertThrows(IOException.class, () -> read(openRing, "c")).getMessage().contains("feature 1"));
    }

    @Test
    void everyBasemapLayerLoadsWithShapes() throws IOException {
        Basemap basemap = Basemap.load(MapDefinition.DEIR_EZ_ZOR);
        List<String> defined = basemap.definition().layers().stream().map(MapDefinition.LayerDefinition::id).toList();
        List<String> loaded = basemap.layers().stream().map(VectorLayer::id).toList();
        assertEquals(defined, loaded, "every layer the definition lists is loaded, in drawing order");
        assertTrue(loaded.contains("euphrates"), loaded.toString());
        for (VectorLayer layer : basemap.layers()) {
            assertTrue(layer.shapeCount() > 0, "layer " + layer.id() + " has no shapes");
        }
    }

    @Test
    void euphratesPassesWithinTwoKilometresOfDeirEzZorCity() throws IOException {
        List<GeoJsonReader.Feature> features;
        try (InputStream in = GeoJsonReaderTest.class.getResourceAsStream("/org/furat/maps/layers/euphrates.geojson")) {
            assertNotNull(in, "the Euphrates layer is packaged");
            features = new GeoJsonReader().read(in, "euphrates.geojson");
        }
        assertFalse(features.isEmpty());
        Geometry city = GeoPackageGeometry.point(40.141, 35.336);
        double nearest = Double.MAX_VALUE;
        for (GeoJsonReader.Feature f : features) {
            Coordinate[] pair = DistanceOp.nearestPoints(f.geometry(), city);
            nearest = Math.min(nearest, haversineMetres(pair[0], pair[1]));
        }
        assertTrue(nearest < 2000, "the Euphrates passes " + nearest + " m from Deir ez-Zor");
    }

    /** Great-circle distance on a sphere of the mean Earth radius; ample for a 2 km check. */
    private static double haversineMetres(Coordinate a, Coordinate b) {
        double phi1 = Math.toRadians(a.y), phi2 = Math.toRadians(b.y);
        double dPhi = phi2 - phi1, dLambda = Math.toRadians(b.x - a.x);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2) + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
    }
}
