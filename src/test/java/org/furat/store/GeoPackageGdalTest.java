package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.furat.io.Gdal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.furat.app.Workspace;
import org.furat.model.Incident;
import org.furat.model.IncidentFilter;
import org.furat.model.Place;
import org.furat.model.PlaceLink;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database is a GeoPackage: GDAL, the reference reader, opens it and reads both point layers as we wrote them. */
class GeoPackageGdalTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Path database;
    private static List<Place> places;
    private static List<Incident> incidents;
    private static Map<String, String> sourceTexts;

    /** The output of a finished program. */

    @BeforeAll
    static void seed() {
        database = dir.resolve("furat.gpkg");
        try (Workspace w = Workspace.open(database)) {
            assertTrue(w.seededNow());
        }
        try (FuratDatabase db = FuratDatabase.open(database)) {
            places = new GazetteerRepository(db).places();
            incidents = new IncidentRepository(db).all();
            sourceTexts = new HashMap<>();
            new SourceRepository(db).all().forEach(s -> sourceTexts.put(s.key(), s.text()));
        }
    }

    @BeforeEach
    void needsGdal() {
        Gdal.require();
    }

    private static JsonNode export(String layer) throws IOException {
        Path geojson = dir.resolve(layer + "-" + System.nanoTime() + ".geojson");
        Gdal.Run r = Gdal.run("ogr2ogr", "-f", "GeoJSON", geojson.toString(), database.toString(), layer);
        assertEquals(0, r.exitCode(), () -> "ogr2ogr failed: " + r.err());
        assertEquals(List.of(), problemLines(r.err()), "ogr2ogr complained while exporting " + layer);
        JsonNode root = JSON.readTree(Files.readString(geojson, StandardCharsets.UTF_8));
        assertEquals("FeatureCollection", root.path("type").asText());
        return root;
    }

    private static List<String> problemLines(String stderr) {
        return stderr.lines().filter(l -> l.contains("ERROR") || l.contains("Warning")).toList();
    }

    @Test
    void ogrinfoListsBothPointLayers() throws IOException {
        Gdal.Run r = Gdal.run("ogrinfo", "-ro", "-so", "-q", database.toString());
        assertEquals(0, r.exitCode(), () -> "ogrinfo failed: " + r.err());
        Map<String, String> layers = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\s*\\d+: (\\S+) \\(([^)]*)\\)\\s*$").matcher(r.out());
        while (m.find()) layers.put(m.group(1), m.group(2));
        assertEquals("Point", layers.get("places"), () -> "ogrinfo says:\n" + r.out());
        assertEquals("Point", layers.get("incident_locations"), () -> "ogrinfo says:\n" + r.out());
    }

    @Test
    void ogrinfoReadsEveryFeatureWithoutErrorsOrWarnings() throws IOException {
        Gdal.Run summary = Gdal.run("ogrinfo", "-ro", "-so", "-al", database.toString());
        assertEquals(0, summary.exitCode(), summary::err);
        assertEquals(List.of(), problemLines(summary.err()), "ogrinfo -so -al printed on stderr:\n" + summary.err());
        for (String layer : List.of("places", "incident_locations")) {
            Gdal.Run full = Gdal.run("ogrinfo", "-ro", "-q", database.toString(), layer);
            assertEquals(0, full.exitCode(), full::err);
            assertEquals(List.of(), problemLines(full.err()), "ogrinfo on " + layer + " printed on stderr:\n" + full.err());
            assertTrue(full.out().contains("OGRFeature(" + layer + ")"), () -> "no features listed for " + layer);
        }
        assertTrue(summary.out().contains("FID Column = fid"), () -> "GDAL found no fid column:\n" + summary.out());
    }

    @Test
    void placesReadByGdalMatchTheGazetteer() throws IOException {
        JsonNode root = export("places");
        Map<String, JsonNode> byKey = new HashMap<>();
        for (JsonNode f : root.path("features")) byKey.put(f.path("properties").path("key").asText(), f);
        assertEquals(places.size(), root.path("features").size(), "one feature per place");

        JsonNode khasham = byKey.get("khasham");
        assertNotNull(khasham, "khasham is in the places layer");
        assertEquals("خشام", khasham.path("properties").path("name_ar").asText());
        Place expected = places.stream().filter(p -> p.key().equals("khasham")).findFirst().orElseThrow();
        assertEquals(expected.lon(), khasham.path("geometry").path("coordinates").get(0).asDouble(), 1e-6);
        assertEquals(expected.lat(), khasham.path("geometry").path("coordinates").get(1).asDouble(), 1e-6);

        for (Place p : places) {
            JsonNode f = byKey.get(p.key());
            assertNotNull(f, p.key());
            assertEquals("Point", f.path("geometry").path("type").asText());
            assertEquals(p.lon(), f.path("geometry").path("coordinates").get(0).asDouble(), 1e-6, p.key() + " longitude");
            assertEquals(p.lat(), f.path("geometry").path("coordinates").get(1).asDouble(), 1e-6, p.key() + " latitude");
            assertEquals(p.nameEn(), f.path("properties").path("name_en").asText(), p.key());
            assertEquals(Optional.ofNullable(p.nameAr()), Optional.ofNullable(f.path("properties").path("name_ar").textValue()), p.key());
        }
    }

    @Test
    void incidentLocationsHaveOneFeaturePerIncidentPlaceLinkWithArabicIntact() throws IOException {
        JsonNode root = export("incident_locations");
        int links = incidents.stream().mapToInt(i -> i.places().size()).sum();
        assertTrue(links > 0);
        assertEquals(links, root.path("features").size(), "one feature per incident–place link");

        Map<String, Incident> byKey = new HashMap<>();
        incidents.forEach(i -> byKey.put(i.key(), i));
        Map<String, Place> placeByKey = new HashMap<>();
        places.forEach(p -> placeByKey.put(p.key(), p));
        Set<String> seenLinks = new HashSet<>();
        for (JsonNode f : root.path("features")) {
            JsonNode props = f.path("properties");
            Incident incident = byKey.get(props.path("incident").asText());
            assertNotNull(incident, "feature for unknown incident " + props);
            String placeKey = props.path("place").asText();
            String role = props.path("role").asText();
            assertTrue(incident.places().stream().anyMatch(l -> l.placeKey().equals(placeKey) && l.role().code().equals(role)),
                    incident.key() + " has no " + role + " link to " + placeKey);
            assertTrue(seenLinks.add(incident.key() + "|" + placeKey + "|" + role), "duplicate feature " + props);

            Place place = placeByKey.get(placeKey);
            assertEquals(place.lon(), f.path("geometry").path("coordinates").get(0).asDouble(), 1e-6);
            assertEquals(place.lat(), f.path("geometry").path("coordinates").get(1).asDouble(), 1e-6);
            assertEquals(place.nameAr(), props.path("place_ar").textValue());

            assertEquals(incident.descriptionAr(), props.path("desc_ar").textValue(), "Arabic description of " + incident.key());
            // Every span the incident cites, in order, not only the first (a merged incident has several).
            String quotes = String.join(" | ", incident.evidence().stream().map(e -> e.quote(sourceTexts.get(e.sourceKey()))).toList());
            assertEquals(quotes, props.path("evidence").textValue(), "Arabic evidence of " + incident.key());
            assertEquals(incident.dates().start().toString(), props.path("date_start").asText());
            assertEquals(incident.dates().end().toString(), props.path("date_end").asText());
        }
        List<String> expectedLinks = new ArrayList<>();
        for (Incident i : incidents) for (PlaceLink l : i.places()) expectedLinks.add(i.key() + "|" + l.placeKey() + "|" + l.role().code());
        assertEquals(Set.copyOf(expectedLinks), seenLinks);
    }

    /**
     * GDAL's own GeoPackage validator (validate_gpkg.py, shipped with GDAL's Python utilities). Skipped when no
     * python3 on the PATH can import it.
     */
    @Test
    void gdalsGeoPackageValidatorAcceptsTheFile() throws IOException {
        Optional<String> python = Gdal.pythonWithGeoPackageValidator();
        Gdal.assumeOrFailInCi(python.isPresent(), "GDAL's validate_gpkg.py (osgeo_utils, Debian python3-gdal) is not installed");
        Gdal.Run r = Gdal.run(python.get(), "-m", "osgeo_utils.samples.validate_gpkg", "-k", database.toString());
        assertEquals(0, r.exitCode(), () -> "validate_gpkg.py reports:\n" + r.out() + r.err());
        assertFalse(r.err().contains("Req "), r.err());
    }
}
