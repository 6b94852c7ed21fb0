package org.furat.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

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
     * cause); any other failure as it is.
     */
    public static IOException explain(IOException failure, Path target) {
        if (!caused(failure)) return failure;
        Path folder = target.toAbsolutePath().getParent();
        return new IOException("The disk holding " + folder + " is full; nothing was written, and any files already there are"
                + " as they were. Free some space on it or export to another disk.", failure);
    }
}
