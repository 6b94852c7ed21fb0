package org.furat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.furat.app.SharedData;
import org.junit.jupiter.api.Test;

/**
 * {@code furat eval} over the real corpus in ../shared/corpus (never copied into the project): it reads every
 * report and gives figures that are proportions, and on the development split with the Who's On First gazetteer
 * the extractor keeps what its rework reached (docs/extraction-quality.md), less a margin of a few incidents: a
 * floor against regressions, not issue 11's targets, which it does not meet yet.
 */
class CorpusEvalTest {

    @Test
    void everyReportOfTheCorpusIsEvaluatedAndEveryFigureIsAProportion() throws Exception {
        Path annotations = SharedData.requireShared("corpus/annotations.jsonl");
        long lines = Files.readAllLines(annotations).stream().filter(l -> !l.isBlank()).count();
        long coded = 0;
        for (String line : Files.readAllLines(annotations)) {
            if (!line.isBlank()) coded += new ObjectMapper().readTree(line).path("incidents").size();
        }

        CliTest.Result r = EvalCommandTest.furat("eval", "--corpus", annotations.toString(), "--split", "all", "--format", "json");

        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertTrue(j.get("problems").isEmpty(), "every text read, every body the one coded: " + j.get("problems"));
        assertEquals(lines, j.get("reports").asLong());
        assertEquals(coded, j.get("incidents").asLong(), "every coded incident is counted");
        assertTrue(j.get("proposals").asInt() > 0);
        j.get("measures").fields().forEachRemaining(e -> {
            double v = e.getValue().get("value").asDouble();
            assertTrue(!e.getValue().get("value").isNull() && v >= 0 && v <= 1, e.getKey() + " = " + e.getValue());
            if (e.getValue().has("of")) {
                assertTrue(e.getValue().get("hits").asInt() <= e.getValue().get("of").asInt(), e.getKey() + " = " + e.getValue());
            }
        });
        assertEquals(j.get("proposals").asInt(), j.get("measures").get("proposals_correspond").get("of").asInt());
    }

    /** What the extractor reaches on dev with the imported gazetteer (docs/extraction-quality.md), less about 0.04. */
    private static final Map<String, Double> FLOORS = Map.of(
            "places_f1", 0.72, "incidents_found", 0.85, "sub_event_type", 0.89, "killed_exact", 0.89,
            "injured_exact", 0.76, "dates_right", 0.88, "proposals_correspond", 0.73, "actor1", 0.80, "actor2", 0.70);

    @Test
    void theExtractorKeepsWhatItReachedOnTheDevelopmentSplit() throws Exception {
        Path annotations = SharedData.requireShared("corpus/annotations.jsonl");
        Path gazetteer = SharedData.requireShared("data/whosonfirst-sy");
        CliTest.Result r = EvalCommandTest.furat("eval", "--corpus", annotations.toString(), "--split", "dev",
                "--gazetteer", gazetteer.toString(), "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode measures = new ObjectMapper().readTree(r.out()).get("measures");
        FLOORS.forEach((name, floor) -> {
            double value = measures.get(name).get("value").asDouble();
            assertTrue(value >= floor, name + " fell to " + value + ", below " + floor);
        });
    }
}
