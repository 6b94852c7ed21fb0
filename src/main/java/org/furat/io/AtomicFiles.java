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
        temporaries.add(temporary);
        targets.add(target);
        return temporary;
    }

    /** Renames every temporary file to its target. */
    public void commit() throws IOException {
        for (int i = 0; i < temporaries.size(); i++) {
            try {
                Files.move(temporaries.get(i), targets.get(i), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporaries.get(i), targets.get(i), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
    }

    /** Deletes the temporary files unless they were committed. */
    @Override
    public void close() throws IOException {
        if (committed) return;
        for (Path temporary : temporaries) Files.deleteIfExists(temporary);
    }
}
