package org.furat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.furat.io.geojson.GeoJsonFormat;
import org.junit.jupiter.api.Test;

class GeoJsonFormatTest extends ExportFormatContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    ExportFormat format() {
        return new GeoJsonFormat();
    }

    @Override
    Map<FieldType, Set<String>> gdalTypes() {
        return Map.of(FieldType.TEXT, Set.of("String"), FieldType.INTEGER, Set.of("Integer", "Integer64"),
                FieldType.REAL, Set.of("Real"), FieldType.DATE, Set.of("Date"));
    }

    @Test
    void theFileIsAnRfc7946FeatureCollectionWithTypedPropertiesAndExactCoordinates() throws IOException {
        List<Feature> features = SampleLayer.features(FEATURES);
        Path file = writeSample();
        JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals("FeatureCollection", root.path("type").asText());
        assertEquals("incidents", root.path("name").asText());
        assertFalse(root.has("crs"), "RFC 7946 has no crs member: coordinates are WGS 84 longitude, latitude");
        JsonNode read = root.path("features");
        assertEquals(FEATURES, read.size());
        for (int i = 0; i < FEATURES; i++) {
            Feature expected = features.get(i);
            JsonNode f = read.get(i);
            assertEquals("Feature", f.path("type").asText());
            assertEquals("Point", f.path("geometry").path("type").asText());
            JsonNode coordinates = f.path("geometry").path("coordinates");
            assertEquals(2, coordinates.size());
            assertEquals(expected.lon(), coordinates.get(0).doubleValue(), 0.0, "full precision");
            assertEquals(expected.lat(), coordinates.get(1).doubleValue(), 0.0, "full precision");
            JsonNode properties = f.path("properties");
            assertEquals(SampleLayer.LAYER.fields().size(), properties.size(), "every field, nulls included");
            for (int j = 0; j < SampleLayer.LAYER.fields().size(); j++) {
                Field field = SampleLayer.LAYER.fields().get(j);
                Object value = expected.values().get(j);
                JsonNode node = properties.get(field.name());
                String what = "feature " + i + " " + field.name();
                assertTrue(node != null, what);
                if (value == null) {
                    assertTrue(node.isNull(), what);
                } else if (value instanceof String s) {
                    assertTrue(node.isTextual(), what);
                    assertEquals(s, node.textValue(), what);
                } else if (value instanceof Long l) {
                    assertTrue(node.isIntegralNumber(), what);
                    assertEquals((long) l, node.longValue(), what);
                } else if (value instanceof Double d) {
                    assertTrue(node.isFloatingPointNumber(), what);
                    assertEquals(d, node.doubleValue(), 0.0, what);
                } else {
                    assertTrue(node.isTextual(), what);
                    assertEquals((LocalDate) value, LocalDate.parse(node.textValue()), what);
                }
            }
        }
    }

    @Test
    void eachFeatureIsOnALineOfItsOwnAndArabicIsPlainUtf8() throws IOException {
        Path file = write("lines.geojson", SampleLayer.LAYER, SampleLayer.features(50));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertEquals(52, lines.size(), "a line to open the collection, one per feature, one to close it");
        for (String line : lines.subList(1, 51)) assertTrue(line.startsWith("{\"type\":\"Feature\""), line);
        assertTrue(text.contains("خُشَام"), "Arabic is written as UTF-8, not as \\u escapes");
        assertFalse(text.contains("\\u06"), "no escaped Arabic");
        assertTrue(text.endsWith("]}\n"));
    }

    @Test
    void anEmptyLayerIsAnEmptyFeatureCollection() throws IOException {
        Path file = write("empty.geojson", SampleLayer.LAYER, List.of());
        JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals("FeatureCollection", root.path("type").asText());
        assertTrue(root.path("features").isArray());
        assertEquals(0, root.path("features").size());
    }
}
