package org.furat.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Files written under temporary names beside their targets and renamed into place together at the end, so a
 * failed or cancelled export never leaves a file that looks whole. Not thread-safe.
 */
public final class AtomicFiles implements AutoCloseable {

    private final List<Path> temporaries = new ArrayList<>();
    private final List<Path> targets = new ArrayList<>();
    private boolean committed;

    /** A temporary path in the target's folder (so the final rename stays on one file system). */
    public Path temporaryFor(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) throw new IOException("The folder of " + target + " does not exist");
        if (!Files.isWritable(folder)) throw new IOException("The folder " + folder + " is not writable");
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
        readableByAll(temporary);
        temporaries.add(temporary);
        targets.add(target);
        return temporary;
    }

    /**
     * Renames every temporary file to its target, the first one asked for last: a format asks for its main
     * file first (the .shp), so that file never appears before its companions.
     */
    public void commit() throws IOException {
        for (int i = temporaries.size() - 1; i >= 0; i--) {
            try {
                Files.move(temporaries.get(i), targets.get(i), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporaries.get(i), targets.get(i), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
    }

    /** Temporary files are created private (0600); an exported file should be as readable as any other. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Deletes the temporary files after {@code failure}, to which an error in doing so is added as suppressed. */
    public void abandon(Exception failure) {
        try {
            close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** Deletes the temporary files unless they were committed. */
    @Override
    public void close() throws IOException {
        if (committed) return;
        for (Path temporary : temporaries) Files.deleteIfExists(temporary);
    }
}
