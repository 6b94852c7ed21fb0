package org.furat.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Annotation lines written here (made-up reports, made-up places), read as the corpus README describes them. */
class CorpusReaderTest {

    static final String LINE = """
            {"file": "007.txt", "lang": "en", "published": "2024-03-26", "body_sha1": "abc", "body_chars": 120,
             "incidents": [
               {"sub_event_type": "Air/drone strike",
                "places": [{"name": "Testville", "role": "target", "lat": 35.30, "lon": 40.29, "kind": "village", "wof_id": 1},
                           {"name": "Nowhere Base", "role": "location", "lat": null, "lon": null, "kind": "facility", "wof_id": null},
                           {"name": "Launchtown", "role": "origin", "lat": 35.0, "lon": 40.0, "kind": "town", "wof_id": null}],
                "date_start": "2024-03-25", "date_end": null, "killed": 0, "injured": null,
                "actor1": "Made-up Forces", "actor2": null, "evidence_span": [10, 60]}],
             "places_mentioned_only": [], "notes": ""}
            """.replace("\n", " ");

    @Test
    void aLineBecomesAReportWithItsIncidentsAndNullsStayNull() {
        List<CodedReport> reports = CorpusReader.parse(LINE + "\n\n" + LINE.replace("007.txt", "008.txt").replace("\"incidents\": [", "\"incidents\": [] , \"x\": ["), "a.jsonl");

        assertEquals(2, reports.size(), "the blank line is skipped");
        CodedReport r = reports.get(0);
        assertEquals("007.txt", r.file());
        assertEquals(LocalDate.of(2024, 3, 26), r.published());
        CodedIncident i = r.incidents().get(0);
        assertEquals("Air/drone strike", i.subEventType());
        assertEquals(0, i.killed(), "0 is a figure: nobody was killed");
        assertNull(i.injured(), "null is no figure");
        assertEquals(LocalDate.of(2024, 3, 25), i.dateStart());
        assertNull(i.dateEnd());
        assertTrue(i.dated());
        assertEquals(10, i.evidenceStart());
        assertEquals(60, i.evidenceEnd());
        assertEquals(List.of("Testville"), i.located().stream().map(CodedPlace::name).toList(),
                "only event places with a point are located: not the one without, not the origin");
        assertEquals(1, i.unjudgeablePlaces(), "the event place without a point");
        assertFalse(i.places().get(2).eventPlace());
        assertEquals(0, reports.get(1).incidents().size());
    }

    @Test
    void aBadLineIsRefusedWithItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CorpusReader.parse(LINE + "\n{\"file\": \"9.txt\", \"incidents\": [{\"sub_event_type\": \"Attack\", \"killed\": \"many\"}]}", "a.jsonl"));
        assertTrue(e.getMessage().startsWith("a.jsonl, line 2: "), e.getMessage());
        assertTrue(e.getMessage().contains("killed"), e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CorpusReader.parse("{oops", "b.jsonl")).getMessage()
                .startsWith("b.jsonl, line 1: not JSON"));
    }
}
