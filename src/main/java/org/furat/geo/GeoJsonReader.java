package org.furat.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Reads an RFC 7946 GeoJSON FeatureCollection (longitude/latitude) into features. Malformed input is
 * reported with the feature number at fault rather than skipped silently.
 */
public final class GeoJsonReader {

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), GeoPackageGeometry.WGS84);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A geometry with its attributes. */
    public record Feature(Geometry geometry, Map<String, String> properties) {}

    public List<Feature> read(InputStream in, String name) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new IOException(name + " is not a GeoJSON FeatureCollection");
        }
        List<Feature> features = new ArrayList<>();
        int index = 0;
        for (JsonNode feature : root.path("features")) {
            index++;
            try {
                Geometry geometry = geometry(feature.path("geometry"));
                Map<String, String> properties = new LinkedHashMap<>();
                feature.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue().asText()));
                features.add(new Feature(geometry, properties));
            } catch (IllegalArgumentException e) {
                throw new IOException(name + ", feature " + index + ": " + e.getMessage(), e);
            }
        }
        return features;
    }

    private static Geometry geometry(JsonNode node) {
        JsonNode c = node.path("coordinates");
        return switch (node.path("type").asText()) {
            case "Point" -> FACTORY.createPoint(coordinate(c));
            case "LineString" -> FACTORY.createLineString(coordinates(c));
            case "MultiLineString" -> {
                List<org.locationtech.jts.geom.LineString> lines = new ArrayList<>();
                for (JsonNode line : c) lines.add(FACTORY.createLineString(coordinates(line)));
                yield FACTORY.createMultiLineString(lines.toArray(org.locationtech.jts.geom.LineString[]::new));
            }
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> {
                List<Polygon> polygons = new ArrayList<>();
                for (JsonNode polygon : c) polygons.add(polygon(polygon));
                yield FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
            }
            default -> throw new IllegalArgumentException("unsupported geometry type '" + node.path("type").asText() + "'");
        };
    }

    private static Polygon polygon(JsonNode rings) {
        if (rings.size() == 0) throw new IllegalArgumentException("polygon without rings");
        LinearRing shell = FACTORY.createLinearRing(coordinates(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = FACTORY.createLinearRing(coordinates(rings.get(i)));
        return FACTORY.createPolygon(shell, holes);
    }

    private static Coordinate[] coordinates(JsonNode array) {
        Coordinate[] result = new Coordinate[array.size()];
        for (int i = 0; i < result.length; i++) result[i] = coordinate(array.get(i));
        return result;
    }

    private static Coordinate coordinate(JsonNode pair) {
        if (pair == null || pair.size() < 2 || !pair.get(0).isNumber() || !pair.get(1).isNumber()) {
            throw new IllegalArgumentException("a position must be [longitude, latitude]");
        }
        return new Coordinate(pair.get(0).asDouble(), pair.get(1).asDouble());
    }
}
