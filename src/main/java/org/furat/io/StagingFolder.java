package org.furat.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The hidden folder {@code .furat-export-NAME.tmp} beside an export's target NAME, where the export writes its files
 * ({@code new/}), sets the files it replaces aside ({@code old/}) and keeps the {@code journal} of its switch. The
 * process that owns it holds a lock on its {@code lock} file; the kernel drops that lock when the process dies, which
 * is how recovery tells a killed export's folder from a running one. Not thread-safe.
 */
final class StagingFolder implements AutoCloseable {

    static final String PREFIX = ".furat-export-";
    static final String SUFFIX = ".tmp";
    private static final String LOCK = "lock";

    private final Path dir;
    private final FileChannel lockChannel;

    private StagingFolder(Path dir, FileChannel lockChannel) {
        this.dir = dir;
        this.lockChannel = lockChannel;
    }

    /** The staging folder's path for a target. */
    static Path pathFor(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling(PREFIX + absolute.getFileName() + SUFFIX);
    }

    /** Whether a folder entry's name is that of a staging folder. */
    static boolean isStagingName(String name) {
        return name.startsWith(PREFIX) && name.endsWith(SUFFIX) && name.length() > PREFIX.length() + SUFFIX.length();
    }

    /** The target's file name a staging folder is named after. */
    static String targetName(Path dir) {
        String name = dir.getFileName().toString();
        return name.substring(PREFIX.length(), name.length() - SUFFIX.length());
    }

    /** Creates and locks the staging folder for a target; fails if another export to the same target is under way. */
    static StagingFolder create(Path target) throws IOException {
        Path dir = pathFor(target);
        try {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("Another export to " + target.toAbsolutePath() + " is under way (its files are being written in "
                    + dir.getFileName() + "); wait for it to finish, or choose another name", e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.lock();
            Files.createDirectory(dir.resolve("new"));
            Files.createDirectory(dir.resolve("old"));
            Durable.syncFolder(dir.getParent());
            return new StagingFolder(dir, channel);
        } catch (IOException | RuntimeException e) {
            try {
                if (channel != null) channel.close();
                deleteTree(dir);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Takes over the staging folder of an export that is no longer running, or returns null while its owner (this
     * process or another) still holds it.
     */
    static StagingFolder claim(Path dir) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (NoSuchFileException gone) {
            return null; // its owner finished and removed it while we looked
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) return new StagingFolder(dir, channel);
        } catch (OverlappingFileLockException heldHere) {
            // an export of this process owns it
        }
        channel.close();
        return null;
    }

    Path dir() {
        return dir;
    }

    /** The folder of the target, where the files are switched. */
    Path targetFolder() {
        return dir.getParent();
    }

    /** Where the new file of this name is written. */
    Path staged(String name) {
        return dir.resolve("new").resolve(name);
    }

    /** Where the file of this name that the export replaces is set aside during the switch. */
    Path setAside(String name) {
        return dir.resolve("old").resolve(name);
    }

    Path newFolder() {
        return dir.resolve("new");
    }

    Path oldFolder() {
        return dir.resolve("old");
    }

    /** Deletes the folder with everything in it (the lock file last), then lets go of the lock. */
    void delete() throws IOException {
        try {
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(dir)) {
                paths = walk.sorted(Comparator.reverseOrder()).toList();
            }
            Path lock = dir.resolve(LOCK);
            for (Path p : paths) if (!p.equals(lock) && !p.equals(dir)) Files.deleteIfExists(p);
            Files.deleteIfExists(lock);
            try {
                Files.deleteIfExists(dir);
            } catch (DirectoryNotEmptyException claimed) {
                // Another export's recovery took the folder for a dead one between our last two deletions (it
                // recreated the lock file); it finds no journal and deletes the folder itself.
                return;
            }
            Durable.syncFolder(dir.getParent());
        } finally {
            lockChannel.close();
        }
    }

    @Override
    public void close() throws IOException {
        lockChannel.close();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (DirectoryNotEmptyException ignored) {
                    // a file appeared meanwhile; the next recovery removes it
                }
            }
        }
    }
}
