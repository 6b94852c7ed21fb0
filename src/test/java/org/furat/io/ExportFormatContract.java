package org.furat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every {@link ExportFormat} keeps, checked against GDAL as the reference reader: every field of every
 * feature reads back as written, with the feature count and WGS 84; a cancelled or failed write leaves nothing (and
 * an older file untouched); an empty layer gives a valid empty file. Each format's test extends this class.
 */
abstract class ExportFormatContract {

    static final int FEATURES = 1_000;

    @TempDir
    Path dir;

    /** The format under test. */
    abstract ExportFormat format();

    /** The GDAL types this format's fields read back as, by field type; null where GDAL reads every attribute as a string. */
    abstract Map<FieldType, Set<String>> gdalTypes();

    /** The open options (-oo …) GDAL needs to read the file as points. */
    List<String> openOptions() {
        return List.of();
    }

    /** What GDAL reads back for a text value: itself, unless the format cannot tell an empty text from no value. */
    String textAsRead(String written) {
        return written;
    }

    /**
     * The name GDAL gives a field, when it cannot keep the one written: GDAL's reader, not the file, is at fault, so
     * a format whose reader renames fields says how. Tried after the written name.
     */
    String fieldNameAsRead(String written) {
        return written;
    }

    private <T> T byFieldName(String name, java.util.function.Function<String, T> lookUp) {
        T found = lookUp.apply(name);
        return found != null ? found : lookUp.apply(fieldNameAsRead(name));
    }

    /** Writes the features and commits. */
    Path write(String fileName, Layer layer, List<Feature> features) throws IOException {
        Path target = dir.resolve(fileName);
        try (FeatureWriter writer = format().open(target, layer)) {
            for (Feature feature : features) writer.write(feature);
            writer.commit();
        }
        return target;
    }

    Path writeSample() throws IOException {
        return write("sample" + format().extension(), SampleLayer.LAYER, SampleLayer.features(FEATURES));
    }

    /** The file names in the test folder. */
    Set<String> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return new TreeSet<>(files.map(p -> p.getFileName().toString()).toList());
        }
    }

    static Set<String> names(List<Path> paths) {
        return new TreeSet<>(paths.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void gdalReadsBackEveryFieldOfEveryFeature() throws IOException {
        Gdal.require();
        Path file = writeSample();
        JsonNode root = Gdal.readAsGeoJson(file, openOptions());
        assertSameAsWritten(SampleLayer.LAYER, SampleLayer.features(FEATURES), root.path("features"));
    }

    void assertSameAsWritten(Layer layer, List<Feature> written, JsonNode read) {
        assertEquals(written.size(), read.size(), "feature count");
        boolean typed = gdalTypes() != null;
        for (int i = 0; i < written.size(); i++) {
            Feature expected = written.get(i);
            JsonNode actual = read.get(i);
            String where = "feature " + i + " (" + expected.values().get(0) + ")";
            JsonNode geometry = actual.path("geometry");
            assertEquals("Point", geometry.path("type").asText(), where);
            assertEquals(expected.lon(), geometry.path("coordinates").get(0).asDouble(), 1e-9, where + " longitude");
            assertEquals(expected.lat(), geometry.path("coordinates").get(1).asDouble(), 1e-9, where + " latitude");
            JsonNode properties = actual.path("properties");
            for (int f = 0; f < layer.fields().size(); f++) {
                Field field = layer.fields().get(f);
                Object value = expected.values().get(f);
                JsonNode node = byFieldName(field.name(), properties::get);
                String what = where + ", field " + field.name();
                if (value instanceof String s) value = textAsRead(s);
                if (value == null) {
                    assertTrue(node == null || node.isNull(), () -> what + " should have no value but reads " + node);
                    continue;
                }
                assertNotNull(node, what + " is missing");
                switch (field.type()) {
                    case TEXT -> assertEquals(value, node.textValue(), what);
                    case INTEGER -> {
                        if (typed) {
                            assertTrue(node.isIntegralNumber(), () -> what + " is not an integer: " + node);
                            assertEquals((long) (Long) value, node.longValue(), what);
                        } else {
                            assertEquals(value.toString(), node.textValue(), what);
                        }
                    }
                    case REAL -> {
                        double d = (Double) value;
                        if (typed) assertTrue(node.isNumber(), () -> what + " is not a number: " + node);
                        double back = typed ? node.doubleValue() : Double.parseDouble(node.textValue());
                        assertEquals(d, back, 1e-9 * Math.max(1, Math.abs(d)), what);
                    }
                    case DATE -> assertEquals(((LocalDate) value).toString(), node.textValue(), what);
                }
            }
        }
    }

    @Test
    void ogrinfoReportsTheFeatureCountWgs84AndTheFieldTypes() throws IOException {
        Gdal.require();
        Path file = writeSample();
        Gdal.Summary summary = Gdal.summary(file, openOptions());
        assertEquals(FEATURES, summary.featureCount(), summary.text());
        assertNotNull(summary.crs(), () -> "no CRS:\n" + summary.text());
        assertTrue(summary.crs().startsWith("GEOGCRS[\"WGS 84\"") && summary.crs().contains("ID[\"EPSG\",4326]"),
                () -> "not WGS 84:\n" + summary.text());
        for (Field field : SampleLayer.LAYER.fields()) {
            String type = byFieldName(field.name(), summary.fieldTypes()::get);
            assertNotNull(type, () -> "GDAL lists no field " + field.name() + ":\n" + summary.text());
            Set<String> expected = gdalTypes() == null ? Set.of("String") : gdalTypes().get(field.type());
            assertTrue(expected.contains(type), field.name() + " is " + type + ", expected one of " + expected);
        }
    }

    @Test
    void anEmptyLayerGivesAValidEmptyFile() throws IOException {
        Path file = write("empty" + format().extension(), SampleLayer.LAYER, List.of());
        assertEquals(names(format().outputs(file)), filesInFolder());
        Gdal.require();
        Gdal.Summary summary = Gdal.summary(file, openOptions());
        assertEquals(0, summary.featureCount(), summary.text());
    }

    @Test
    void commitPutsExactlyTheOutputsInPlace() throws IOException {
        Path file = write("few" + format().extension(), SampleLayer.LAYER, SampleLayer.features(20));
        assertEquals(names(format().outputs(file)), filesInFolder(), "the outputs and no temporary file");
        for (Path output : format().outputs(file)) assertTrue(Files.size(output) > 0, output + " is empty");
    }

    @Test
    void aCancelledWriteLeavesNoFile() throws IOException {
        Path target = dir.resolve("cancelled" + format().extension());
        try (FeatureWriter writer = format().open(target, SampleLayer.LAYER)) {
            for (Feature feature : SampleLayer.features(300)) writer.write(feature);
            // cancelled: closed without commit
        }
        assertEquals(Set.of(), filesInFolder());
    }

    @Test
    void aCancelledWriteLeavesAnOlderFileUntouched() throws IOException {
        Path target = dir.resolve("older" + format().extension());
        List<Path> outputs = format().outputs(target);
        for (Path output : outputs) Files.writeString(output, "older " + output.getFileName(), StandardCharsets.UTF_8);
        try (FeatureWriter writer = format().open(target, SampleLayer.LAYER)) {
            for (Feature feature : SampleLayer.features(50)) writer.write(feature);
        }
        assertEquals(names(outputs), filesInFolder());
        for (Path output : outputs) assertEquals("older " + output.getFileName(), Files.readString(output, StandardCharsets.UTF_8));
    }

    @Test
    void aFeatureThatDoesNotFitTheLayerFailsTheWriteAndLeavesNoFile() throws IOException {
        Path target = dir.resolve("failed" + format().extension());
        try (FeatureWriter writer = format().open(target, SampleLayer.LAYER)) {
            writer.write(SampleLayer.feature(1));
            List<Object> values = new ArrayList<>(SampleLayer.feature(2).values());
            values.set(4, 3); // an Integer where the layer says Long
            assertThrows(IllegalArgumentException.class, () -> writer.write(new Feature(40, 35, values)));
            assertThrows(IllegalArgumentException.class, () -> writer.write(new Feature(40, 35, values.subList(0, 3))));
            List<Object> notFinite = new ArrayList<>(SampleLayer.feature(2).values());
            notFinite.set(6, Double.NaN);
            assertThrows(IllegalArgumentException.class, () -> writer.write(new Feature(40, 35, notFinite)));
            assertThrows(IllegalArgumentException.class, () -> writer.write(new Feature(200, 35, SampleLayer.feature(3).values())));
            assertThrows(IllegalArgumentException.class, () -> writer.write(new Feature(Double.NaN, 35, SampleLayer.feature(3).values())));
        }
        assertEquals(Set.of(), filesInFolder());
    }

    @Test
    void aWriterIsDoneOnceCommitted() throws IOException {
        Path target = dir.resolve("done" + format().extension());
        FeatureWriter writer = format().open(target, SampleLayer.LAYER);
        writer.write(SampleLayer.feature(1));
        writer.commit();
        assertThrows(IllegalStateException.class, () -> writer.write(SampleLayer.feature(2)));
        assertThrows(IllegalStateException.class, writer::commit);
        writer.close();
        writer.close();
        assertTrue(Files.exists(target));
    }

    @Test
    void aLayerWithDuplicateFieldNamesIsRefusedBeforeAnythingIsWritten() {
        Layer twice = new Layer("bad", List.of(new Field("name", FieldType.TEXT, 10, ""), new Field("NAME", FieldType.TEXT, 10, "")), null);
        assertThrows(IllegalArgumentException.class, () -> format().open(dir.resolve("bad" + format().extension()), twice));
        Layer missingStyle = new Layer("bad", List.of(new Field("name", FieldType.TEXT, 10, "")), "event_type");
        assertThrows(IllegalArgumentException.class, () -> format().open(dir.resolve("bad" + format().extension()), missingStyle));
        assertFalse(Files.exists(dir.resolve("bad" + format().extension())));
    }

    @Test
    void aMissingFolderIsAnIoError() {
        Path target = dir.resolve("no-such-folder").resolve("x" + format().extension());
        assertThrows(IOException.class, () -> format().open(target, SampleLayer.LAYER));
    }

    /** A small layer whose values are listed, for format-specific checks. */
    static List<Feature> features(Object[]... rows) {
        List<Feature> features = new ArrayList<>();
        for (Object[] row : rows) {
            features.add(new Feature((Double) row[0], (Double) row[1], Arrays.asList(Arrays.copyOfRange(row, 2, row.length))));
        }
        return features;
    }
}
