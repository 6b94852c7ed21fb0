package org.furat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code furat gazetteer import} and {@code remove} on the command line: the summary, a dry run, errors. */
class GazetteerCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path layer() throws Exception {
        return Files.write(dir.resolve("survey.csv"), List.of(
                "ref,arabic,english,latitude,longitude",
                "a1,خشام,Kheshem,35.30988,40.28916",
                "a2,حويجة المسعود,Huwayjat al-Masoud,35.1,40.4",
                "a3,بعيدة,Far,33.5,36.3"), StandardCharsets.UTF_8);
    }

    private CliTest.Result run(Path db, String... args) {
        return CliTest.furatWithDb(db, args);
    }

    @Test
    void synthSpreadsIncidentsOverTheGazetteerFilesItIsGiven() throws Exception {
        Path layer = Files.write(dir.resolve("villages.csv"), List.of("id,name_ar,name_en,lat,lon",
                "v1,قرية أولى,Qarya Ula,35.11,40.47", "v2,قرية ثانية,Qarya Thaniya,35.02,40.38"), StandardCharsets.UTF_8);
        Path plain = dir.resolve("plain.gpkg"), withLayer = dir.resolve("layer.gpkg");

        CliTest.Result seedOnly = run(plain, "synth", "--incidents", "500");
        CliTest.Result more = run(withLayer, "synth", "--incidents", "500", "--gazetteer", layer.toString(),
                "--gazetteer-source", "survey");

        assertEquals(0, seedOnly.exitCode(), seedOnly.err());
        assertEquals(0, more.exitCode(), more.err());
        assertEquals(placesOffered(seedOnly.out()) + 2, placesOffered(more.out()), more.out());
        JsonNode places = JSON.readTree(run(withLayer, "places", "--format", "json").out());
        assertTrue(places.toString().contains("survey-v2"), "the layer's places are in the synthetic database");

        CliTest.Result unnamed = run(dir.resolve("unnamed.gpkg"), "synth", "--incidents", "5", "--gazetteer", layer.toString());
        assertEquals(1, unnamed.exitCode());
        assertTrue(unnamed.err().contains("--source NAME"), unnamed.err());
        assertTrue(Files.notExists(dir.resolve("unnamed.gpkg")), "nothing is left behind");
    }

    /** N in "… synthetic incidents at up to N places …". */
    private static int placesOffered(String out) {
        var m = java.util.regex.Pattern.compile("at up to (\\d+) places").matcher(out);
        assertTrue(m.find(), out);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void importPrintsWhatWasAddedMergedAndSkippedAndRemoveTakesItOut() throws Exception {
        Path db = dir.resolve("g.gpkg");
        Path layer = layer();
        String[] columns = {"--source", "survey", "--name-ar", "arabic", "--name-en", "english", "--lat", "latitude", "--lon", "longitude", "--id", "ref"};

        int shipped = JSON.readTree(run(db, "places", "--format", "json").out()).size();
        CliTest.Result dry = run(db, concat(new String[] {"gazetteer", "import", layer.toString(), "--dry-run", "--format", "json"}, columns));
        assertEquals(0, dry.exitCode(), dry.err());
        JsonNode d = JSON.readTree(dry.out()).get(0);
        assertTrue(d.path("dry_run").asBoolean());
        assertEquals(1, d.path("added").asInt());
        assertTrue(dry.err().contains("Dry run, nothing written"), dry.err());
        assertEquals(shipped, JSON.readTree(run(db, "places", "--format", "json").out()).size(), "the dry run wrote nothing");

        CliTest.Result done = run(db, concat(new String[] {"gazetteer", "import", layer.toString(), "--format", "json"}, columns));
        assertEquals(0, done.exitCode(), done.err());
        JsonNode s = JSON.readTree(done.out()).get(0);
        assertEquals("survey", s.path("source").asText());
        assertEquals(3, s.path("read").asInt());
        assertEquals(1, s.path("added").asInt());
        assertEquals(1, s.path("merged").asInt());
        assertEquals(1, s.path("skipped").asInt());
        assertEquals(1, s.path("merged_by").path("same name within 3 km").asInt());
        assertEquals(1, s.path("variants_added").asInt());
        JsonNode places = JSON.readTree(run(db, "places", "--format", "json").out());
        assertEquals(shipped + 1, places.size());
        boolean found = false;
        for (JsonNode p : places) {
            if (p.path("key").asText().equals("survey-a2")) {
                found = true;
                assertEquals("حويجة المسعود", p.path("name_ar").asText());
                assertEquals("survey", p.path("source").asText());
                assertEquals("a2", p.path("source_ref").asText());
            }
        }
        assertTrue(found, "the imported place is listed with the others");
        Path export = dir.resolve("places.csv");
        CliTest.Result exported = run(db, "export", "--format", "csv", "--what", "places", "--out", export.toString());
        assertEquals(0, exported.exitCode(), exported.err());
        String csv = Files.readString(export, StandardCharsets.UTF_8);
        assertTrue(csv.contains("survey-a2") && csv.contains("حويجة المسعود") && csv.contains("Kheshem"),
                "an export of places carries the imported place and the spelling added to Khasham");

        CliTest.Result table = run(db, "gazetteer", "remove", "--source", "survey");
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().contains("removed places     1"), table.out());
        assertEquals(shipped, JSON.readTree(run(db, "places", "--format", "json").out()).size());
    }

    @Test
    void aMalformedFileIsOneClearLineAndExitCode1() throws Exception {
        Path db = dir.resolve("bad.gpkg");
        Path bad = Files.write(dir.resolve("bad.csv"), List.of("name_ar,lat,lon", "قرية,35.1,east"), StandardCharsets.UTF_8);
        CliTest.Result r = run(db, "gazetteer", "import", bad.toString(), "--source", "survey");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains(bad + " cannot be imported; nothing was imported. Problem: line 2: 'lon' is not a number: 'east'"), r.err());
        CliTest.Result unknown = run(db, "gazetteer", "remove", "--source", "nobody");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("No gazetteer import is recorded under the source 'nobody'"), unknown.err());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
