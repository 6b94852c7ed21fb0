package org.furat.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileAlreadyExistsException;
import java.sql.Connection;
import java.sql.SQLException;
import org.furat.fault.KillPoints;
import org.sqlite.SQLiteConnection;

/**
 * The copy of a database made before its schema is upgraded, beside it: {@code NAME.before-vNNN.EXT}, where NNN
 * is the schema version the upgrade brings it to (furat.gpkg becomes furat.before-v009.gpkg). It is made with
 * SQLite's online backup, so it is a consistent database even while other processes read the original, and it
 * appears under its name only when complete. An existing copy is never overwritten: the next free name
 * (NAME.before-v009-2.gpkg, …) is taken.
 */
final class MigrationBackup {

    private MigrationBackup() {}

    /** The name the copy gets for an upgrade to {@code version}, the first that is free. */
    static Path nameFor(Path file, int version) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        String base = stem + ".before-v" + String.format("%03d", version);
        Path candidate = file.resolveSibling(base + extension);
        for (int n = 2; Files.exists(candidate); n++) candidate = file.resolveSibling(base + "-" + n + extension);
        return candidate;
    }

    /**
     * Copies the database open on {@code connection} (not inside a write transaction) beside {@code file}, for an
     * upgrade to {@code version}, and returns the copy's name. The copy is written under a temporary name of its
     * own and then linked to the first free name, which fails rather than replaces if another process took that
     * name meanwhile (two processes upgrading one file at once): then the next free name is tried.
     */
    static Path copy(Connection connection, Path file, int version) throws SQLException, IOException {
        Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName() + ".", ".part");
        try {
            connection.unwrap(SQLiteConnection.class).getDatabase().backup("main", partial.toString(), null);
            KillPoints.reach("migration.backup-written");
            while (true) {
                Path target = nameFor(file, version);
                try {
                    claim(partial, target);
                    return target;
                } catch (FileAlreadyExistsException taken) {
                    // Another process saved its copy under this name first: take the next one.
                }
            }
        } catch (SQLException | IOException | RuntimeException e) {
            deleteQuietly(partial, e);
            throw e;
        }
    }

    /** Gives the copy its name unless the name is taken; a file system without hard links gets a plain rename. */
    private static void claim(Path partial, Path target) throws IOException {
        try {
            Files.createLink(target, partial);
            Files.delete(partial);
        } catch (FileAlreadyExistsException taken) {
            throw taken;
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException noLinks) {
            Files.move(partial, target); // without REPLACE_EXISTING: refuses a name that is taken
        }
    }

    static void deleteQuietly(Path file, Throwable cause) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** Removes a copy that is not needed after all; one left behind costs only disk space. */
    static void deleteQuietly(Path file) {
        if (file == null) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // an extra copy beside the database does no harm
        }
    }
}
