package org.furat.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.furat.fault.KillPoints;
import org.furat.store.StoreException.Problem;

/**
 * One Furat database file: SQLite, shaped as a GeoPackage. All access goes through {@link #read} and
 * {@link #transaction}, which serialise on the single connection, so the class is thread-safe; callers
 * on the JavaFX thread must not use it (it touches the disk).
 *
 * <p>Opening refuses, before writing anything, a file that is not a Furat database, one a newer Furat has
 * changed, and one whose edges show damage; it opens read-only a file whose file or folder cannot be written.
 * An older schema is upgraded in one transaction, after a copy of the file is saved beside it
 * ({@link MigrationBackup}). Every failure becomes a {@link StoreException} that names the file and says what
 * happened ({@link StoreException#problem()}).
 */
public final class GeoPackageDatabase extends FuratDatabase {

    private final Path file;
    private final Connection connection;
    private final boolean readOnly;
    /** Whether PRAGMA quick_check found this file sound since it was opened; checked before the first write. */
    private boolean checkedSound;
    /** The ids of the actions committed through this connection, which a look for other connections' changes passes over. */
    private final java.util.Set<Long> ownActions = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private String upgradeNotice;

    private GeoPackageDatabase(Path file, Connection connection, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /** Opens the file, creating it and its folder if needed, and brings its schema up to date. */
    public static GeoPackageDatabase open(Path file) {
        Path absolute = file.toAbsolutePath();
        boolean exists = prepare(absolute);
        boolean readOnly = exists && !WriteAccess.allowsWriting(absolute);
        Connection connection;
        try {
            connection = SqliteConnections.open(absolute, readOnly);
        } catch (SQLException e) {
            throw StoreFailures.opening(absolute, e);
        }
        try {
            SqlFunctions.register(connection);
            GeoPackageDatabase database = new GeoPackageDatabase(absolute, connection, readOnly);
            database.upgradeNotice = database.admit();
            return database;
        } catch (SQLException | RuntimeException e) {
            closeAfter(connection, e);
            throw StoreFailures.opening(absolute, e);
        }
    }

    /** Checks what can be checked without SQLite; returns whether the file exists (and is not empty). */
    private static boolean prepare(Path absolute) {
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) throw new StoreException("The database path " + absolute + " is a folder");
        try {
            if (folder != null && !Files.isDirectory(folder)) Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(StoreFailures.classify(e) == Problem.OTHER ? Problem.READ_ONLY : StoreFailures.classify(e),
                    "Cannot create the folder for the database " + absolute + " (" + e + ")", e);
        }
        boolean exists = Files.exists(absolute);
        if (exists) SchemaCompatibility.refuseIfNotSqlite(absolute);
        boolean empty = !exists || absolute.toFile().length() == 0;
        if (empty && folder != null && !WriteAccess.allowsCreatingIn(folder)) {
            throw new StoreException(Problem.READ_ONLY, "Cannot create the database " + absolute + ": its folder " + folder
                    + " cannot be written. Choose a folder you can write to.");
        }
        return !empty;
    }

    /**
     * Decides whether this Furat may use the file, reading only, then upgrades an older schema. Returns what a
     * user should be told about the upgrade, or null when there was none.
     */
    private String admit() throws SQLException {
        Migrations.State state = Migrations.inspect(connection);
        SchemaCompatibility.refuseIfNotFurat(file, connection, state);
        SchemaCompatibility.refuseIfNewer(file, state);
        if (!state.empty()) DamageCheck.probe(connection);
        if (state.pending().isEmpty()) return null;
        if (readOnly) {
            throw new StoreException(Problem.READ_ONLY, "The database " + file + " was made by an older Furat (schema version "
                    + state.version() + ") and must be upgraded to version " + Migrations.currentVersion() + " before this Furat "
                    + "can use it, but the file or its folder cannot be written; it was left unchanged. Make them writable, or "
                    + "copy the database to a folder you can write to, and open it again.");
        }
        return upgrade(state);
    }

    /** Runs every pending migration in one transaction, after a backup copy when the file already held a schema. */
    private String upgrade(Migrations.State seen) throws SQLException {
        ensureSound();
        // The copy is made before the write lock is taken (SQLite cannot copy a file its own connection is writing),
        // so a commit by another process in between would be missing from it: then the copy is made again.
        for (int attempt = 1; ; attempt++) {
            long versionCopied = dataVersion(connection);
            Path backup = seen.tracked() ? saveCopy() : null;
            try {
                String notice = inTransaction(c -> {
                    if (backup != null && dataVersion(c) != versionCopied) return null;
                    // Read again under the write lock: another Furat may have upgraded the file meanwhile.
                    Migrations.State now = Migrations.inspect(c);
                    SchemaCompatibility.refuseIfNewer(file, now);
                    if (now.pending().isEmpty()) return "";
                    Migrations.run(c, now);
                    KillPoints.reach("migration.before-commit");
                    return !now.tracked() ? "" : "Upgraded the database " + file + " from schema version " + now.version() + " to "
                            + Migrations.currentVersion() + "; the database as it was before is saved as " + backup + ".";
                });
                if (notice != null) {
                    if (notice.isEmpty() && backup != null) MigrationBackup.deleteQuietly(backup);
                    return notice.isEmpty() ? null : notice;
                }
                MigrationBackup.deleteQuietly(backup); // outdated by another process's commit: copy again
                if (attempt == 3) throw new StoreException(Problem.BUSY, StoreFailures.busy(file));
            } catch (RuntimeException e) {
                // Nothing was changed, so the copy is the same as the file: do not leave one per failed attempt.
                if (backup != null) MigrationBackup.deleteQuietly(backup);
                throw e;
            }
        }
    }

    private Path saveCopy() {
        long size = file.toFile().length();
        try {
            return MigrationBackup.copy(connection, file, Migrations.currentVersion());
        } catch (IOException | SQLException e) {
            Problem problem = StoreFailures.classify(e);
            String message = problem == Problem.DISK_FULL
                    ? "There is no room on the disk holding " + file + " for the copy Furat saves before upgrading its schema "
                    + "(about " + megabytes(size) + " MB); nothing was changed. Free some space and open it again."
                    : problem == Problem.BUSY ? StoreFailures.busy(file)
                    : "Cannot save a copy of " + file + " before upgrading its schema (" + e.getMessage() + "); nothing was changed.";
            throw new StoreException(problem, message, e);
        }
    }

    /** SQLite's count of commits by other connections, as this connection sees it. */
    private static long dataVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static long megabytes(long bytes) {
        return Math.max(1, (bytes + (1 << 20) - 1) >> 20);
    }

    public Path file() { return file; }

    @Override
    public String location() { return file.toString(); }

    @Override
    public org.furat.model.Access access() { return org.furat.model.Access.file(!readOnly); }

    /** Whether the file or its folder cannot be written: the database can be read, and every write is refused. */
    @Override
    public boolean readOnly() { return readOnly; }

    /** What opening did to the schema (the upgrade and the name of the copy saved before it), if anything. */
    @Override
    public Optional<String> upgradeNotice() { return Optional.ofNullable(upgradeNotice); }

    /** Runs work that only reads. */
    @Override
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException | RuntimeException e) {
            throw StoreFailures.reading(file, e);
        }
    }

    /**
     * Runs work in one transaction: all of it is committed, or on any failure none of it. The first write after
     * opening checks the whole file first (PRAGMA quick_check), so nothing is added to a damaged database. Every
     * row the work changes is recorded in the change log under {@code action}, with who, when and why: this is the
     * only way Furat writes, so no write goes unrecorded.
     */
    @Override
    public synchronized <T> T transaction(ChangeAction action, SqlWork<T> work) {
        java.util.Objects.requireNonNull(action, "action");
        if (readOnly) throw new StoreException(Problem.READ_ONLY, StoreFailures.readOnly(file));
        try {
            ensureSound();
        } catch (SQLException | RuntimeException e) {
            throw StoreFailures.writing(file, e);
        }
        // The id of the action this connection recorded; none when the work changed nothing, for then the id was
        // only reserved, and another connection's next action takes it.
        long[] recorded = {0};
        T result = inTransaction(c -> {
            Logged<T> done = logged(c, action, work);
            recorded[0] = done.actionId();
            return done.result();
        });
        if (recorded[0] != 0) ownActions.add(recorded[0]);
        return result;
    }

    /**
     * Fills this new, empty database with the rows of another Furat database (a team database copied into a file),
     * keys and history as they are there, in one transaction: all of it or, on any failure, none. The change log's
     * triggers are off meanwhile, as the rows come with their own change log, and no action of its own is recorded;
     * what Furat derives from the rows (the incident locations layer, the search index, the layers' extents) is
     * built at the end. A database that already holds places or incidents is refused.
     */
    public synchronized <T> T fillFromCopy(SqlWork<T> work) {
        if (readOnly) throw new StoreException(Problem.READ_ONLY, StoreFailures.readOnly(file));
        return inTransaction(c -> {
            try (Statement st = c.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM places) + (SELECT count(*) FROM incidents)")) {
                if (rs.next() && rs.getLong(1) > 0) throw new StoreException(file + " already holds data; a copy goes only into a new database");
            }
            ChangeLogTriggers.drop(c);
            T result = work.run(c);
            IncidentRepository.rewriteDerived(c);
            Seeder.updateExtents(c);
            Seeder.updateExtent(c, "admin_units", "SELECT geom FROM admin_units");
            ChangeLogTriggers.install(c);
            return result;
        });
    }

    /** Whether the action with this id was committed through this connection (not by another window or command). */
    @Override
    public boolean madeHere(long actionId) {
        return ownActions.contains(actionId);
    }

    /** A transaction without an action: only for upgrading the schema, before the change log may exist. */
    private <T> T inTransaction(SqlWork<T> work) {
        try {
            // IMMEDIATE takes the write lock now, waiting (busy timeout) for another writer to finish, rather than
            // failing halfway through the work when a read lock cannot be upgraded.
            execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            throw StoreFailures.writing(file, e);
        }
        try {
            T result = work.run(connection);
            execute("COMMIT");
            return result;
        } catch (Throwable e) {
            // Anything at all, even an Error: the transaction must not stay open to be committed by a later one.
            rollbackAfter(e);
            if (e instanceof Error error) throw error;
            throw StoreFailures.writing(file, e);
        }
    }

    /**
     * Rolls back after a failure. SQLite may already have rolled back by itself (a full disk during COMMIT does);
     * any other failure to roll back is kept with the original failure, never in its place.
     */
    private void rollbackAfter(Throwable failure) {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            if (!String.valueOf(e.getMessage()).contains("no transaction is active")) failure.addSuppressed(e);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Checks the whole file (PRAGMA quick_check) on a read-only connection of its own, so reads and writes on this
     * database are not held up while it runs; returns the damaged message, or nothing when the file is sound (and
     * then the first write need not check it again). For the window, which checks in the background once it has
     * drawn its first frame.
     */
    @Override
    public Optional<String> checkWholeFile() {
        try (Connection own = SqliteConnections.open(file, true)) {
            if (!DamageCheck.quickCheck(own).isEmpty()) return Optional.of(StoreFailures.damaged(file));
        } catch (SQLException | RuntimeException e) {
            StoreException failure = StoreFailures.reading(file, e);
            if (failure.problem() == Problem.DAMAGED) return Optional.of(failure.getMessage());
            throw failure;
        }
        markSound();
        return Optional.empty();
    }

    private synchronized void markSound() {
        checkedSound = true;
    }

    /** Refuses to go on when SQLite finds the file damaged; runs once per open. */
    private void ensureSound() throws SQLException {
        if (checkedSound) return;
        refuseIfDamaged(DamageCheck.quickCheck(connection));
        checkedSound = true;
    }

    private void refuseIfDamaged(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new StoreException(Problem.DAMAGED, StoreFailures.damaged(file),
                    new SQLException("PRAGMA quick_check: " + String.join("; ", problems)));
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private static void closeAfter(Connection connection, Throwable failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(StoreFailures.classify(e), "Closing " + file + " failed: " + e.getMessage(), e);
        }
    }
}
