package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.furat.app.Exporter;
import org.furat.app.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/** The export window's outcome text says what was done about the folder's interrupted exports before the export. */
@ExtendWith(ApplicationExtension.class)
class ExportOutcomeTest {

    @TempDir
    Path dir;

    @Test
    void theOutcomeStartsWithWhatRecoveryDidInTheFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out"));
        Path target = folder.resolve("places.csv");
        // What an export killed while writing leaves: its staging folder, with no journal and no lock held.
        Path staging = Files.createDirectory(folder.resolve(".furat-export-places.csv.tmp"));
        Files.createDirectory(staging.resolve("new"));
        Files.createDirectory(staging.resolve("old"));
        Files.writeString(staging.resolve("lock"), "");
        Files.writeString(staging.resolve("new").resolve("places.csv"), "key\npart");
        try (Workspace workspace = Workspace.open(dir.resolve("db.gpkg"))) {
            MainViewModel model = new MainViewModel(workspace, TaskRunner.sameThread());
            CompletableFuture<String> outcome = new CompletableFuture<>();
            model.export(MainViewModel.ExportScope.EVERYTHING, Exporter.What.PLACES, "csv", target, progress -> {},
                    outcome::complete, outcome::complete);
            String text = outcome.get(60, TimeUnit.SECONDS);
            assertTrue(text.startsWith("The temporary files of an interrupted export of " + target + " were removed"), text);
            assertTrue(text.contains("Wrote ") && text.contains(" to " + target), text);
            assertFalse(Files.exists(staging), text);
        }
    }
}
