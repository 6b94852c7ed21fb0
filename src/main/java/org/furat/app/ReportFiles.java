package org.furat.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a report file for import, for the command line and the window alike. Only a regular file is opened:
 * a folder, a device (/dev/zero never ends), a named pipe (opening one waits for a writer forever) or a socket
 * is refused from its attributes, without reading. The size the file system reports is not trusted (a device
 * or a file still being written may say anything): at most {@link #MAX_BYTES} + 1 bytes are read, and a file
 * that has more is refused.
 */
public final class ReportFiles {

    /** Larger files are refused: a news report is a few kilobytes. */
    public static final int MAX_BYTES = 50 * 1024 * 1024;

    /** The bytes of a file, or (when {@code failure} is not null) why it was not read. */
    public record Read(byte[] bytes, String failure) {
        public boolean failed() { return failure != null; }
    }

    private ReportFiles() {}

    /** Reads {@code file}; {@code name} is how messages call it. */
    public static Read read(Path file, String name) {
        String refusal = refusal(file, name);
        if (refusal != null) return new Read(null, refusal);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) return new Read(null, tooLarge(name));
            return new Read(bytes, null);
        } catch (AccessDeniedException e) {
            return new Read(null, name + " cannot be read: permission denied; nothing was stored");
        } catch (NoSuchFileException e) {
            return new Read(null, name + " does not exist; nothing was stored");
        } catch (IOException e) {
            return new Read(null, name + " could not be read (" + e.getMessage() + "); nothing was stored");
        }
    }

    /** The message for a file over {@link #MAX_BYTES}. */
    public static String tooLarge(String name) {
        return name + " is larger than 50 MB, too large to be a news report; nothing was stored";
    }

    /** Why the file is no report, judged from its attributes alone; null for a regular file. */
    private static String refusal(Path file, String name) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return name + " does not exist; nothing was stored";
        } catch (IOException e) {
            return name + " could not be read (" + e.getMessage() + "); nothing was stored";
        }
        if (attributes.isRegularFile()) return null;
        if (attributes.isDirectory()) return name + " is a folder, not a report; nothing was stored";
        return name + " is " + special(file) + ", not a report file; nothing was stored";
    }

    /** What kind of special file this is, from the file type bits of its Unix mode where the system has them. */
    private static String special(Path file) {
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe";
                case 0020000, 0060000 -> "a device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }
}
