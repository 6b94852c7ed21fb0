package org.furat.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The message for a full disk says where the files being replaced are, and claims they are in place only when they are. */
class DiskFullTest {

    @TempDir
    Path folder;

    private final IOException full = new IOException("No space left on device");

    @Test
    void withNothingSetAsideItSaysTheFilesAreAsTheyWere() {
        IOException explained = DiskFull.explain(full, folder.resolve("export.shp"));
        assertTrue(explained.getMessage().startsWith("The disk holding " + folder + " is full; nothing was written"), explained.getMessage());
        assertSame(full, explained.getCause());
    }

    @Test
    void withTheOldFilesStillSetAsideItSaysWhereTheyAreAndThatTheNextExportPutsThemBack() throws IOException {
        Path target = folder.resolve("export.shp");
        Path setAside = Files.createDirectories(StagingFolder.pathFor(target).resolve("old"));
        Files.writeString(setAside.resolve("export.shp"), "the old main file");
        String message = DiskFull.explain(full, target).getMessage();
        assertFalse(message.contains("as they were"), message);
        assertFalse(message.contains("nothing was written"), message);
        assertTrue(message.contains(setAside.toString()) && message.contains("The next export to " + folder + " puts them back"), message);
    }

    @Test
    void anotherFailureIsLeftAsItIs() {
        IOException other = new IOException("Permission denied");
        assertSame(other, DiskFull.explain(other, folder.resolve("export.shp")));
    }
}
