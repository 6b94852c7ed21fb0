package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.furat.model.SubEventType;
import org.junit.jupiter.api.Test;

/** The event words' lexicon: what a row may say, and what a bad row is told. */
class EventClassifierTest {

    private static LexiconCsv.Row row(String type, String phrase, String strength) {
        return new LexiconCsv.Row("event-triggers.csv", 7, Map.of("sub_event_type", type, "language", "en", "phrase", phrase,
                "strength", strength));
    }

    @Test
    void aRowIsStrongWeakOrNone() {
        assertEquals(new EventClassifier.Word(SubEventType.ARMED_CLASH, false, false), EventClassifier.word(row("ARMED_CLASH", "clashes", "")));
        assertEquals(new EventClassifier.Word(SubEventType.ATTACK, true, false), EventClassifier.word(row("ATTACK", "attack", "weak")));
        assertEquals(new EventClassifier.Word(SubEventType.ARMED_CLASH, false, true),
                EventClassifier.word(row("ARMED_CLASH", "fighting positions", "none")));
    }

    @Test
    void aRowOfAnUnknownTypeOrStrengthIsToldWhereItIs() {
        IllegalArgumentException strength = assertThrows(IllegalArgumentException.class,
                () -> EventClassifier.word(row("ARMED_CLASH", "clashes", "strong")));
        assertEquals("event-triggers.csv, line 7: unknown strength 'strong' (leave it empty, or write weak or none)",
                strength.getMessage());
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> EventClassifier.word(row("SKIRMISH", "clashes", "")));
        assertTrue(type.getMessage().contains("line 7: unknown sub-event type 'SKIRMISH'"), type.getMessage());
    }

    @Test
    void everyShippedRowIsReadAndNoneIsWrittenTwice() {
        List<LexiconCsv.Row> rows = LexiconCsv.read("event-triggers", "sub_event_type", "language", "phrase");
        Set<String> seen = new HashSet<>();
        for (LexiconCsv.Row r : rows) {
            EventClassifier.word(r);
            assertTrue(seen.add(r.get("language") + " " + r.get("phrase")), "line " + r.line() + " writes «" + r.get("phrase") + "» again");
        }
    }
}
