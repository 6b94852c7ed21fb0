package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.furat.fault.ChildJvm;
import org.furat.model.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed at any moment leaves a whole database: every report in it has exactly the proposals a dry
 * run gives (never part of them), and running the batch again imports the rest and calls the ones already in
 * duplicates. Kills come at the marked steps of each report's transaction (after the source row, before and
 * after the commit) and as SIGKILLs after random delays (seeded, so a failure can be replayed).
 */
class ImportCrashTest {

    private static final int REPORTS = 6;
    private static final Importer.Metadata NOV_20 = new Importer.Metadata(LocalDate.of(2024, 11, 20), null, null, null);
    private static final String[] STEPS = {"import.after-source", "import.before-commit", "import.after-commit"};
    private static final int RANDOM_KILLS = 12;

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesWholeReportsAndTheRestImportOnTheNextRun() throws Exception {
        Path base = dir.resolve("base.gpkg");
        List<Path> files = TestReports.write(Files.createDirectory(dir.resolve("reports")), REPORTS, 3);
        Map<Path, String> sourceOf = new LinkedHashMap<>();
        Map<String, List<String>> proposals = new LinkedHashMap<>();
        try (Workspace workspace = Workspace.open(base)) {
            for (Path file : files) {
                Importer.Outcome dry = workspace.importer().importReport(file.toString(), Files.readAllBytes(file), NOV_20, true);
                sourceOf.put(file, dry.sourceKey());
                proposals.put(dry.sourceKey(), keys(dry.proposed()));
            }
        }
        List<String> args = new ArrayList<>(List.of("import", "--published", "2024-11-20"));
        files.forEach(f -> args.add(f.toString()));

        int trials = 0, killed = 0, reportsStoredAtKill = 0;
        for (String step : STEPS) {
            for (int occurrence = 1; occurrence <= REPORTS; occurrence += 2) {
                Path db = copy(base, "step-" + (++trials));
                ChildJvm.Result r = child(db, args, Map.of("furat.kill-at", step + "@" + occurrence)).run(Duration.ofMinutes(2));
                assertEquals(org.furat.fault.KillPoints.KILLED_EXIT, r.exit(), step + "@" + occurrence + ": " + r.err());
                killed++;
                reportsStoredAtKill += checkAndFinish(db, files, sourceOf, proposals, step + "@" + occurrence);
            }
        }
        // Random kills fall anywhere in the time a whole run takes here (start-up included), measured first.
        long start = System.nanoTime();
        assertEquals(0, child(copy(base, "whole"), args, Map.of()).run(Duration.ofMinutes(2)).exit());
        long wholeRun = (System.nanoTime() - start) / 1_000_000;
        Random random = new Random(20241120);
        for (int i = 0; i < RANDOM_KILLS; i++) {
            Path db = copy(base, "random-" + (++trials));
            long delay = (long) (wholeRun * (0.55 + 0.45 * random.nextDouble()));
            ChildJvm.Result r = child(db, args, Map.of()).killAfter(Duration.ofMillis(delay));
            if (r.killed()) killed++;
            else assertEquals(0, r.exit(), r.err());
            reportsStoredAtKill += checkAndFinish(db, files, sourceOf, proposals, "SIGKILL after " + delay + " ms");
        }
        System.out.printf("Import crash test: %d trials (%d at marked steps, %d SIGKILLs at random within a %d ms run), "
                + "%d killed mid-batch, %d reports whole in the database at the kills, 0 faults%n",
                trials, trials - RANDOM_KILLS, RANDOM_KILLS, wholeRun, killed, reportsStoredAtKill);
    }

    /**
     * Checks what the killed import left, then runs the batch again in this process: the reports stored before
     * are duplicates, the others import. Returns how many reports the killed import had stored.
     */
    private static int checkAndFinish(Path db, List<Path> files, Map<Path, String> sourceOf, Map<String, List<String>> proposals,
                                      String trial) throws Exception {
        CrashChecks.assertWhole(db);
        int stored = 0;
        try (Workspace workspace = Workspace.open(db)) {
            Map<String, Boolean> wasStored = new LinkedHashMap<>();
            for (var report : proposals.entrySet()) {
                boolean present = workspace.source(report.getKey()).isPresent();
                wasStored.put(report.getKey(), present);
                List<String> cited = keys(workspace.incidentsCiting(report.getKey()));
                assertEquals(present ? report.getValue() : List.of(), cited, trial + ": " + report.getKey() + " whole or absent");
                if (present) stored++;
            }
            for (Path file : files) {
                Importer.Outcome again = workspace.importer().importReport(file.toString(), Files.readAllBytes(file), NOV_20, false);
                String expected = wasStored.get(sourceOf.get(file)) ? "duplicate" : "imported";
                assertEquals(expected, again.status(), trial + ": " + again.message());
                assertEquals(sourceOf.get(file), again.sourceKey(), trial);
            }
            for (var report : proposals.entrySet()) {
                assertEquals(report.getValue(), keys(workspace.incidentsCiting(report.getKey())), trial + ": after the second run");
            }
        }
        CrashChecks.assertWhole(db);
        assertTrue(stored <= REPORTS);
        return stored;
    }

    private static ChildJvm child(Path db, List<String> args, Map<String, String> properties) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(args);
        return ChildJvm.furat(properties, all.toArray(String[]::new));
    }

    private Path copy(Path base, String name) throws java.io.IOException {
        return Files.copy(base, dir.resolve(name + ".gpkg"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<String> keys(List<Incident> incidents) {
        return incidents.stream().map(Incident::key).sorted().toList();
    }
}
