package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.furat.io.Gdal;
import org.furat.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports the Who's On First records of ../shared/data/whosonfirst-sy and checks the counts against what the
 * files hold, worked out here from the files themselves, then takes the import back out.
 */
class WhosOnFirstImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GEONAMEID = Pattern.compile("geonameid (\\d+)");

    @TempDir
    Path dir;

    /** What the files say of themselves, before any matching against the gazetteer. */
    private record Expected(int files, Map<String, Integer> skippedByFile, int outside, List<JsonNode> importable) {}

    private static Expected expected(Path folder, StudyArea area) throws Exception {
        Map<String, Integer> skipped = new TreeMap<>();
        int outside = 0, files = 0;
        List<JsonNode> importable = new ArrayList<>();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.filter(p -> p.toString().endsWith(".geojson")).sorted().toList();
        }
        for (Path path : paths) {
            files++;
            JsonNode root = JSON.readTree(path.toFile());
            JsonNode p = root.path("properties");
            String placetype = p.path(org.furat.io.gazetteer.WhosOnFirstReader.PLACETYPE).asText();
            String reason = !placetype.equals("locality") ? "not a locality (" + placetype + "): administrative areas are not imported as places"
                    : p.path("wof:superseded_by").size() > 0 ? "superseded by another record (wof:superseded_by)"
                    : known(p.path("edtf:deprecated").asText("")) ? "deprecated (edtf:deprecated)"
                    : p.path("mz:is_current").asInt(-1) == 0 ? "not current (mz:is_current = 0)"
                    : known(p.path("edtf:cessation").asText("")) ? "ceased to exist (edtf:cessation)" : null;
            if (reason != null) {
                skipped.merge(reason, 1, Integer::sum);
                continue;
            }
            JsonNode xy = root.path("geometry").path("coordinates");
            if (!area.contains(xy.get(0).asDouble(), xy.get(1).asDouble())) outside++;
            else importable.add(p);
        }
        return new Expected(files, skipped, outside, importable);
    }

    private static boolean known(String date) {
        return !date.isEmpty() && !date.equals("uuuu");
    }

    @Test
    void importsTheLocalitiesOfTheSharedRecordsAndRemovesThemAgain() throws Exception {
        Path folder = SharedData.require("whosonfirst-sy");
        StudyArea area = StudyArea.ofMap();
        Expected expected = expected(folder, area);
        Path database = dir.resolve("wof.gpkg");
        try (Workspace workspace = Workspace.open(database)) {
            List<Place> seeded = workspace.places();
            Set<Long> curatedIds = new HashSet<>();
            for (Place p : seeded) {
                Matcher m = GEONAMEID.matcher(p.sourceRef() == null ? "" : p.sourceRef());
                if (m.find()) curatedIds.add(Long.parseLong(m.group(1)));
            }
            // Records carrying a curated place's GeoNames id merge into it; so does a second record of any one id.
            Map<Long, Integer> byId = new HashMap<>();
            for (JsonNode p : expected.importable()) {
                JsonNode gn = p.path("wof:concordances").path("gn:id");
                if (!gn.isMissingNode()) byId.merge(gn.asLong(), 1, Integer::sum);
            }
            int mergeById = byId.entrySet().stream().mapToInt(e -> curatedIds.contains(e.getKey()) ? e.getValue() : e.getValue() - 1).sum();

            long started = System.nanoTime();
            GazetteerImporter.Summary s = workspace.gazetteerImporter().importFiles(new GazetteerImporter.Request(List.of(folder),
                    GazetteerImporter.Format.AUTO, null, area, null, null, null, false));
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertEquals(expected.files(), s.read());
            Map<String, Integer> skippedByFile = new TreeMap<>(s.skippedBy());
            Integer outsideOrNone = skippedByFile.remove("outside the study area (" + area + ")");
            int outside = outsideOrNone == null ? 0 : outsideOrNone;
            int farDuplicates = 0;
            for (String reason : List.copyOf(skippedByFile.keySet())) {
                if (reason.startsWith("far duplicate")) farDuplicates += skippedByFile.remove(reason);
            }
            assertEquals(expected.skippedByFile(), skippedByFile, "every record the files mark as not to import, by reason");
            assertEquals(expected.outside(), outside);
            assertEquals(expected.importable().size(), s.added() + s.merged() + farDuplicates,
                    "every current locality in the study area is added, merged or reported as a far duplicate");
            assertEquals(mergeById, s.mergedBy().getOrDefault("same GeoNames id", 0));
            assertEquals(farDuplicates, s.notes().stream().filter(n -> n.outcome().equals("skipped")).count());

            List<Place> after = workspace.places();
            assertEquals(seeded.size() + s.added(), after.size());
            assertEquals(after.size(), after.stream().map(Place::key).distinct().count(), "keys are unique");
            Map<String, Place> byKey = new HashMap<>();
            after.forEach(p -> byKey.put(p.key(), p));
            for (Place curated : seeded) {
                Place now = byKey.get(curated.key());
                assertEquals(curated.lon(), now.lon(), curated.key() + " keeps its point");
                assertEquals(curated.lat(), now.lat(), curated.key() + " keeps its point");
            }
            Set<String> ids = new HashSet<>();
            expected.importable().forEach(p -> ids.add(p.path("wof:id").asText()));
            for (Place p : after) {
                if (seeded.stream().anyMatch(c -> c.key().equals(p.key()))) continue;
                assertEquals("whosonfirst", p.source());
                assertEquals("CC-BY-4.0", p.licence());
                assertTrue(ids.contains(p.sourceRef()), p.key() + " comes from an importable record");
                assertTrue(area.contains(p.lon(), p.lat()));
            }
            assertTrue(workspace.gazetteerImporter().attributions().get(0).contains("Who's On First"));
            System.out.printf("Who's On First import of %d records: %d places added, %d merged (%s), %d skipped (%d outside the study area, "
                    + "%d far duplicates), %d spellings added to existing places, in %d ms%n", s.read(), s.added(), s.merged(), s.mergedBy(),
                    s.skipped(), outside, farDuplicates, s.variantsAdded(), millis);

            assertTrue(DatabaseHealth.check(database).clean(), () -> DatabaseHealth.check(database).findings().toString());
            if (Gdal.available() || "true".equals(System.getenv("CI"))) {
                Gdal.require();
                Gdal.Run info = Gdal.run("ogrinfo", "-ro", "-so", database.toString(), "places");
                assertEquals(0, info.exitCode(), info.err());
                assertEquals(List.of(), info.problems(), "GDAL reads the places layer without complaint");
                assertTrue(info.out().contains("Feature Count: " + after.size()), info.out());
                var python = Gdal.pythonWithGeoPackageValidator();
                if (python.isPresent()) {
                    Gdal.Run valid = Gdal.run(python.get(), "-m", "osgeo_utils.samples.validate_gpkg", "-k", database.toString());
                    assertEquals(0, valid.exitCode(), () -> "GDAL's GeoPackage validator: " + valid.out() + valid.err());
                }
            }

            GazetteerImporter.Removal removal = workspace.gazetteerImporter().remove("whosonfirst");
            assertEquals(s.added(), removal.removedPlaces().size());
            assertEquals(s.variantsAdded(), removal.removedVariants());
            assertEquals(seeded, workspace.places(), "the gazetteer is as it was");
        }
    }
}
