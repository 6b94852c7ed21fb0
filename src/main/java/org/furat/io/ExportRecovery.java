package org.furat.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Puts a folder right after exports into it were killed: each staging folder whose export is no longer running
 * ({@code .furat-export-NAME.tmp}) has its switch finished or undone and is deleted (see {@link FileSwitch}), and the
 * {@code .NAME.NUMBER.part} files that earlier versions of Furat wrote are deleted. Nothing else in the folder is
 * touched. {@code app.Exporter} runs it before every export to the folder. Stateless and thread-safe.
 */
public final class ExportRecovery {

    /** What was done in the folder, as a sentence that names the export's target. */
    public record Outcome(Path target, String message) {}

    /** The temporary files of earlier versions: a dot, the target's name (an extension Furat writes), a number, ".part". */
    private static final Pattern OLD_PART = Pattern.compile(
            "\\..+\\.(shp|shx|dbf|prj|cpg|fields\\.csv|gpkg|geojson|kml|csv|csvt)\\.\\d+\\.part(-journal|-wal|-shm)?");

    private ExportRecovery() {}

    /** Recovers every interrupted export in {@code folder}; does nothing if the folder does not exist. */
    public static List<Outcome> recover(Path folder) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        if (!Files.isDirectory(folder)) return outcomes;
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted().toList();
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (StagingFolder.isStagingName(name) && Files.isDirectory(entry)) {
                StagingFolder staging = StagingFolder.claim(entry);
                if (staging == null) continue; // its export is still running
                Path target = folder.resolve(StagingFolder.targetName(entry));
                try (staging) {
                    outcomes.add(new Outcome(target, switch (FileSwitch.recover(staging)) {
                        case FINISHED -> "An interrupted export of " + target + " had put all its files in place; its leftover temporary files were removed";
                        case UNDONE -> "An interrupted export of " + target + " was undone: the files it was replacing are back as they were";
                        case DISCARDED -> "The temporary files of an interrupted export of " + target + " were removed; no file under its name was touched";
                    }));
                }
            } else if (OLD_PART.matcher(name).matches() && Files.isRegularFile(entry)) {
                Files.deleteIfExists(entry);
                outcomes.add(new Outcome(entry, "Removed " + entry + ", a temporary file left by an unfinished export"));
            }
        }
        return outcomes;
    }
}
