package org.furat.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/** Tells a full disk apart from other write failures, so that an export can say so plainly. Stateless. */
public final class DiskFull {

    private DiskFull() {}

    /** Whether {@code failure} or one of its causes says the disk (or the user's quota on it) is full. */
    public static boolean caused(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("no space left on device") || message.contains("disk quota exceeded")
                    || message.contains("sqlite_full") || message.contains("disk is full")) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a failure caused by a full disk, an IOException that says so and names the folder (with the failure as its
     * cause); any other failure as it is. It says the files already there are as they were only when no file the export
     * was replacing is still set aside in its staging folder (where a switch whose undo failed leaves them).
     */
    public static IOException explain(IOException failure, Path target) {
        if (!caused(failure)) return failure;
        Path folder = target.toAbsolutePath().getParent();
        Path setAside = StagingFolder.pathFor(target).resolve("old");
        if (holdsFiles(setAside)) {
            return new IOException("The disk holding " + folder + " is full, and the export stopped while it was replacing the files of "
                    + target.toAbsolutePath().getFileName() + " and could not put them all back: they are kept in " + setAside
                    + ". The next export to " + folder + " puts them back. Free some space on the disk first, or move them back by hand.",
                    failure);
        }
        return new IOException("The disk holding " + folder + " is full; nothing was written, and any files already there are"
                + " as they were. Free some space on it or export to another disk.", failure);
    }

    private static boolean holdsFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isPresent();
        } catch (IOException | UncheckedIOException none) {
            return false;
        }
    }
}
