package org.furat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.furat.app.ReviewDraft;
import org.furat.app.Workspace;
import org.furat.model.Place;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code furat incident delete|restore|reopen}: what each does as the other commands then see it, and a clear message
 * and exit code for each thing that cannot be done.
 */
class IncidentCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    @TempDir
    Path dir;
    private Path db;
    /** A seeded incident, verified. */
    private String verified;

    @BeforeEach
    void setUp() throws Exception {
        db = dir.resolve("incident.gpkg");
        JsonNode all = incidents();
        verified = null;
        for (JsonNode i : all) {
            if (i.path("status").asText().equals("verified") && !i.path("places").isEmpty()) {
                verified = i.path("key").asText();
                break;
            }
        }
        assertTrue(verified != null, "the seed has a verified incident with a place");
    }

    private CliTest.Result furat(String... args) {
        return CliTest.furatWithDb(db, args);
    }

    private JsonNode incidents(String... filter) throws Exception {
        List<String> args = new ArrayList<>(List.of("incidents", "--format", "json"));
        args.addAll(List.of(filter));
        CliTest.Result r = furat(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        return JSON.readTree(r.out());
    }

    private List<String> keys(JsonNode incidents) {
        List<String> keys = new ArrayList<>();
        incidents.forEach(i -> keys.add(i.path("key").asText()));
        return keys;
    }

    private List<String> deletedSince() throws Exception {
        Path out = dir.resolve("deleted-" + System.nanoTime() + ".csv");
        CliTest.Result r = furat("export", "--deleted-since", TODAY, "--format", "csv", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        return Files.readAllLines(out, StandardCharsets.UTF_8).stream().skip(1).map(l -> l.split(",")[0]).toList();
    }

    private String exported(String... filter) throws Exception {
        Path out = dir.resolve("export-" + System.nanoTime() + ".csv");
        List<String> args = new ArrayList<>(List.of("export", "--format", "csv", "--out", out.toString()));
        args.addAll(List.of(filter));
        CliTest.Result r = furat(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void aDeletedIncidentIsListedExportedAndCountedOnlyWithShowDeletedUntilRestored() throws Exception {
        int listed = incidents().size();
        assertTrue(exported().contains(verified));

        CliTest.Result deleted = furat("incident", "delete", verified, "--reason", "recorded twice");
        assertEquals(0, deleted.exitCode(), deleted.err());
        assertEquals("Deleted incident " + verified + ": recorded twice", deleted.out().strip());

        assertEquals(listed - 1, incidents().size());
        assertFalse(keys(incidents()).contains(verified));
        assertFalse(exported().contains(verified), "an export leaves it out");
        assertTrue(exported("--show-deleted").contains(verified), "unless deleted ones are asked for");
        JsonNode shown = incidents("--show-deleted");
        assertEquals(listed, shown.size());
        for (JsonNode i : shown) {
            boolean isIt = i.path("key").asText().equals(verified);
            assertEquals(isIt ? "recorded twice" : "", i.path("deleted").path("reason").asText(), i.path("key").asText());
            assertTrue(i.has("deleted"), "with --show-deleted every incident says whether it is deleted");
        }
        CliTest.Result table = furat("incidents", "--show-deleted");
        assertTrue(table.out().lines().findFirst().orElseThrow().strip().endsWith("deleted"), table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith(verified) && l.endsWith("recorded twice")), table.out());
        assertFalse(furat("incidents").out().lines().findFirst().orElseThrow().contains("deleted"), "the column only when asked for");
        assertEquals(List.of(verified), deletedSince());

        CliTest.Result history = furat("history", "--incident", verified, "--format", "json", "--limit", "1");
        JsonNode action = JSON.readTree(history.out()).get(0);
        assertEquals("delete incident", action.path("name").asText());
        assertEquals("recorded twice", action.path("why").asText());

        CliTest.Result restored = furat("incident", "restore", verified);
        assertEquals(0, restored.exitCode(), restored.err());
        assertEquals("Restored incident " + verified, restored.out().strip());
        assertEquals(listed, incidents().size());
        assertTrue(exported().contains(verified));
        assertEquals(List.of(), deletedSince(), "a restored incident is not in the deletions file");
        assertEquals("restore incident", JSON.readTree(furat("history", "--incident", verified, "--format", "json", "--limit", "1").out())
                .get(0).path("name").asText());
    }

    @Test
    void aRejectionIsTakenBack() throws Exception {
        Path report = Files.writeString(dir.resolve("report.txt"), "قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور.", StandardCharsets.UTF_8);
        assertEquals(0, furat("import", "--published", "2024-11-20", report.toString()).exitCode());
        String rejected;
        try (Workspace workspace = Workspace.open(db)) {
            String source = workspace.reportsToReview(10).get(0).sourceKey();
            ReviewDraft draft = new ReviewDraft(workspace.reviewer().open(source), workspace.places().stream().map(Place::key).toList());
            rejected = draft.proposalKeys().get(0);
            draft.reject(rejected);
            workspace.reviewer().apply(draft);
        }
        assertTrue(keys(incidents("--status", "rejected")).contains(rejected));

        CliTest.Result reopened = furat("incident", "reopen", rejected);
        assertEquals(0, reopened.exitCode(), reopened.err());
        assertEquals("Reopened incident " + rejected + ": it is proposed again", reopened.out().strip());
        assertTrue(keys(incidents("--status", "proposed")).contains(rejected));
        assertEquals("reopen incident", JSON.readTree(furat("history", "--incident", rejected, "--format", "json", "--limit", "1").out())
                .get(0).path("name").asText());
    }

    @Test
    void aReportsSavedReviewIsReopenedAndTheReopeningUndone() throws Exception {
        Path report = Files.writeString(dir.resolve("report.txt"), "قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور. "
                + "وفي اليوم نفسه قصفت طائرة مسيرة بلدة الميادين.", StandardCharsets.UTF_8);
        assertEquals(0, furat("import", "--published", "2024-11-20", report.toString()).exitCode());
        String source;
        List<String> decided;
        try (Workspace workspace = Workspace.open(db)) {
            source = workspace.reportsToReview(10).get(0).sourceKey();
            ReviewDraft draft = new ReviewDraft(workspace.reviewer().open(source), workspace.places().stream().map(Place::key).toList());
            decided = draft.proposalKeys();
            assertEquals(2, decided.size(), "one proposal per sentence");
            draft.accept(decided.get(0));
            draft.reject(decided.get(1));
            workspace.reviewer().apply(draft);
            assertTrue(workspace.reportsToReview(10).isEmpty(), "nothing left to review");
        }

        CliTest.Result reopened = furat("incident", "reopen", "--report", source);
        assertEquals(0, reopened.exitCode(), reopened.err());
        assertEquals("Reopened the review of " + source + ": 2 incidents are proposed again", reopened.out().strip());
        assertTrue(keys(incidents("--status", "proposed")).containsAll(decided));
        try (Workspace workspace = Workspace.open(db)) {
            assertEquals(List.of(source), workspace.reportsToReview(10).stream().map(r -> r.sourceKey()).toList(), "to review again");
        }
        assertEquals(0, furat("undo").exitCode());
        assertTrue(keys(incidents("--status", "verified")).contains(decided.get(0)), "undone: the review's decisions are back");
        assertTrue(keys(incidents("--status", "rejected")).contains(decided.get(1)));
        assertRefused(2, "Give either an incident's KEY or --report SOURCE", "incident", "reopen");
    }

    @Test
    void whatCannotBeDoneIsRefusedWithAClearMessage() throws Exception {
        assertRefused(1, "No incident has the key 'no-such-key'", "incident", "delete", "no-such-key", "--reason", "why");
        assertRefused(1, "No incident has the key 'no-such-key'", "incident", "restore", "no-such-key");
        assertRefused(1, "No incident has the key 'no-such-key'", "incident", "reopen", "no-such-key");
        assertRefused(2, "Missing required option: '--reason=TEXT'", "incident", "delete", verified);
        assertRefused(1, "Give a reason to delete incident " + verified, "incident", "delete", verified, "--reason", "  ");
        assertRefused(1, "Incident " + verified + " is not deleted", "incident", "restore", verified);
        assertRefused(1, "Incident " + verified + " is verified, not rejected", "incident", "reopen", verified);
        assertRefused(2, "Usage:", "incident");
        assertEquals(List.of(), deletedSince(), "nothing was deleted");

        assertEquals(0, furat("incident", "delete", verified, "--reason", "duplicate").exitCode());
        assertRefused(1, "Incident " + verified + " is already deleted (duplicate)", "incident", "delete", verified, "--reason", "again");
        assertRefused(1, "restore it before reopening it", "incident", "reopen", verified);
    }

    private void assertRefused(int exitCode, String message, String... args) {
        CliTest.Result r = furat(args);
        assertEquals(exitCode, r.exitCode(), String.join(" ", args) + ": " + r.err());
        assertTrue(r.err().contains(message), r.err());
        assertEquals("", r.out(), "nothing said done");
    }
}
