package org.furat.io.shapefile;

import org.furat.io.Gdal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.furat.io.Feature;
import org.furat.io.FeatureWriter;
import org.furat.io.Field;
import org.furat.io.FieldType;
import org.furat.io.Layer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GDAL, the reference, reads what we write as we wrote it, and we read what it writes. */
class ShapefileGdalTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeEach
    void needsGdal() {
        Gdal.require();
    }

    private static Path write(Path target, Layer layer, List<Feature> features) throws IOException {
        try (FeatureWriter writer = new ShapefileFormat().open(target, layer)) {
            for (Feature feature : features) writer.write(feature);
            writer.commit();
        }
        return target;
    }

    private static String summary(Path shp) throws IOException {
        Gdal.Run r = Gdal.run("ogrinfo", "-ro", "-al", "-so", shp.toString());
        assertEquals(0, r.exitCode(), () -> "ogrinfo failed: " + r.err());
        assertEquals(List.of(), r.problems(), "ogrinfo complained about " + shp.getFileName());
        return r.out();
    }

    private JsonNode toGeoJson(Path shp) throws IOException {
        Path geojson = dir.resolve(shp.getFileName() + ".geojson");
        Gdal.Run r = Gdal.run("ogr2ogr", "-f", "GeoJSON", geojson.toString(), shp.toString());
        assertEquals(0, r.exitCode(), () -> "ogr2ogr failed: " + r.err());
        assertEquals(List.of(), r.problems(), "ogr2ogr complained about " + shp.getFileName());
        return JSON.readTree(Files.readString(geojson, StandardCharsets.UTF_8));
    }

    @Test
    void gdalReadsBackEveryFeatureAsWritten() throws IOException {
        List<Feature> features = ShapefileSamples.features(1000, 11);
        Path shp = write(dir.resolve("incidents.shp"), ShapefileSamples.LAYER, features);

        String summary = summary(shp);
        assertTrue(summary.contains("Feature Count: 1000"), summary);
        assertTrue(summary.contains("Geometry: Point"), summary);
        assertTrue(summary.contains("GEOGCRS[\"WGS 84\"") && summary.contains("ID[\"EPSG\",4326]"), summary);
        assertTrue(summary.contains("descrip_ar: String (254.0)"), summary);
        assertTrue(summary.contains("killed: Integer64 (18.0)"), summary);
        assertTrue(summary.contains("lon_copy: Real (24.15)"), summary);
        assertTrue(summary.contains("date_start: Date (10.0)"), summary);

        JsonNode collection = toGeoJson(shp);
        JsonNode read = collection.path("features");
        assertEquals(1000, read.size());
        List<String> names = DbfFieldNames.shorten(ShapefileSamples.LAYER.fields().stream().map(Field::name).toList());
        for (int i = 0; i < features.size(); i++) {
            Feature feature = features.get(i);
            JsonNode geometry = read.get(i).path("geometry");
            assertEquals("Point", geometry.path("type").asText());
            assertEquals(feature.lon(), geometry.path("coordinates").get(0).asDouble(), 1e-9, "longitude of feature " + i);
            assertEquals(feature.lat(), geometry.path("coordinates").get(1).asDouble(), 1e-9, "latitude of feature " + i);
            JsonNode properties = read.get(i).path("properties");
            for (int f = 0; f < names.size(); f++) {
                Field field = ShapefileSamples.LAYER.fields().get(f);
                Object written = feature.values().get(f);
                JsonNode value = properties.path(names.get(f)); // missing (unset) or null for no value
                String context = "feature " + i + ", field " + field.name() + ": " + value;
                if (written == null || (field.type() == FieldType.TEXT
                        && ShapefileSamples.expectedText((String) written, field.width(), true) == null)) {
                    assertTrue(value.isMissingNode() || value.isNull(), context);
                    continue;
                }
                switch (field.type()) {
                    case TEXT -> {
                        assertTrue(value.isTextual(), context);
                        assertEquals(ShapefileSamples.expectedText((String) written, field.width(), true), value.asText(), context);
                        assertFalse(value.asText().contains("?") || value.asText().contains("\uFFFD"), context);
                    }
                    case INTEGER -> {
                        assertTrue(value.isIntegralNumber(), context);
                        assertEquals(written, value.asLong(), context);
                    }
                    case REAL -> {
                        assertTrue(value.isNumber(), context);
                        assertEquals((Double) written, value.asDouble(), 1e-9, context);
                    }
                    case DATE -> assertEquals(written, LocalDate.parse(value.asText()), context);
                }
            }
        }
    }

    @Test
    void ourReaderReadsWhatGdalWrites() throws IOException {
        Random random = new Random(5);
        String[] arabic = {"الميادين", "البوكمال", "ذيبان", "الشَّحيل", "هجين", "دير الزور", "«قسد»", "قصف مدفعي", "😀"};
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (int i = 0; i < 300; i++) {
            ObjectNode feature = features.addObject().put("type", "Feature");
            ObjectNode properties = feature.putObject("properties");
            boolean nulls = i % 7 == 2;
            if (nulls) {
                properties.putNull("name_ar").putNull("name_en").putNull("killed").putNull("population").putNull("ratio").putNull("day");
            } else {
                properties.put("name_ar", arabic[random.nextInt(arabic.length)] + " " + arabic[random.nextInt(arabic.length)]);
                properties.put("name_en", "place \"" + i + "\", Deir ez-Zor");
                properties.put("killed", random.nextInt(50));
                properties.put("population", random.nextLong() % 1_000_000_000_000L);
                properties.put("ratio", random.nextGaussian() * 100);
                properties.put("day", LocalDate.of(2012, 1, 1).plusDays(random.nextInt(4000)).toString());
            }
            if (i % 50 == 49) {
                feature.putNull("geometry");
            } else {
                feature.putObject("geometry").put("type", "Point").putArray("coordinates")
                        .add(39.5 + random.nextDouble() * 1.5).add(34.4 + random.nextDouble() * 1.2);
            }
        }
        Path geojson = dir.resolve("source.geojson");
        Files.writeString(geojson, JSON.writeValueAsString(collection), StandardCharsets.UTF_8);
        Path shp = dir.resolve("gdal.shp");
        Gdal.Run r = Gdal.run("ogr2ogr", "-f", "ESRI Shapefile", shp.toString(), geojson.toString(), "-lco", "ENCODING=UTF-8");
        assertEquals(0, r.exitCode(), () -> "ogr2ogr failed: " + r.err());

        try (ShapefileReader reader = ShapefileReader.open(shp)) {
            assertEquals(StandardCharsets.UTF_8, reader.charset());
            assertEquals(List.of("name_ar", "name_en", "killed", "population", "ratio", "day"),
                    reader.fields().stream().map(DbfField::name).toList());
            assertEquals(List.of('C', 'C', 'N', 'N', 'N', 'D'), reader.fields().stream().map(DbfField::type).toList());
            Iterator<ShapefileRecord> records = reader.records().iterator();
            for (JsonNode feature : features) {
                ShapefileRecord record = records.next();
                String context = "record " + record.number();
                JsonNode geometry = feature.path("geometry");
                if (geometry.isNull()) {
                    assertFalse(record.hasPoint(), context);
                } else {
                    assertEquals(geometry.path("coordinates").get(0).asDouble(), record.x(), 1e-9, context);
                    assertEquals(geometry.path("coordinates").get(1).asDouble(), record.y(), 1e-9, context);
                }
                JsonNode properties = feature.path("properties");
                if (properties.path("name_ar").isNull()) {
                    assertTrue(record.attributes().values().stream().allMatch(v -> v == null), context + ": " + record);
                    continue;
                }
                assertEquals(properties.path("name_ar").asText(), record.get("name_ar"), context);
                assertEquals(properties.path("name_en").asText(), record.get("name_en"), context);
                assertEquals(properties.path("killed").asLong(), record.get("killed"), context);
                assertEquals(properties.path("population").asLong(), record.get("population"), context);
                assertEquals(properties.path("ratio").asDouble(), (Double) record.get("ratio"), 1e-9, context);
                assertEquals(LocalDate.parse(properties.path("day").asText()), record.get("day"), context);
            }
            assertFalse(records.hasNext());
        }
    }

    @Test
    void anEmptyLayerIsAValidFile() throws IOException {
        Path shp = write(dir.resolve("empty.shp"), ShapefileSamples.LAYER, List.of());
        String summary = summary(shp);
        assertTrue(summary.contains("Feature Count: 0"), summary);
        assertTrue(summary.contains("Geometry: Point"), summary);
        assertEquals(0, toGeoJson(shp).path("features").size());
    }

    @Test
    void aLayerWithoutFieldsIsAValidFile() throws IOException {
        Path shp = write(dir.resolve("bare.shp"), new Layer("bare", List.of(), null),
                List.of(new Feature(40.1, 35.2, List.of()), new Feature(40.3, 35.4, List.of())));
        assertTrue(summary(shp).contains("Feature Count: 2"));
        JsonNode features = toGeoJson(shp).path("features");
        assertEquals(1, features.get(1).path("properties").path("FID").asLong());
        assertEquals(40.3, features.get(1).path("geometry").path("coordinates").get(0).asDouble(), 1e-12);
    }
}
