package org.furat.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.furat.io.Feature;
import org.furat.io.FeatureWriter;
import org.furat.io.Field;
import org.furat.io.FieldType;
import org.furat.io.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bytes the shapefile writer produces, and how it fails. */
class ShapefileWriterTest {

    static final Layer LAYER = new Layer("incidents", List.of(
            new Field("description_ar", FieldType.TEXT, 20, "الوصف بالعربية"),
            new Field("description_en", FieldType.TEXT, 20, "description, in \"English\""),
            new Field("killed", FieldType.INTEGER, 0, "people killed"),
            new Field("lon_value", FieldType.REAL, 0, "a real"),
            new Field("date_start", FieldType.DATE, 0, "first day")), null);

    @TempDir
    Path dir;

    private final ShapefileFormat format = new ShapefileFormat();

    static Feature feature(double lon, double lat, Object... values) {
        return new Feature(lon, lat, Arrays.asList(values));
    }

    private Path writeThree() throws IOException {
        Path target = dir.resolve("incidents.shp");
        try (FeatureWriter writer = format.open(target, LAYER)) {
            writer.write(feature(40.14, 35.33, "قصف على الميادين", "Shelling", 3L, 40.123, LocalDate.of(2024, 10, 5)));
            writer.write(feature(40.5, 34.9, null, null, null, null, null));
            writer.write(feature(39.9, 35.6, "", "x", -5L, -0.5, LocalDate.of(1999, 12, 31)));
            writer.commit();
        }
        return target;
    }

    private static ByteBuffer bytes(Path file, ByteOrder order) throws IOException {
        return ByteBuffer.wrap(Files.readAllBytes(file)).order(order);
    }

    @Test
    void formatNamesItsSixFiles() {
        assertEquals("shp", format.name());
        assertEquals(".shp", format.extension());
        assertEquals(Stream.of(".shp", ".shx", ".dbf", ".prj", ".cpg", ".fields.csv").map(s -> dir.resolve("a" + s)).toList(),
                format.outputs(dir.resolve("a.SHP")));
        assertEquals(dir.resolve("b.x.shp"), format.outputs(dir.resolve("b.x")).get(0));
    }

    @Test
    void mainFileAndIndexHaveTheirHeadersAndRecords() throws IOException {
        Path target = writeThree();
        ByteBuffer shp = bytes(target, ByteOrder.BIG_ENDIAN);
        assertEquals(100 + 3 * 28, shp.capacity());
        assertEquals(9994, shp.getInt(0));
        assertEquals(shp.capacity() / 2, shp.getInt(24), "file length in 16-bit words, big-endian");
        shp.order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(1000, shp.getInt(28));
        assertEquals(1, shp.getInt(32));
        assertArrayEquals(new double[] {39.9, 34.9, 40.5, 35.6, 0, 0, 0, 0},
                new double[] {shp.getDouble(36), shp.getDouble(44), shp.getDouble(52), shp.getDouble(60),
                        shp.getDouble(68), shp.getDouble(76), shp.getDouble(84), shp.getDouble(92)});
        ByteBuffer shx = bytes(dir.resolve("incidents.shx"), ByteOrder.BIG_ENDIAN);
        assertEquals(100 + 3 * 8, shx.capacity());
        assertEquals(shx.capacity() / 2, shx.getInt(24));
        for (int i = 0; i < 3; i++) {
            int offset = 100 + 28 * i;
            shp.order(ByteOrder.BIG_ENDIAN);
            assertEquals(i + 1, shp.getInt(offset), "record numbers start at 1");
            assertEquals(10, shp.getInt(offset + 4), "content length in words");
            assertEquals(offset / 2, shx.getInt(100 + 8 * i));
            assertEquals(10, shx.getInt(100 + 8 * i + 4));
            shp.order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(1, shp.getInt(offset + 8));
        }
        assertEquals(40.14, shp.getDouble(100 + 12));
        assertEquals(35.33, shp.getDouble(100 + 20));
        // The index header repeats the main header except for the length.
        byte[] a = Files.readAllBytes(target);
        byte[] b = Files.readAllBytes(dir.resolve("incidents.shx"));
        assertArrayEquals(Arrays.copyOfRange(a, 28, 100), Arrays.copyOfRange(b, 28, 100));
    }

    @Test
    void dbfHasItsHeaderRecordsAndEndMarker() throws IOException {
        Path target = writeThree();
        byte[] dbf = Files.readAllBytes(dir.resolve("incidents.dbf"));
        ByteBuffer header = ByteBuffer.wrap(dbf).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x03, dbf[0]);
        assertEquals(3, header.getInt(4), "record count");
        int headerLength = header.getShort(8);
        int recordLength = header.getShort(10);
        assertEquals(32 + 32 * 5 + 1, headerLength);
        assertEquals(1 + 20 + 20 + 18 + 24 + 8, recordLength);
        assertEquals(0x00, dbf[29], "no language driver: the .cpg says UTF-8");
        assertEquals(0x0D, dbf[headerLength - 1]);
        assertEquals(headerLength + 3 * recordLength + 1, dbf.length);
        assertEquals(0x1A, dbf[dbf.length - 1]);
        String[] names = {"descrip_ar", "descrip_en", "killed", "lon_value", "date_start"};
        char[] types = {'C', 'C', 'N', 'N', 'D'};
        int[] widths = {20, 20, 18, 24, 8};
        int[] decimals = {0, 0, 0, 15, 0};
        for (int i = 0; i < 5; i++) {
            int at = 32 + 32 * i;
            assertEquals(names[i], new String(dbf, at, 11, StandardCharsets.US_ASCII).replace("\0", ""));
            assertEquals(types[i], (char) dbf[at + 11]);
            assertEquals(widths[i], dbf[at + 16] & 0xFF);
            assertEquals(decimals[i], dbf[at + 17]);
        }
        String first = new String(dbf, headerLength, recordLength, StandardCharsets.UTF_8);
        assertEquals(" " + pad("قصف على الم", 20) + pad("Shelling", 20) + " ".repeat(17) + "3"
                + "      40.123000000000000" + "20241005", first);
        String second = new String(dbf, headerLength + recordLength, recordLength, StandardCharsets.US_ASCII);
        assertEquals(" ".repeat(recordLength), second, "nulls are blanks");
        String third = new String(dbf, headerLength + 2 * recordLength, recordLength, StandardCharsets.US_ASCII);
        assertEquals(" " + " ".repeat(20) + pad("x", 20) + " ".repeat(16) + "-5" + " ".repeat(6) + "-0.500000000000000" + "19991231", third,
                "an empty text is blanks like null; numbers are right-aligned");
        assertTrue(Files.exists(target));
    }

    /** Pads to a width in UTF-8 bytes. */
    private static String pad(String text, int bytes) {
        return text + " ".repeat(bytes - text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void projectionEncodingAndFieldMapAreWritten() throws IOException {
        writeThree();
        assertEquals("GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
                + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]", Files.readString(dir.resolve("incidents.prj")));
        assertEquals("UTF-8", Files.readString(dir.resolve("incidents.cpg")));
        assertEquals(List.of("dbf_name,field,type,width,description",
                        "descrip_ar,description_ar,TEXT,20,الوصف بالعربية",
                        "descrip_en,description_en,TEXT,20,\"description, in \"\"English\"\"\"",
                        "killed,killed,INTEGER,18,people killed",
                        "lon_value,lon_value,REAL,24,a real",
                        "date_start,date_start,DATE,8,first day"),
                Files.readString(dir.resolve("incidents.fields.csv"), StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void realsAreFixedPointWithFifteenDecimalsWhileTheyFit() {
        assertEquals("0.100000000000000", DbfColumn.formatReal(0.1, 24, 15));
        assertEquals("40.123000000000000", DbfColumn.formatReal(40.123, 24, 15));
        assertEquals("-179.999999999999000", DbfColumn.formatReal(-179.999999999999, 24, 15));
        assertEquals("0.000000001000000", DbfColumn.formatReal(1e-9, 24, 15));
        assertEquals("-123456789.1234567900000", DbfColumn.formatReal(-123456789.12345679, 24, 15));
        assertEquals("-1.7976931348623157E+308", DbfColumn.formatReal(-Double.MAX_VALUE, 24, 15));
        assertEquals(null, DbfColumn.formatReal(Double.NaN, 24, 15));
    }

    /** Property: every finite double fits in 24 characters and reads back to within 1e-15 (absolute or relative). */
    @Test
    void randomRealsFitAndReadBack() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 20_000; i++) {
            double value = switch (i % 4) {
                case 0 -> (random.nextDouble() - 0.5) * 360;
                case 1 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
                case 2 -> Double.longBitsToDouble(random.nextLong());
                default -> random.nextInt(1000) / 8.0;
            };
            if (!Double.isFinite(value)) continue;
            String text = DbfColumn.formatReal(value, 24, 15);
            assertTrue(text.length() <= 24, text);
            double back = Double.parseDouble(text);
            assertTrue(Math.abs(back - value) <= 1e-15 || Math.abs(back - value) <= Math.abs(value) * 1e-15, value + " -> " + text);
        }
    }

    @Test
    void integersBeyondEighteenCharactersAreRefused() throws IOException {
        Layer layer = new Layer("n", List.of(new Field("n", FieldType.INTEGER, 0, "")), null);
        try (FeatureWriter writer = format.open(dir.resolve("n.shp"), layer)) {
            writer.write(feature(1, 1, -99_999_999_999_999_999L));
            writer.write(feature(1, 1, 999_999_999_999_999_999L));
            IOException e = assertThrows(IOException.class, () -> writer.write(feature(1, 1, Long.MIN_VALUE)));
            assertTrue(e.getMessage().contains("field 'n'") && e.getMessage().contains("18"), e.getMessage());
            writer.commit();
        }
        try (ShapefileReader reader = ShapefileReader.open(dir.resolve("n.shp"))) {
            assertEquals(List.of(-99_999_999_999_999_999L, 999_999_999_999_999_999L),
                    reader.records().map(r -> r.get("n")).toList(), "the refused feature left no trace");
        }
    }

    @Test
    void datesOutsideFourDigitYearsAreRefused() throws IOException {
        Layer layer = new Layer("d", List.of(new Field("d", FieldType.DATE, 0, "")), null);
        try (FeatureWriter writer = format.open(dir.resolve("d.shp"), layer)) {
            assertThrows(IOException.class, () -> writer.write(feature(1, 1, LocalDate.of(10000, 1, 1))));
        }
    }

    @Test
    void valuesOfTheWrongTypeAreRefused() throws IOException {
        try (FeatureWriter writer = format.open(dir.resolve("w.shp"), LAYER)) {
            assertThrows(IllegalArgumentException.class, () -> writer.write(feature(1, 1, 5L, null, null, null, null)));
            assertThrows(IllegalArgumentException.class, () -> writer.write(feature(1, 1, null, null, "3", null, null)));
            assertThrows(IllegalArgumentException.class, () -> writer.write(feature(1, 1, null, null)));
        }
    }

    @Test
    void closingWithoutCommitLeavesNoFile() throws IOException {
        Path target = dir.resolve("cancelled.shp");
        try (FeatureWriter writer = format.open(target, LAYER)) {
            for (int i = 0; i < 500; i++) writer.write(feature(40, 35, "نص", "text", (long) i, 0.5, LocalDate.of(2024, 1, 1)));
        }
        for (Path output : format.outputs(target)) assertFalse(Files.exists(output), output + " exists");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "temporary files were deleted");
        }
    }

    @Test
    void aMissingFolderIsAClearError() {
        Path target = dir.resolve("no-such-folder").resolve("incidents.shp");
        IOException e = assertThrows(IOException.class, () -> format.open(target, LAYER));
        assertTrue(e.getMessage().contains("does not exist") && e.getMessage().contains("no-such-folder"), e.getMessage());
        assertFalse(Files.exists(target.getParent()));
    }

    @Test
    void aFileThatWouldPassItsLimitIsRefusedBeforeItBreaks() throws IOException {
        Path target = dir.resolve("big.shp");
        long limit = 100 + 10 * 28; // room for ten points in the .shp, more in the .shx and .dbf
        Layer numbers = new Layer("numbers", List.of(new Field("n", FieldType.INTEGER, 0, "")), null);
        try (ShapefileWriter writer = ShapefileWriter.open(target, numbers, limit, LocalDate.of(2024, 1, 1))) {
            List<Integer> written = new ArrayList<>();
            IOException e = assertThrows(IOException.class, () -> {
                for (int i = 0; i < 100; i++) {
                    writer.write(feature(40, 35, (long) i));
                    written.add(i);
                }
            });
            assertEquals(10, written.size());
            assertTrue(e.getMessage().contains(".shp") && e.getMessage().contains("limit") && e.getMessage().contains("2 GB"), e.getMessage());
        }
        for (Path output : format.outputs(target)) assertFalse(Files.exists(output), output + " exists");
    }

    @Test
    void theDbfLimitIsCheckedToo() throws IOException {
        Path target = dir.resolve("wide.shp");
        Layer wide = new Layer("wide", List.of(new Field("text", FieldType.TEXT, 254, "")), null);
        long limit = 32 + 32 + 1 + 3 * 255 + 1; // header, three records, end marker
        try (ShapefileWriter writer = ShapefileWriter.open(target, wide, limit, LocalDate.of(2024, 1, 1))) {
            for (int i = 0; i < 3; i++) writer.write(feature(40, 35, "نص"));
            IOException e = assertThrows(IOException.class, () -> writer.write(feature(40, 35, "نص")));
            assertTrue(e.getMessage().contains(".dbf"), e.getMessage());
            writer.commit(); // what was written before the refusal is still a whole file
        }
        try (ShapefileReader reader = ShapefileReader.open(target)) {
            assertEquals(3, reader.readAll().size());
        }
        assertEquals(limit, Files.size(dir.resolve("wide.dbf")));
    }

    @Test
    void recordsLongerThanADbfAllowsAreRefusedAtOpen() {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < 300; i++) fields.add(new Field("text" + i, FieldType.TEXT, 254, ""));
        IOException e = assertThrows(IOException.class, () -> format.open(dir.resolve("x.shp"), new Layer("x", fields, null)));
        assertTrue(e.getMessage().contains("65535"), e.getMessage());
    }

    @Test
    void anEmptyLayerIsAValidFile() throws IOException {
        Path target = dir.resolve("empty.shp");
        try (FeatureWriter writer = format.open(target, LAYER)) {
            writer.commit();
        }
        assertEquals(100, Files.size(target));
        assertEquals(100, Files.size(dir.resolve("empty.shx")));
        assertEquals(32 + 32 * 5 + 1 + 1, Files.size(dir.resolve("empty.dbf")));
        ByteBuffer shp = bytes(target, ByteOrder.BIG_ENDIAN);
        assertEquals(50, shp.getInt(24));
        try (ShapefileReader reader = ShapefileReader.open(target)) {
            assertEquals(0, reader.recordCount());
            assertEquals(List.of(), reader.readAll());
        }
    }

    @Test
    void aLayerWithoutFieldsGetsAFeatureNumber() throws IOException {
        Path target = dir.resolve("bare.shp");
        try (FeatureWriter writer = format.open(target, new Layer("bare", List.of(), null))) {
            writer.write(feature(1, 2));
            writer.write(feature(3, 4));
            writer.commit();
        }
        try (ShapefileReader reader = ShapefileReader.open(target)) {
            assertEquals(List.of(new DbfField("FID", 'N', 11, 0)), reader.fields());
            assertEquals(List.of(0L, 1L), reader.records().map(r -> r.get("FID")).toList());
        }
    }

    @Test
    void writingAgainReplacesTheFilesAndDropsStaleIndexes() throws IOException {
        Path target = writeThree();
        Files.writeString(dir.resolve("incidents.qix"), "old spatial index");
        try (FeatureWriter writer = format.open(target, LAYER)) {
            writer.write(feature(1, 2, "a", "b", 1L, 1.0, LocalDate.of(2020, 2, 29)));
            writer.commit();
        }
        assertFalse(Files.exists(dir.resolve("incidents.qix")));
        try (ShapefileReader reader = ShapefileReader.open(target)) {
            assertEquals(1, reader.readAll().size());
        }
    }

    @Test
    void aCommittedWriterTakesNoMoreFeatures() throws IOException {
        try (FeatureWriter writer = format.open(dir.resolve("done.shp"), LAYER)) {
            writer.commit();
            assertThrows(IllegalStateException.class, () -> writer.write(feature(1, 1, null, null, null, null, null)));
            assertThrows(IllegalStateException.class, writer::commit);
        }
        assertTrue(Files.exists(dir.resolve("done.shp")));
    }
}
