package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.furat.model.IncidentFilter;
import org.furat.store.LocationRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed data exported in every format and read back by GDAL, an independent reader: every field of every
 * row, Arabic included, equals what the database holds; geometry, CRS and row counts are right; and an
 * October filter exports only October's incident.
 */
class SeedExportGdalTest {

    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static List<LocationRow> rows;

    @BeforeAll
    static void open() {
        workspace = Workspace.open(dir.resolve("seed.gpkg"));
        rows = new ArrayList<>();
        workspace.forEachLocationRow(workspace.filter(IncidentFilter.ALL), () -> false, rows::add);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    static List<String> formats() {
        return Exporter.formats();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void everyFieldOfEveryRowSurvivesTheRoundTripThroughGdal(String format) throws Exception {
        needsGdal();
        Path file = dir.resolve("all-" + format + Exporter.extension(format));
        long written = new Exporter(workspace).export(workspace.filter(IncidentFilter.ALL), Exporter.What.INCIDENTS, format, file,
                false, false, (w, t) -> {}, () -> false, recovered -> {});
        assertEquals(rows.size(), written);

        List<String> info = new ArrayList<>(List.of("ogrinfo", "-ro", "-so", "-al", file.toString()));
        if ("csv".equals(format)) info.addAll(List.of("-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat"));
        String summary = run(info.toArray(String[]::new));
        assertTrue(summary.contains("Feature Count: " + rows.size()), summary);
        // A CSV carries no CRS (its lon/lat columns are WGS 84 by definition); KML is WGS 84 by the standard and
        // GDAL reports its layers' geometry type as "Unknown", so each feature's type is checked below instead.
        if (!"csv".equals(format)) assertTrue(summary.contains("WGS 84") || summary.contains("WGS_1984"), "the CRS is WGS 84:\n" + summary);
        if (!"kml".equals(format)) assertTrue(summary.contains("Geometry: Point"), summary);

        Map<String, String> names = fieldNames(file, format);
        List<JsonNode> features = new ArrayList<>();
        new ObjectMapper().readTree(geojson(file, format)).path("features").forEach(features::add);
        assertEquals(rows.size(), features.size());
        for (int i = 0; i < rows.size(); i++) {
            LocationRow expected = rows.get(i);
            JsonNode feature = features.get(i);
            JsonNode p = feature.path("properties");
            String where = format + " row " + i + " (" + expected.incident() + " at " + expected.place() + ")";
            assertEquals("Point", feature.path("geometry").path("type").asText(), where);
            assertEquals(expected.lon(), feature.path("geometry").path("coordinates").get(0).asDouble(), 1e-9, where);
            assertEquals(expected.lat(), feature.path("geometry").path("coordinates").get(1).asDouble(), 1e-9, where);
            Map<String, Object> values = values(expected);
            for (Map.Entry<String, Object> e : values.entrySet()) {
                JsonNode actual = p.path(names.getOrDefault(e.getKey(), e.getKey()));
                int width = ExportLayers.INCIDENTS.fields().get(ExportLayers.INCIDENTS.indexOf(e.getKey())).width();
                assertValue(e.getValue(), actual, format, width, where + " field " + e.getKey());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("formats")
    void everyRowNamesItsGovernorateDistrictAndSubDistrictReadBackByGdal(String format) throws Exception {
        needsGdal();
        Path file = dir.resolve("admin-" + format + Exporter.extension(format));
        new Exporter(workspace).export(workspace.filter(IncidentFilter.ALL), Exporter.What.INCIDENTS, format, file,
                false, false, (w, t) -> {}, () -> false, recovered -> {});
        Map<String, String> names = fieldNames(file, format);
        List<JsonNode> features = new ArrayList<>();
        new ObjectMapper().readTree(geojson(file, format)).path("features").forEach(features::add);
        assertEquals(rows.size(), features.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode p = features.get(i).path("properties");
            String where = format + " row " + i + " (" + rows.get(i).incident() + " at " + rows.get(i).place() + ")";
            assertEquals("Deir ez-Zor Governorate", p.path(names.getOrDefault("adm1_name", "adm1_name")).asText(), where);
            assertTrue(p.path(names.getOrDefault("adm1_code", "adm1_code")).asText().startsWith("SYR-ADM1-"), where);
            if (rows.get(i).place().equals("deir_ez_zor_governorate")) continue; // a governorate lies in no district
            assertEquals("Deir ez-Zor District", p.path(names.getOrDefault("adm2_name", "adm2_name")).asText(), where);
            assertTrue(p.path(names.getOrDefault("adm2_code", "adm2_code")).asText().startsWith("SYR-ADM2-"), where);
            assertTrue(p.path(names.getOrDefault("adm3_code", "adm3_code")).asText().startsWith("SYR-ADM3-"), where);
        }
        assertTrue(rows.stream().anyMatch(r -> r.place().equals("khasham") && "Khasham Subdistrict".equals(r.adm3Name())),
                "Khasham lies in Khasham sub-district");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void anOctoberFilterExportsOnlyOctobersIncidentWithItsArabicIntact(String format) throws Exception {
        needsGdal();
        Path file = dir.resolve("october-" + format + Exporter.extension(format));
        IncidentFilter october = IncidentFilter.ALL.withDates(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31));
        new Exporter(workspace).export(workspace.filter(october), Exporter.What.INCIDENTS, format, file, false, false,
                (w, t) -> {}, () -> false, recovered -> {});
        String all = run("ogrinfo", "-ro", "-al", file.toString());
        assertTrue(all.contains("seed-2024-10-rocket-attacks"), all);
        assertFalse(all.contains("seed-2024-11"), "no November incident: " + all);
        assertTrue(all.contains("دير الزور"), "the Arabic place name arrives intact");
        assertTrue(all.contains("الدفاع الذاتي"), "the Arabic evidence arrives intact");
        assertFalse(all.contains("???"), "no question marks where Arabic was");
    }

    @Test
    void anExportThatMatchesNothingFailsUnlessAnEmptyFileIsAllowed() throws Exception {
        FilterResult nothing = workspace.filter(IncidentFilter.ALL.withDates(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 2)));
        Exporter exporter = new Exporter(workspace);
        for (String format : formats()) {
            Path file = dir.resolve("empty-" + format + Exporter.extension(format));
            assertThrows(IllegalArgumentException.class, () -> exporter.export(nothing, Exporter.What.INCIDENTS, format, file,
                    false, false, (w, t) -> {}, () -> false, recovered -> {}));
            assertFalse(Files.exists(file), "nothing written for " + format);
            assertEquals(0, exporter.export(nothing, Exporter.What.INCIDENTS, format, file, false, true, (w, t) -> {}, () -> false, recovered -> {}));
            assertTrue(Files.exists(file), "a valid empty " + format + " when asked for");
            assertThrows(IllegalArgumentException.class, () -> exporter.export(nothing, Exporter.What.INCIDENTS, format, file,
                    false, true, (w, t) -> {}, () -> false, recovered -> {}), "an existing file is not overwritten without asking");
        }
    }

    @Test
    void aCancelledExportLeavesNoFile() throws Exception {
        for (String format : formats()) {
            Path file = dir.resolve("cancelled-" + format + Exporter.extension(format));
            long written = new Exporter(workspace).export(workspace.filter(IncidentFilter.ALL), Exporter.What.INCIDENTS, format, file,
                    false, false, (w, t) -> {}, () -> true, recovered -> {});
            assertEquals(-1, written);
            try (var files = Files.list(dir)) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("cancelled-" + format)),
                        "no file, temporary or final, is left for " + format);
            }
        }
    }

    private static Map<String, Object> values(LocationRow r) {
        Map<String, Object> v = new HashMap<>();
        v.put("incident", r.incident());
        v.put("place", r.place());
        v.put("place_ar", r.placeAr());
        v.put("place_en", r.placeEn());
        v.put("role", r.role());
        v.put("adm1_name", r.adm1Name());
        v.put("adm1_code", r.adm1Code());
        v.put("adm2_name", r.adm2Name());
        v.put("adm2_code", r.adm2Code());
        v.put("adm3_name", r.adm3Name());
        v.put("adm3_code", r.adm3Code());
        v.put("loc_prec", (long) r.locationPrecision());
        v.put("date_start", r.dateStart());
        v.put("date_end", r.dateEnd());
        v.put("time_prec", (long) r.timePrecision());
        v.put("event_type", r.eventType());
        v.put("sub_event", r.subEventType());
        v.put("actor1", r.actor1());
        v.put("actor2", r.actor2());
        v.put("killed", r.killed() == null ? null : (long) r.killed());
        v.put("injured_high", r.injuredHigh() == null ? null : (long) r.injuredHigh());
        v.put("status", r.status());
        v.put("desc_en", r.descriptionEn());
        v.put("desc_ar", r.descriptionAr());
        v.put("source", r.source());
        v.put("evidence", r.evidence());
        return v;
    }

    /** Compares a value with what GDAL read; shapefile text may be cut at its DBF width, on a character boundary. */
    private static void assertValue(Object expected, JsonNode actual, String format, int width, String where) {
        if (expected == null) {
            assertTrue(actual.isMissingNode() || actual.isNull() || actual.asText().isEmpty(), where + ": expected no value, got " + actual);
            return;
        }
        String text = actual.asText();
        if (expected instanceof LocalDate date) {
            assertEquals(date.toString(), text.replace('/', '-').substring(0, Math.min(10, text.length())), where);
        } else if (expected instanceof Long n) {
            assertEquals(n.longValue(), Long.parseLong(text.contains(".") ? text.substring(0, text.indexOf('.')) : text), where);
        } else if ("shp".equals(format)) {
            assertFalse(text.isEmpty(), where + " is empty");
            assertTrue(((String) expected).startsWith(text), where + ": «" + text + "» is not the start of «" + expected + "»");
            int bytes = ((String) expected).getBytes(StandardCharsets.UTF_8).length;
            if (bytes <= width) assertEquals(expected, text, where + " fits its DBF field and must arrive whole");
            else assertTrue(text.getBytes(StandardCharsets.UTF_8).length > width - 4, where + " was cut shorter than needed: «" + text + "»");
        } else {
            assertEquals(expected, text, where);
        }
    }

    /** The exported column names: a shapefile's field map says how long names were shortened. */
    private static Map<String, String> fieldNames(Path file, String format) throws IOException {
        if (!"shp".equals(format)) return Map.of();
        Path map = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.shp$", ".fields.csv"));
        return Files.readAllLines(map, StandardCharsets.UTF_8).stream().skip(1).map(l -> l.split(",", -1))
                .collect(Collectors.toMap(c -> c[1], c -> c[0]));
    }

    private static String geojson(Path file, String format) throws Exception {
        Path out = file.resolveSibling(file.getFileName() + ".roundtrip.geojson");
        Files.deleteIfExists(out);
        List<String> command = new ArrayList<>(List.of("ogr2ogr", "-f", "GeoJSON", out.toString(), file.toString()));
        if ("csv".equals(format)) command.addAll(List.of("-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat"));
        if ("gpkg".equals(format)) command.add("incidents");
        run(command.toArray(String[]::new));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static void needsGdal() {
        org.furat.io.Gdal.require();
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + " failed:\n" + out);
        return out;
    }
}
