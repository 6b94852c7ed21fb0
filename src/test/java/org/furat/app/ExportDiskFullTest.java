package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.furat.fault.SmallDisk;
import org.furat.io.ExportFormat;
import org.furat.io.ExportFormats;
import org.furat.model.IncidentFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export to a disk that fills up fails with a message that says so, and leaves the older files as they were. */
class ExportDiskFullTest {

    @TempDir
    Path dir;

    @Test
    void anExportToAFullDiskSaysSoAndLeavesTheOldFilesAndNoTemporaryFile() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(2048); Workspace workspace = Workspace.open(dir.resolve("db.gpkg"))) {
            Exporter exporter = new Exporter(workspace);
            FilterResult all = workspace.filter(IncidentFilter.ALL);
            for (ExportFormat format : ExportFormats.all()) {
                Path folder = Files.createDirectory(disk.root().resolve(format.name()));
                Path target = folder.resolve("export" + format.extension());
                exporter.export(all, Exporter.What.PLACES, format.name(), target, false, false, (w, t) -> {}, () -> false, recovered -> {});
                Map<Path, byte[]> old = new LinkedHashMap<>();
                for (Path output : format.outputs(target)) old.put(output, Files.readAllBytes(output));
                Path filler = disk.fill(8 * 1024);

                IOException e = assertThrows(IOException.class, () -> exporter.export(all, Exporter.What.INCIDENTS, format.name(), target,
                        true, false, (w, t) -> {}, () -> false, recovered -> {}), format.name());
                assertTrue(e.getMessage().startsWith("The disk holding " + folder + " is full; nothing was written"), e.getMessage());
                assertTrue(e.getCause() != null, "the disk's own error is kept as the cause");
                for (var file : old.entrySet()) {
                    assertArrayEquals(file.getValue(), Files.readAllBytes(file.getKey()), file.getKey() + " is as it was");
                }
                assertEquals(names(old.keySet()), namesIn(folder), "the old files and no temporary file for " + format.name());
                Files.delete(filler);
            }
        }
    }

    private static Set<String> names(Set<Path> paths) {
        return new TreeSet<>(paths.stream().map(p -> p.getFileName().toString()).toList());
    }

    private static Set<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return new TreeSet<>(list.map(p -> p.getFileName().toString()).toList());
        }
    }
}
