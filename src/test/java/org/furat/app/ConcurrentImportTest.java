package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.furat.fault.ChildJvm;
import org.furat.model.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes importing the same reports into one database at once: the one that loses the race for a report
 * finds it stored, and says so ("already in the database"), instead of failing on the unique hash. Each report
 * is stored once with all its proposals, and both processes exit 0.
 */
class ConcurrentImportTest {

    private static final int REPORTS = 20;

    @TempDir
    Path dir;

    @Test
    void theLoserOfARaceForAReportCallsItADuplicate() throws Exception {
        Path db = dir.resolve("db.gpkg");
        Path folder = Files.createDirectory(dir.resolve("reports"));
        // Long enough that the two imports overlap: the one that starts later catches up while the other extracts.
        List<Path> files = TestReports.write(folder, REPORTS, 20);
        Map<String, List<String>> expected = new HashMap<>(); // source key -> proposal keys, from a dry run
        try (Workspace workspace = Workspace.open(db)) { // created and seeded before the race, which is about imports
            for (Path file : files) {
                Importer.Outcome dry = workspace.importer().importReport(file.toString(), Files.readAllBytes(file),
                        new Importer.Metadata(LocalDate.of(2024, 11, 20), null, null, null), true);
                expected.put(dry.sourceKey(), dry.proposed().stream().map(Incident::key).toList());
            }
        }
        List<String> args = new ArrayList<>(List.of("--db", db.toString(), "import", "--published", "2024-11-20", "--format", "json"));
        files.forEach(f -> args.add(f.toString()));
        var first = CompletableFuture.supplyAsync(() -> run(args));
        var second = CompletableFuture.supplyAsync(() -> run(args));
        List<ChildJvm.Result> results = List.of(first.get(), second.get());

        int imported = 0;
        ObjectMapper json = new ObjectMapper();
        for (ChildJvm.Result r : results) {
            assertEquals(0, r.exit(), r.err());
            for (JsonNode outcome : json.readTree(r.out())) {
                String status = outcome.get("status").asText();
                assertTrue(status.equals("imported") || status.equals("duplicate"), outcome.toString());
                if (status.equals("imported")) imported++;
                else assertTrue(outcome.get("message").asText().contains("is already in the database as report-"), outcome.toString());
            }
        }
        assertEquals(REPORTS, imported, "each report imported by exactly one of the two");
        try (Workspace workspace = Workspace.open(db)) {
            for (var report : expected.entrySet()) {
                List<String> stored = workspace.incidentsCiting(report.getKey()).stream().map(Incident::key).sorted().toList();
                assertEquals(report.getValue().stream().sorted().toList(), stored, report.getKey());
            }
        }
    }

    private static ChildJvm.Result run(List<String> args) {
        try {
            return ChildJvm.furat(Map.of(), args.toArray(String[]::new)).run(Duration.ofMinutes(3));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
