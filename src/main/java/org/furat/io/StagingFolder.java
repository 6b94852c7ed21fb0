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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.furat.fault.KillPoints;

/**
 * The hidden folder {@code .furat-export-NAME.tmp} beside an export's target NAME, where the export writes its files
 * ({@code new/}), sets the files it replaces aside ({@code old/}) and keeps the {@code journal} of its switch. The
 * process that owns it holds a lock on its {@code lock} file; the kernel drops that lock when the process dies, which
 * is how recovery tells a killed export's folder from a running one. Within this process a set of the folders it holds
 * answers instead: the lock belongs to the process, not to a channel, so opening and closing a second channel on a
 * held lock file would drop the lock and let another process take a running export's folder for a dead one. An
 * instance is not thread-safe; creating and claiming are.
 */
final class StagingFolder implements AutoCloseable {

    static final String PREFIX = ".furat-export-";
    static final String SUFFIX = ".tmp";
    private static final String LOCK = "lock";
    private static final String JOURNAL = "journal";
    /** The staging folders this process holds, by absolute path: it never opens a second channel on their lock file. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
    /** Channels opened on a lock file this process turned out to hold: closing one would drop that lock. */
    private static final Set<FileChannel> UNCLOSABLE = ConcurrentHashMap.newKeySet();

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
        if (!HELD.add(key(dir))) throw underWay(target, dir, null);
        try {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            HELD.remove(key(dir));
            throw underWay(target, dir, e);
        } catch (IOException | RuntimeException e) {
            HELD.remove(key(dir));
            throw e;
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
            } finally {
                HELD.remove(key(dir));
            }
            throw e;
        }
    }

    private static IOException underWay(Path target, Path dir, Exception cause) {
        return new IOException("Another export to " + target.toAbsolutePath() + " is under way (its files are being written in "
                + dir.getFileName() + "); wait for it to finish, or choose another name", cause);
    }

    private static Path key(Path dir) {
        return dir.toAbsolutePath().normalize();
    }

    /**
     * Takes over the staging folder of an export that is no longer running, or returns null while its owner (this
     * process or another) still holds it.
     */
    static StagingFolder claim(Path dir) throws IOException {
        if (!HELD.add(key(dir))) return null; // an export or a recovery of this process holds it
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) return new StagingFolder(dir, channel);
        } catch (NoSuchFileException gone) {
            // its owner finished and removed it while we looked
        } catch (OverlappingFileLockException heldHere) {
            // Held here under another path (a link): closing this channel, even by the garbage collector, would drop
            // the holder's lock, so it is kept open for the life of the process.
            UNCLOSABLE.add(channel);
            HELD.remove(key(dir));
            return null;
        } catch (IOException | RuntimeException e) {
            HELD.remove(key(dir));
            if (channel != null) channel.close();
            throw e;
        }
        HELD.remove(key(dir));
        if (channel != null) channel.close(); // no lock of this process is on the file: closing drops nothing
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

    /**
     * Deletes the folder with everything in it, then lets go of the lock. The journal goes first, and its removal is
     * forced to the disk before any other file is deleted: a switch's files may be moved only while its journal says
     * where each one is, and once staged copies start to disappear the journal would lie (recovery would take the old
     * files an undo had put back for new ones and delete them). A folder without a journal is only ever deleted. The
     * lock file goes last.
     */
    void delete() throws IOException {
        try {
            Path journal = dir.resolve(JOURNAL);
            if (Files.deleteIfExists(journal)) Durable.syncFolder(dir);
            Files.deleteIfExists(dir.resolve(JOURNAL + ".partial"));
            KillPoints.reach("export.delete-journal");
            deleteFiles(newFolder(), "export.delete-new-1");
            deleteFiles(oldFolder(), "export.delete-old-1");
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
            close();
        }
    }

    /** Deletes the files in one of the folders; {@code firstStep} is the kill point after the first of them. */
    private static void deleteFiles(Path folder, String firstStep) throws IOException {
        if (!Files.isDirectory(folder)) return;
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.sorted().toList();
        }
        for (Path file : files) {
            Files.deleteIfExists(file);
            if (file == files.get(0)) KillPoints.reach(firstStep);
        }
    }

    /** Lets go of the lock, leaving the folder for the next export's recovery. */
    @Override
    public void close() throws IOException {
        try {
            lockChannel.close();
        } finally {
            HELD.remove(key(dir));
        }
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
