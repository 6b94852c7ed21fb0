package org.furat.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A Furat database: a GeoPackage file for one analyst ({@link GeoPackageDatabase}), or a team database on
 * PostgreSQL with PostGIS (in {@code store.server}). Both hold the same tables and columns, and Furat's statements
 * are written to run on both, so every repository works on either; all access goes through {@link #read} and
 * {@link #transaction}. Implementations are thread-safe; callers on the JavaFX thread must not use them.
 */
public abstract class FuratDatabase implements AutoCloseable {

    /** Opens the database file at {@code file}, creating it if needed (see {@link GeoPackageDatabase#open}). */
    public static FuratDatabase open(Path file) {
        return GeoPackageDatabase.open(file);
    }

    /** Where the database is, as a person names it: the file, or the team database's address (never its password). */
    public abstract String location();

    /** Whether every write is refused: the file or its folder cannot be written, or the user may only read. */
    public abstract boolean readOnly();

    /** What the person using the database may do in it. */
    public abstract org.furat.model.Access access();

    /** What opening did to the schema (the upgrade and the copy saved before it), if anything a user should be told. */
    public abstract Optional<String> upgradeNotice();

    /** Runs work that only reads. */
    public abstract <T> T read(SqlWork<T> work);

    /**
     * Runs work in one transaction: all of it is committed, or on any failure none of it. Every row it changes is
     * recorded in the change log under {@code action}, with who, when and why.
     */
    public abstract <T> T transaction(ChangeAction action, SqlWork<T> work);

    /** Whether the action with this id was committed through this connection (not by another window, command or person). */
    public abstract boolean madeHere(long actionId);

    /**
     * Asks to be told, on another thread, when someone else may have committed a change: a team database announces
     * each one as it commits, and {@code reach} is told a sentence when the server cannot be reached and null when it
     * can again. Returns false when the database cannot tell (a file: look from time to time instead).
     */
    public boolean whenOthersChange(Runnable changed, java.util.function.Consumer<String> reach) {
        return false;
    }

    /** Checks the whole database for damage; the damaged message, or nothing when it is sound. */
    public abstract Optional<String> checkWholeFile();

    @Override
    public abstract void close();

    /** What a logged unit of work returned, and the id of the action it recorded: 0 when it changed nothing. */
    protected record Logged<T>(T result, long actionId) {}

    /**
     * Runs work under {@code action} inside the caller's open transaction, opening the action in the change log before
     * and closing it after; the caller must hold the database's write lock, so no other writer takes the next id.
     */
    protected static <T> Logged<T> logged(Connection c, ChangeAction action, SqlWork<T> work) throws SQLException {
        ChangeLog.Open open = ChangeLog.open(c, action);
        T done = work.run(c);
        return new Logged<>(done, ChangeLog.close(c, open) ? open.id() : 0);
    }
}
