package org.furat.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Forces files and folder entries to the disk, so that what an export has written, and the renames that put it in
 * place, survive a crash or power cut in the order they were made. Stateless and thread-safe.
 */
final class Durable {

    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    private Durable() {}

    /** Forces a file's content to the disk. */
    static void syncFile(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Forces a folder's entries (files created, renamed or deleted in it) to the disk. */
    static void syncFolder(Path folder) throws IOException {
        if (WINDOWS) return; // Windows cannot open a folder as a channel; its file system orders metadata itself
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
