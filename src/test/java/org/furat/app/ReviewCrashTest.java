package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.furat.fault.ChildJvm;
import org.furat.fault.KillPoints;
import org.furat.model.Incident;
import org.furat.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review save killed at any moment leaves all of the review's decisions saved or none: the report's
 * proposals are then all verified incidents, or all still proposals, and a save after the crash completes it.
 */
class ReviewCrashTest {

    private static final String[] STEPS = {"review.after-writes", "review.before-commit", "review.after-commit"};
    private static final int RANDOM_KILLS = 14;

    @TempDir
    Path dir;

    @Test
    void aKilledReviewSaveSavesAllOrNothing() throws Exception {
        Path base = dir.resolve("base.gpkg");
        String sourceKey;
        List<String> proposals;
        try (Workspace workspace = Workspace.open(base)) {
            String text = TestReports.text(1) + ("\n" + TestReports.seedText()).repeat(3);
            Importer.Outcome imported = workspace.importer().importReport("report.txt", text.getBytes(StandardCharsets.UTF_8),
                    new Importer.Metadata(LocalDate.of(2024, 11, 20), null, null, null), false);
            assertEquals("imported", imported.status(), imported.message());
            sourceKey = imported.sourceKey();
            proposals = imported.proposed().stream().map(Incident::key).sorted().toList();
        }
        assertTrue(proposals.size() > 5, "a review of some size: " + proposals.size());

        int trials = 0, saved = 0, unsaved = 0;
        for (String step : STEPS) {
            Path db = copy(base, "step-" + (++trials));
            ChildJvm.Result r = save(db, sourceKey, Map.of("furat.kill-at", step)).run(Duration.ofMinutes(2));
            assertEquals(KillPoints.KILLED_EXIT, r.exit(), step + ": " + r.err());
            boolean all = checkAndFinish(db, sourceKey, proposals, step);
            if (all) saved++;
            else unsaved++;
            assertEquals(step.equals("review.after-commit"), all, step);
        }
        long start = System.nanoTime();
        assertEquals(0, save(copy(base, "whole"), sourceKey, Map.of()).run(Duration.ofMinutes(2)).exit());
        long wholeRun = (System.nanoTime() - start) / 1_000_000;
        Random random = new Random(20241121);
        int killed = 0;
        for (int i = 0; i < RANDOM_KILLS; i++) {
            Path db = copy(base, "random-" + (++trials));
            long delay = (long) (wholeRun * (0.7 + 0.45 * random.nextDouble()));
            ChildJvm.Result r = save(db, sourceKey, Map.of()).killAfter(Duration.ofMillis(delay));
            if (r.killed()) killed++;
            else assertEquals(0, r.exit(), r.err());
            if (checkAndFinish(db, sourceKey, proposals, "SIGKILL after " + delay + " ms")) saved++;
            else unsaved++;
        }
        System.out.printf("Review crash test: %d trials (%d at marked steps, %d SIGKILLs at random within a %d ms run, %d of them "
                + "before the save ended), %d left all %d decisions saved, %d none, 0 partial%n",
                trials, STEPS.length, RANDOM_KILLS, wholeRun, killed, saved, proposals.size(), unsaved);
    }

    /**
     * Checks that the killed save left all or none of its decisions, then saves again in this process if none.
     * Says whether the killed save had saved them.
     */
    private static boolean checkAndFinish(Path db, String sourceKey, List<String> proposals, String trial) throws Exception {
        CrashChecks.assertWhole(db);
        boolean all;
        try (Workspace workspace = Workspace.open(db)) {
            List<Incident> citing = workspace.incidentsCiting(sourceKey);
            long verified = citing.stream().filter(i -> i.status() == Status.VERIFIED).count();
            long proposed = citing.stream().filter(i -> i.status() == Status.PROPOSED).count();
            all = verified > 0;
            if (all) {
                assertEquals(0, proposed, trial + ": no proposal left beside the saved decisions");
                assertEquals(proposals, citing.stream().map(Incident::key).sorted().toList(), trial);
            } else {
                assertEquals(proposals, citing.stream().map(Incident::key).sorted().toList(), trial + ": all still proposals");
                assertEquals(proposals.size(), proposed, trial);
                ReviewSaveMain.main(new String[]{db.toString(), sourceKey});
            }
        }
        try (Workspace workspace = Workspace.open(db)) {
            List<Incident> citing = workspace.incidentsCiting(sourceKey);
            assertFalse(citing.isEmpty());
            assertTrue(citing.stream().allMatch(i -> i.status() == Status.VERIFIED), trial + ": saved after the crash");
        }
        CrashChecks.assertWhole(db);
        return all;
    }

    private static ChildJvm save(Path db, String sourceKey, Map<String, String> properties) {
        return ChildJvm.main(ReviewSaveMain.class, properties, db.toString(), sourceKey);
    }

    private Path copy(Path base, String name) throws java.io.IOException {
        return Files.copy(base, dir.resolve(name + ".gpkg"), StandardCopyOption.REPLACE_EXISTING);
    }
}
