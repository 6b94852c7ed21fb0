package org.furat.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader on shapefiles GDAL wrote (fixtures made with {@code ogr2ogr -f "ESRI Shapefile" … source.geojson}, the
 * source beside each) and on damaged copies of them.
 */
class ShapefileReaderTest {

    @TempDir
    Path dir;

    static Path fixture(String scenario, String file) {
        try {
            return Path.of(ShapefileReaderTest.class.getResource(scenario + "/" + file).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of a fixture's files in the temporary folder, to damage. */
    private Path copy(String scenario, String base) throws IOException {
        try (Stream<Path> files = Files.list(fixture(scenario, base + ".shp").getParent())) {
            for (Path file : files.toList()) Files.copy(file, dir.resolve(file.getFileName()));
        }
        return dir.resolve(base + ".shp");
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return map;
    }

    static final List<DbfField> GDAL_FIELDS = List.of(new DbfField("name_ar", 'C', 80, 0), new DbfField("name_en", 'C', 80, 0),
            new DbfField("descriptio", 'C', 80, 0), new DbfField("fatalities", 'N', 9, 0), new DbfField("big", 'N', 18, 0),
            new DbfField("value", 'N', 24, 15), new DbfField("event_date", 'D', 8, 0));

    private static void assertGdalRecords(List<ShapefileRecord> records, String thiban) {
        assertEquals(4, records.size());
        ShapefileRecord first = records.get(0);
        assertEquals(40.45123456789, first.x());
        assertEquals(35.01987654321, first.y());
        assertEquals(row("name_ar", "الميادين", "name_en", "Al-Mayadin", "descriptio", "Shelling, \"heavy\"; 3 killed",
                "fatalities", 3L, "big", 12345678901L, "value", 40.45123456789, "event_date", LocalDate.of(2024, 10, 5)), first.attributes());
        ShapefileRecord nulls = records.get(1);
        assertEquals(40.1, nulls.x());
        assertEquals(row("name_ar", null, "name_en", null, "descriptio", null, "fatalities", null, "big", null, "value", null,
                "event_date", null), nulls.attributes(), "GDAL writes null numbers as *** and null dates as 00000000");
        ShapefileRecord unlocated = records.get(2);
        assertFalse(unlocated.hasPoint(), "a null shape");
        assertTrue(Double.isNaN(unlocated.x()) && Double.isNaN(unlocated.y()));
        assertEquals(row("name_ar", thiban, "name_en", "Thiban / Al-Shuhayl", "descriptio", "x", "fatalities", -7L, "big", 1L,
                "value", -0.5, "event_date", LocalDate.of(1999, 12, 31)), unlocated.attributes());
        ShapefileRecord last = records.get(3);
        assertEquals(List.of(1, 2, 3, 4), records.stream().map(ShapefileRecord::number).toList());
        assertEquals(Arrays.asList("دير الزور", null, 0L, -98765432109876L, 1e-9, LocalDate.of(2025, 2, 28)),
                Arrays.asList(last.get("name_ar"), last.get("descriptio"), last.get("fatalities"), last.get("big"),
                        last.get("value"), last.get("event_date")), "an empty text reads as null, like GDAL reads it");
    }

    @Test
    void readsWhatGdalWritesInUtf8() throws IOException {
        try (ShapefileReader reader = ShapefileReader.open(fixture("special-characters", "incidents.shp"))) {
            assertEquals(StandardCharsets.UTF_8, reader.charset());
            assertEquals(1, reader.shapeType());
            assertEquals(GDAL_FIELDS, reader.fields());
            assertTrue(reader.fields().get(3).isInteger() && reader.fields().get(4).isInteger() && !reader.fields().get(5).isInteger());
            assertGdalRecords(reader.readAll(), "ذيبان 😀 الشَّحيل");
        }
    }

    @Test
    void readsArabicInWindowsCodePage1256() throws IOException {
        try (ShapefileReader reader = ShapefileReader.open(fixture("code-page-1256", "places.shp"))) {
            assertEquals(Charset.forName("windows-1256"), reader.charset());
            assertGdalRecords(reader.readAll(), "ذيبان الشَّحيل");
        }
    }

    @Test
    void readsPointZAndSkipsTheHeights() throws IOException {
        try (ShapefileReader reader = ShapefileReader.open(fixture("point-z", "heights.shp"))) {
            assertEquals(11, reader.shapeType());
            assertEquals(StandardCharsets.ISO_8859_1, reader.charset(), "no .cpg");
            List<ShapefileRecord> records = reader.readAll();
            assertEquals(List.of(40.5, -1.25), records.stream().map(ShapefileRecord::x).toList());
            assertEquals(List.of(35.25, -2.5), records.stream().map(ShapefileRecord::y).toList());
            assertEquals(List.of("A", "B"), records.stream().map(r -> r.get("name")).toList());
        }
    }

    @Test
    void theCharsetComesFromTheCpg() {
        assertEquals(StandardCharsets.UTF_8, ShapefileReader.charsetOf("UTF-8"));
        assertEquals(StandardCharsets.UTF_8, ShapefileReader.charsetOf("utf8\r\n"));
        assertEquals(Charset.forName("windows-1256"), ShapefileReader.charsetOf("1256"));
        assertEquals(Charset.forName("windows-1256"), ShapefileReader.charsetOf("ANSI 1256"));
        assertEquals(Charset.forName("windows-1252"), ShapefileReader.charsetOf("CP1252"));
        assertEquals(StandardCharsets.ISO_8859_1, ShapefileReader.charsetOf(null));
        assertEquals(StandardCharsets.ISO_8859_1, ShapefileReader.charsetOf("System"));
        assertEquals(StandardCharsets.ISO_8859_1, ShapefileReader.charsetOf(""));
    }

    @Test
    void anExplicitCharsetWinsOverTheCpg() throws IOException {
        try (ShapefileReader reader = ShapefileReader.open(fixture("special-characters", "incidents.shp"), StandardCharsets.ISO_8859_1)) {
            String mojibake = (String) reader.readAll().get(0).get("name_ar");
            assertEquals(new String("الميادين".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1), mojibake);
        }
    }

    @Test
    void deletedRecordsAreSkipped() throws IOException {
        Path shp = copy("special-characters", "incidents");
        Path dbf = dir.resolve("incidents.dbf");
        byte[] bytes = Files.readAllBytes(dbf);
        ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        bytes[header.getShort(8) + header.getShort(10)] = '*';
        Files.write(dbf, bytes);
        try (ShapefileReader reader = ShapefileReader.open(shp)) {
            assertEquals(List.of(1, 3, 4), reader.records().map(ShapefileRecord::number).toList());
        }
    }

    @Test
    void aMissingDbfIsAClearError() throws IOException {
        Path shp = copy("special-characters", "incidents");
        Files.delete(dir.resolve("incidents.dbf"));
        IOException e = assertThrows(IOException.class, () -> ShapefileReader.open(shp));
        assertTrue(e.getMessage().contains("no .dbf"), e.getMessage());
    }

    @Test
    void otherShapeTypesAreRefused() throws IOException {
        Path shp = copy("special-characters", "incidents");
        byte[] bytes = Files.readAllBytes(shp);
        bytes[32] = 5; // polygon
        Files.write(shp, bytes);
        IOException e = assertThrows(IOException.class, () -> ShapefileReader.open(shp));
        assertTrue(e.getMessage().contains("only point shapefiles"), e.getMessage());
    }

    @Test
    void aFileThatIsNotAShapefileIsRefused() throws IOException {
        Path shp = dir.resolve("text.shp");
        Files.writeString(shp, "not a shapefile".repeat(10));
        Files.writeString(dir.resolve("text.dbf"), "not a dbf".repeat(10));
        IOException e = assertThrows(IOException.class, () -> ShapefileReader.open(shp));
        assertTrue(e.getMessage().contains("not a shapefile"), e.getMessage());
    }

    @Test
    void aTruncatedDbfIsReportedWhenReached() throws IOException {
        Path shp = copy("special-characters", "incidents");
        Path dbf = dir.resolve("incidents.dbf");
        byte[] bytes = Files.readAllBytes(dbf);
        Files.write(dbf, Arrays.copyOf(bytes, bytes.length - 200));
        try (ShapefileReader reader = ShapefileReader.open(shp)) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class, reader::readAll);
            assertTrue(e.getCause().getMessage().contains("ends inside record 4"), e.getCause().getMessage());
        }
    }

    @Test
    void differentRecordCountsAreReported() throws IOException {
        Path shp = copy("special-characters", "incidents");
        Path dbf = dir.resolve("incidents.dbf");
        byte[] bytes = Files.readAllBytes(dbf);
        bytes[4] = 3;
        Files.write(dbf, bytes);
        try (ShapefileReader reader = ShapefileReader.open(shp)) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class, reader::readAll);
            assertTrue(e.getCause().getMessage().contains("not have the same number of records"), e.getCause().getMessage());
        }
    }
}
