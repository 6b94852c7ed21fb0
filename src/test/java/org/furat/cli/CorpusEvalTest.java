package org.furat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.furat.app.SharedData;
import org.junit.jupiter.api.Test;

/**
 * {@code furat eval} over the real corpus in ../shared/corpus (never copied into the project): it reads every
 * report and gives figures that are proportions. No quality threshold yet: docs/extraction-quality.md records the
 * figures, and the targets of the extractor's rework come with that rework.
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
}
