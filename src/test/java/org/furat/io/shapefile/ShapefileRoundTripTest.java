package org.furat.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.furat.io.Feature;
import org.furat.io.FeatureWriter;
import org.furat.io.Field;
import org.furat.io.FieldType;
import org.furat.io.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What our writer writes, our reader reads back. */
class ShapefileRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void everyFeatureReadsBackAsWritten() throws IOException {
        List<Feature> features = ShapefileSamples.features(1000, 7);
        Path target = dir.resolve("incidents.shp");
        try (FeatureWriter writer = new ShapefileFormat().open(target, ShapefileSamples.LAYER)) {
            for (Feature feature : features) writer.write(feature);
            writer.commit();
        }
        List<String> names = DbfFieldNames.shorten(ShapefileSamples.LAYER.fields().stream().map(Field::name).toList());
        try (ShapefileReader reader = ShapefileReader.open(target)) {
            assertEquals(StandardCharsets.UTF_8, reader.charset());
            assertEquals(1, reader.shapeType());
            assertEquals(1000, reader.recordCount());
            assertEquals(names, reader.fields().stream().map(DbfField::name).toList());
            assertEquals(List.of(new DbfField("incident", 'C', 40, 0), new DbfField("descrip_ar", 'C', 254, 0),
                    new DbfField("descrip_en", 'C', 100, 0), new DbfField("place_ar", 'C', 21, 0),
                    new DbfField("killed", 'N', 18, 0), new DbfField("population", 'N', 18, 0),
                    new DbfField("lon_copy", 'N', 24, 15), new DbfField("lat_copy", 'N', 24, 15),
                    new DbfField("ratio", 'N', 24, 15), new DbfField("date_start", 'D', 8, 0),
                    new DbfField("date_end", 'D', 8, 0)), reader.fields());
            Iterator<ShapefileRecord> records = reader.records().iterator();
            for (int i = 0; i < features.size(); i++) {
                Feature feature = features.get(i);
                ShapefileRecord record = records.next();
                assertEquals(i + 1, record.number());
                assertEquals(feature.lon(), record.x(), "coordinates are stored as doubles");
                assertEquals(feature.lat(), record.y());
                for (int f = 0; f < names.size(); f++) {
                    Field field = ShapefileSamples.LAYER.fields().get(f);
                    Object written = feature.values().get(f);
                    Object read = record.get(names.get(f));
                    String context = "feature " + i + ", field " + field.name();
                    switch (field.type()) {
                        case TEXT -> assertEquals(ShapefileSamples.expectedText((String) written, field.width(), false), read, context);
                        case REAL -> {
                            if (written == null) assertEquals(null, read, context);
                            else assertEquals((Double) written, (Double) read, 1e-12, context);
                        }
                        default -> assertEquals(written, read, context);
                    }
                }
            }
            assertFalse(records.hasNext());
        }
    }

    @Test
    void longArabicTextIsCutToTheWidthAndStaysArabic() throws IOException {
        Layer layer = new Layer("t", List.of(new Field("text", FieldType.TEXT, 11, "")), null);
        Path target = dir.resolve("t.shp");
        try (FeatureWriter writer = new ShapefileFormat().open(target, layer)) {
            writer.write(new Feature(1, 2, List.of("دير الزور")));   // 17 bytes: cut after 5 letters and the space
            writer.write(new Feature(1, 2, List.of("ab😀cd")));       // the emoji fits exactly
            writer.write(new Feature(1, 2, List.of("abcdefgh😀")));   // the emoji does not fit
            writer.commit();
        }
        try (ShapefileReader reader = ShapefileReader.open(target)) {
            assertEquals(Arrays.asList("دير ال", "ab😀cd", "abcdefgh"), reader.records().map(r -> r.get("text")).toList());
        }
    }

    @Test
    void recordsStreamLazilyAndOnlyOnce() throws IOException {
        Path target = dir.resolve("lazy.shp");
        Layer layer = new Layer("lazy", List.of(new Field("day", FieldType.DATE, 0, "")), null);
        try (FeatureWriter writer = new ShapefileFormat().open(target, layer)) {
            for (int i = 0; i < 100; i++) writer.write(new Feature(i * 0.5, -i * 0.25, List.of(LocalDate.of(2024, 1, 1).plusDays(i))));
            writer.commit();
        }
        try (ShapefileReader reader = ShapefileReader.open(target)) {
            List<ShapefileRecord> firstThree = new ArrayList<>();
            try (Stream<ShapefileRecord> records = reader.records()) {
                records.limit(3).forEach(firstThree::add);
            }
            assertEquals(List.of(0.0, 0.5, 1.0), firstThree.stream().map(ShapefileRecord::x).toList());
            assertEquals(Map.of("day", LocalDate.of(2024, 1, 3)), firstThree.get(2).attributes());
            assertTrue(firstThree.get(0).hasPoint());
            org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, reader::records);
        }
    }
}
