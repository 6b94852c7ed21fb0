package org.furat.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

/**
 * Whether Furat may write a database file. SQLite needs the file and its folder (where it keeps the rollback
 * journal while writing), so both are asked. Root passes every access check, so a file or folder whose owner
 * may not write it (chmod a-w) is also taken as read-only: that is what whoever set the bits meant.
 */
final class WriteAccess {

    private WriteAccess() {}

    /** Whether the existing file at {@code file} and its folder may be written. */
    static boolean allowsWriting(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return writable(file) && (folder == null || writable(folder));
    }

    /** Whether a new file may be created in {@code folder}. */
    static boolean allowsCreatingIn(Path folder) {
        return writable(folder);
    }

    private static boolean writable(Path path) {
        if (!Files.isWritable(path)) return false;
        try {
            return Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return true; // no POSIX bits here: the access check above is all there is
        }
    }
}
