package org.furat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code furat incident add|edit} and {@code furat undo|redo}: what each does as the other commands then see it. */
class IncidentEditCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliTest.Result furat(String... args) {
        return CliTest.furatWithDb(dir.resolve("edit.gpkg"), args);
    }

    private JsonNode incident(String key) throws Exception {
        CliTest.Result r = furat("incidents", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        for (JsonNode i : JSON.readTree(r.out())) {
            if (i.path("key").asText().equals(key)) return i;
        }
        return null;
    }

    private String anyPlace() throws Exception {
        CliTest.Result r = furat("places", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        return JSON.readTree(r.out()).get(0).path("key").asText();
    }

    @Test
    void anIncidentIsAddedCorrectedUndoneAndRedone() throws Exception {
        String place = anyPlace();
        CliTest.Result added = furat("incident", "add", "--type", "Armed clash", "--date", "2025-03-04", "--place", place + ":target",
                "--killed", "2", "--note", "Two fighters were killed in a clash, as I read it.", "--url", "https://example.org/a");
        assertEquals(0, added.exitCode(), added.err());
        String key = added.out().strip();
        assertTrue(key.startsWith("hand-"), added.out());
        JsonNode stored = incident(key);
        assertEquals("Armed clash", stored.path("sub_event_type").asText(), stored.toString());
        assertEquals(2, stored.path("killed").path("best").asInt(), stored.toString());
        assertEquals("verified", stored.path("status").asText());

        CliTest.Result edited = furat("incident", "edit", key, "--killed", "3", "--injured", "4-6", "--reason", "a second source");
        assertEquals(0, edited.exitCode(), edited.err());
        assertEquals(3, incident(key).path("killed").path("best").asInt());
        JsonNode history = JSON.readTree(furat("history", "--incident", key, "--format", "json", "--limit", "1").out()).get(0);
        assertEquals("edit incident", history.path("name").asText());
        assertEquals("a second source", history.path("why").asText());

        CliTest.Result undo = furat("undo");
        assertEquals(0, undo.exitCode(), undo.err());
        assertEquals("Done: undo: edit incident", undo.out().strip());
        assertEquals(2, incident(key).path("killed").path("best").asInt());
        assertEquals("Done: redo: edit incident", furat("redo").out().strip());
        assertEquals(3, incident(key).path("killed").path("best").asInt());
        furat("undo");
        furat("undo");
        assertEquals(null, incident(key), "undoing the add takes the incident away");
        CliTest.Result nothing = furat("undo");
        assertEquals(1, nothing.exitCode());
        assertTrue(nothing.err().contains("nothing of yours to undo"), nothing.err());
    }

    @Test
    void twoRecordsOfOneEventAreMerged() throws Exception {
        String place = anyPlace();
        String kept = furat("incident", "add", "--type", "Attack", "--date", "2025-03-04", "--place", place, "--note", "One source.").out().strip();
        String other = furat("incident", "add", "--type", "Attack", "--date", "2025-03-04", "--place", place, "--note", "Another source.").out().strip();
        CliTest.Result merged = furat("incident", "merge", other, "--into", kept, "--reason", "the same attack");
        assertEquals(0, merged.exitCode(), merged.err());
        assertEquals("Merged " + other + " into " + kept + ": 2 evidence spans, 1 places", merged.out().strip());
        assertEquals(null, incident(other), "the merged-away incident is deleted");
        assertEquals(2, incident(kept).path("evidence").size(), incident(kept).toString());
        CliTest.Result again = furat("incident", "merge", other, "--into", kept);
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("is deleted already"), again.err());
    }

    @Test
    void badInputIsRefusedWithAClearMessage() throws Exception {
        String place = anyPlace();
        CliTest.Result both = furat("incident", "add", "--type", "Armed clash", "--date", "2025-03-04", "--note", "x", "--source", "s", "--span", "1-2");
        assertEquals(2, both.exitCode(), "a report's words or a note, not both");
        CliTest.Result badPlace = furat("incident", "add", "--type", "Armed clash", "--date", "2025-03-04", "--place", "no_such_village",
                "--note", "Something happened.");
        assertEquals(1, badPlace.exitCode());
        assertEquals("furat: There is no place 'no_such_village': give a place's key, as `furat places` lists them", badPlace.err().strip());
        CliTest.Result badType = furat("incident", "add", "--type", "Picnic", "--date", "2025-03-04", "--place", place, "--note", "x");
        assertTrue(badType.err().contains("Unknown sub-event type 'Picnic'"), badType.err());
        CliTest.Result badToll = furat("incident", "add", "--type", "Attack", "--date", "2025-03-04", "--killed", "many", "--note", "x");
        assertTrue(badToll.err().contains("is not a casualty figure"), badToll.err());
        CliTest.Result badDates = furat("incident", "add", "--type", "Attack", "--date", "2025-03-04", "--date-end", "2025-03-01", "--note", "x");
        assertTrue(badDates.err().contains("ends (2025-03-01) before it starts"), badDates.err());
        CliTest.Result badSpan = furat("incident", "add", "--type", "Attack", "--date", "2025-03-04", "--place", place, "--source", "000_0ae79604f75c76f4",
                "--span", "10-999999");
        assertTrue(badSpan.err().contains("runs past the end"), badSpan.err());
        CliTest.Result unknown = furat("incident", "edit", "nope", "--killed", "1");
        assertTrue(unknown.err().contains("There is no incident nope"), unknown.err());
        CliTest.Result empty = furat("incident", "edit", "nope");
        assertTrue(empty.err().contains("Say what to change"), empty.err());
        assertEquals(0, JSON.readTree(furat("history", "--format", "json", "--since", "2000-01-01").out()).findValues("name").stream()
                .filter(n -> n.asText().equals("add incident")).count(), "nothing was added");
        CliTest.Result unsourced = furat("incident", "add", "--type", "Attack", "--date", "2025-03-04", "--place", place);
        assertEquals(0, unsourced.exitCode(), unsourced.err());
        JsonNode shown = incident(unsourced.out().strip());
        assertTrue(shown.toString().contains("no source was given"), "the evidence says it rests on no source: " + shown);
        assertEquals("proposed", shown.path("status").asText(), "an incident on nobody's word is not verified");
    }

    @Test
    void anIncidentWithNoPlaceOrVerifiedOnNoSourceIsRefusedAndNothingIsAdded() throws Exception {
        String place = anyPlace();
        CliTest.Result nowhere = furat("incident", "add", "--type", "Attack", "--date", "2025-03-04", "--note", "Shelling reported.");
        assertEquals(1, nowhere.exitCode());
        assertTrue(nowhere.err().contains("needs a place") && nowhere.err().contains("--place"), nowhere.err());
        CliTest.Result unsupported = furat("incident", "add", "--type", "Attack", "--date", "2025-03-04", "--place", place,
                "--status", "verified");
        assertEquals(1, unsupported.exitCode());
        assertTrue(unsupported.err().contains("cannot be verified") && unsupported.err().contains("--note"), unsupported.err());
        assertEquals(0, JSON.readTree(furat("history", "--format", "json", "--since", "2000-01-01").out()).findValues("name").stream()
                .filter(n -> n.asText().equals("add incident")).count(), "nothing was added");
        CliTest.Result noted = furat("incident", "add", "--type", "Attack", "--date", "2025-03-04", "--place", place,
                "--note", "Shelling reported by a local page.", "--status", "verified");
        assertEquals(0, noted.exitCode(), noted.err());
        assertEquals("verified", incident(noted.out().strip()).path("status").asText(), "a note is enough to verify it");
    }
}
