package org.furat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.furat.app.Workspace;
import org.furat.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code furat eval} on a two-report corpus written here (made-up reports, coded at the seed gazetteer's points). */
class EvalCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String STRIKE = "قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور، ما أدى إلى مقتل مدنيين اثنين وإصابة خمسة آخرين.";
    static final String QUIET = "The council met in Deir ez-Zor on Tuesday to discuss the harvest and the price of bread.";

    @TempDir
    Path dir;

    static CliTest.Result furat(String... args) {
        CommandLine cli = FuratCommand.commandLine(w -> {});
        StringWriter out = new StringWriter(), err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliTest.Result(code, out.toString(), err.toString());
    }

    private Path corpus() throws Exception {
        return corpus("Air/drone strike", 2);
    }

    /** The corpus with the strike coded as {@code type} with {@code killed} dead (the report says two). */
    private Path corpus(String type, int killed) throws Exception {
        Place khasham;
        try (Workspace seeded = Workspace.open(dir.resolve("seed.gpkg"))) {
            khasham = seeded.place("khasham").orElseThrow();
        }
        Path texts = Files.createDirectories(dir.resolve("corpus").resolve("texts"));
        Files.writeString(texts.resolve("001.txt"), "URL: https://example.org/1\nDATE: 2024-11-20\nLANG: ar\n\n" + STRIKE, StandardCharsets.UTF_8);
        Files.writeString(texts.resolve("005.txt"), "URL: https://example.org/5\nDATE: unknown\nLANG: en\n\n" + QUIET, StandardCharsets.UTF_8);
        String line1 = String.format(Locale.ROOT, "{\"file\": \"001.txt\", \"lang\": \"ar\", \"published\": \"2024-11-20\", \"incidents\": ["
                + "{\"sub_event_type\": \"%s\", \"places\": [{\"name\": \"خشام\", \"role\": \"target\", \"lat\": %f, \"lon\": %f, \"kind\": \"village\"}],"
                + " \"date_start\": \"2024-11-19\", \"date_end\": \"2024-11-19\", \"killed\": %d, \"injured\": 5, \"actor1\": \"US forces\","
                + " \"actor2\": \"Civilians\", \"evidence_span\": [0, %d]}]}", type, khasham.lat(), khasham.lon(), killed, STRIKE.length());
        String line5 = "{\"file\": \"005.txt\", \"lang\": \"en\", \"published\": null, \"incidents\": []}";
        return Files.writeString(dir.resolve("corpus").resolve("annotations.jsonl"), line1 + "\n" + line5 + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void theFiguresOfAReportTheExtractorReadsRight() throws Exception {
        Path annotations = corpus();

        CliTest.Result r = furat("eval", "--corpus", annotations.toString(), "--split", "all", "--format", "json", "-v");

        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals(2, j.get("reports").asInt());
        assertEquals(1, j.get("incidents").asInt());
        JsonNode m = j.get("measures");
        assertEquals(1, m.get("incidents_found").get("hits").asInt(), r.out());
        assertEquals(1, m.get("incidents_found").get("of").asInt());
        assertEquals(1.0, m.get("killed_exact").get("value").asDouble(), r.out());
        assertEquals(1.0, m.get("injured_exact").get("value").asDouble(), r.out());
        assertEquals(1.0, m.get("dates_right").get("value").asDouble(), "أمس is the day before the header's date: " + r.out());
        assertEquals(1.0, m.get("places_recall").get("value").asDouble());
        assertEquals(1.0, m.get("actor1").get("value").asDouble(), "US forces are us_forces: " + r.out());
        assertEquals(j.get("proposals").asInt(), m.get("proposals_correspond").get("of").asInt());
        assertTrue(j.get("problems").isEmpty(), r.out());
        assertEquals("001.txt", j.get("by_report").get(0).get("file").asText());
        assertTrue(j.get("by_report").get(0).get("lines").get(0).asText().startsWith("paired:"), r.out());
        assertTrue(j.get("database").asText().contains("temporary"));
    }

    @Test
    void theSplitChoosesTheReportsAndTheTableNamesTheMeasures() throws Exception {
        Path annotations = corpus();

        JsonNode dev = JSON.readTree(furat("eval", "--corpus", annotations.toString(), "--format", "json").out());
        JsonNode holdout = JSON.readTree(furat("eval", "--corpus", annotations.toString(), "--split", "holdout", "--format", "json").out());
        CliTest.Result table = furat("eval", "--corpus", annotations.toString(), "--texts", annotations.getParent().resolve("texts").toString());

        assertEquals(1, dev.get("reports").asInt(), "dev is the default and leaves 005 out");
        assertEquals("dev", dev.get("split").asText());
        assertEquals(1, holdout.get("reports").asInt());
        assertEquals(0, holdout.get("incidents").asInt());
        assertTrue(holdout.get("measures").get("incidents_found").get("value").isNull(), "no cases: undefined, not 0 or 1");
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().contains("event places (within 3 km) F1"), table.out());
        assertTrue(table.out().startsWith("Split dev: 1 reports, 1 coded incidents"), table.out());
    }

    @Test
    void wrongTypesAndFiguresAreBrokenDown() throws Exception {
        Path annotations = corpus("Armed clash", 3);

        JsonNode j = JSON.readTree(furat("eval", "--corpus", annotations.toString(), "--format", "json").out());
        CliTest.Result table = furat("eval", "--corpus", annotations.toString());

        JsonNode confusion = j.get("type_confusions").get(0);
        assertEquals("Armed clash", confusion.get("coded").asText(), j.toString());
        assertEquals("Shelling/artillery/missile attack", confusion.get("proposed").asText(), "«قصفت» is shelling");
        assertEquals(1, confusion.get("paired").asInt());
        assertEquals(1, j.get("killed_misses").get("lower").asInt(), "two proposed for three coded: " + j);
        assertEquals(0, j.get("injured_misses").get("without_figure").asInt());
        assertTrue(table.out().contains("killed wrong: 0 without a figure, 1 lower, 0 higher"), table.out());
        assertTrue(table.out().matches("(?s).*Armed clash +Shelling/artillery/missile attack +1.*"), table.out());
    }

    @Test
    void badInputGetsOneClearLine() throws Exception {
        Path annotations = corpus();
        CliTest.Result both = furat("eval", "--corpus", annotations.toString(), "--db", dir.resolve("x.gpkg").toString(), "--gazetteer", dir.toString());
        assertEquals(1, both.exitCode());
        assertTrue(both.err().contains("--gazetteer imports into a temporary database"), both.err());
        CliTest.Result noTexts = furat("eval", "--corpus", annotations.toString(), "--texts", dir.resolve("none").toString());
        assertTrue(noTexts.err().contains("There is no folder of report texts at"), noTexts.err());
        Files.writeString(annotations, "{\"file\": \"001.txt\", \"incidents\": [{\"places\": []}]}\n");
        CliTest.Result bad = furat("eval", "--corpus", annotations.toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("annotations.jsonl, line 1: 001.txt: an incident has no sub_event_type"), bad.err());
        Files.delete(annotations.getParent().resolve("texts").resolve("001.txt"));
        Files.writeString(annotations, "{\"file\": \"001.txt\", \"incidents\": []}\n");
        CliTest.Result missing = furat("eval", "--corpus", annotations.toString());
        assertEquals(0, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("furat: 001.txt: no text "), "a missing text is reported, the rest evaluated: " + missing.err());
    }
}
