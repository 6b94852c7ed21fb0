package org.furat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code furat settings analyst} says who changes are recorded as, sets the name (an action of the history made under
 * it) and clears it again; the history then names the analyst for what she did.
 */
class SettingsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theAnalystsNameIsShownSetUsedAndCleared() throws Exception {
        Path db = dir.resolve("settings.gpkg");
        CliTest.Result none = CliTest.furatWithDb(db, "settings", "analyst");
        assertEquals(0, none.exitCode(), none.err());
        assertTrue(none.out().contains("No analyst name is set") && none.out().contains(System.getProperty("user.name")), none.out());

        CliTest.Result set = CliTest.furatWithDb(db, "settings", "analyst", "Layla Hassan");
        assertEquals(0, set.exitCode(), set.err());
        assertEquals("Changes are recorded as: Layla Hassan", set.out().strip());
        assertEquals("Changes are recorded as: Layla Hassan", CliTest.furatWithDb(db, "settings", "analyst").out().strip());

        CliTest.Result deleted = CliTest.furatWithDb(db, "incident", "delete", "seed-2024-11-militias-relocate", "--reason", "duplicate");
        assertEquals(0, deleted.exitCode(), deleted.err());
        CliTest.Result history = CliTest.furatWithDb(db, "history", "--who", "Layla Hassan", "--format", "json");
        assertEquals(0, history.exitCode(), history.err());
        JsonNode actions = JSON.readTree(history.out());
        assertEquals(2, actions.size(), actions.toString());
        assertEquals("delete incident", actions.get(0).path("name").asText());
        assertEquals("set analyst name", actions.get(1).path("name").asText());
        assertEquals("setting analyst: set: Layla Hassan", actions.get(1).path("changes").get(0).path("description").asText());

        CliTest.Result unset = CliTest.furatWithDb(db, "settings", "analyst", "--unset");
        assertEquals(0, unset.exitCode(), unset.err());
        assertTrue(unset.out().contains("No analyst name is set"), unset.out());
        JsonNode cleared = JSON.readTree(CliTest.furatWithDb(db, "history", "--action", "set analyst name", "--format", "json").out());
        assertEquals(2, cleared.size(), "setting and clearing are both in the history: " + cleared);
        assertEquals(System.getProperty("user.name"), cleared.get(0).path("who").asText());
    }

    @Test
    void anEmptyNameIsRefusedWithTheWayToClearIt() {
        CliTest.Result r = CliTest.furatWithDb(dir.resolve("empty.gpkg"), "settings", "analyst", " ");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("--unset"), r.err());
    }
}
