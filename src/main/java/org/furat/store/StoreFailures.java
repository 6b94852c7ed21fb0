package org.furat.store;

import java.io.IOException;
import java.nio.file.Path;
import org.furat.store.StoreException.Problem;
import org.sqlite.SQLiteException;

/**
 * Turns what SQLite (or the file system) reported into a {@link StoreException} whose message names the file,
 * says what happened and what to do. The original exception stays the cause; nothing replaces it.
 */
final class StoreFailures {

    // SQLite's primary result codes (the low byte of an extended code): https://www.sqlite.org/rescode.html
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_NOTADB = 26;
    /** SQLITE_READONLY_ROLLBACK: a hot journal that a read-only connection cannot roll back. */
    private static final int SQLITE_READONLY_ROLLBACK = 776;

    private StoreFailures() {}

    /** The kind of trouble behind an exception, from the first SQLite result code (or disk error) in its causes. */
    static Problem classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StoreException se && se.problem() != Problem.OTHER) return se.problem();
            if (t instanceof SQLiteException se) {
                Problem p = byResultCode(se.getResultCode().code);
                if (p != Problem.OTHER) return p;
            }
            if (t instanceof IOException io && String.valueOf(io.getMessage()).contains("No space left on device")) {
                return Problem.DISK_FULL;
            }
            if (t.getCause() == t) break;
        }
        return Problem.OTHER;
    }

    static Problem byResultCode(int code) {
        if (code == SQLITE_READONLY_ROLLBACK) return Problem.UNFINISHED_WRITE;
        return switch (code & 0xff) {
            case SQLITE_BUSY, SQLITE_LOCKED -> Problem.BUSY;
            case SQLITE_READONLY -> Problem.READ_ONLY;
            case SQLITE_CORRUPT, SQLITE_NOTADB -> Problem.DAMAGED;
            case SQLITE_FULL -> Problem.DISK_FULL;
            case SQLITE_IOERR -> Problem.DISK_ERROR;
            default -> Problem.OTHER;
        };
    }

    /** A failed write transaction: it was rolled back, so nothing was changed. */
    static StoreException writing(Path file, Throwable e) {
        if (e instanceof StoreException se && se.problem() != Problem.OTHER) return se;
        return failure(file, e, "Writing " + file + " failed, nothing was changed: ", true);
    }

    /** A failed read. A row a GIS user edited by hand can hold a value the model refuses: the message names the file. */
    static StoreException reading(Path file, Throwable e) {
        if (e instanceof StoreException se) return se;
        return failure(file, e, "Reading " + file + " failed: ", false);
    }

    /** Opening failed before anything was written. */
    static StoreException opening(Path file, Throwable e) {
        if (e instanceof StoreException se) return se;
        return failure(file, e, "Cannot open the database " + file + ": ", true);
    }

    /** The kind's own sentence, or for a failure of no known kind {@code otherwise} and SQLite's words. */
    private static StoreException failure(Path file, Throwable e, String otherwise, boolean nothingChanged) {
        Problem problem = classify(e);
        String message = problem == Problem.OTHER ? otherwise + detail(e) : describe(problem, file, nothingChanged);
        return new StoreException(problem, message, e);
    }

    /** The sentence for a kind of trouble; {@code nothingChanged} when the file is known to be as it was. */
    static String describe(Problem problem, Path file, boolean nothingChanged) {
        String unchanged = nothingChanged ? "; nothing was changed" : "";
        return switch (problem) {
            case BUSY -> busy(file);
            case DISK_FULL -> "The disk holding " + file + " is full" + unchanged + ". Free some space on it and try again.";
            case READ_ONLY -> readOnly(file);
            case UNFINISHED_WRITE -> "The database " + file + " holds a write that was cut off (its journal, "
                    + file.getFileName() + "-journal, is beside it), which a read-only opening cannot undo. Open it once "
                    + "with Furat where the file and its folder can be written: that rolls the unfinished write back. "
                    + "Then try again.";
            case DAMAGED -> damaged(file);
            case DISK_ERROR -> "The disk holding " + file + " reported an input/output error" + unchanged
                    + ". Check the disk (and that it is still connected), then try again.";
            case NEWER_VERSION, NOT_FURAT, OTHER -> "The database " + file + " cannot be used" + unchanged + ".";
        };
    }

    static String busy(Path file) {
        return "The database " + file + " is busy: another Furat is writing to it; try again when it has finished.";
    }

    static String readOnly(Path file) {
        return "The database " + file + " is read-only (the file or its folder cannot be written), so nothing was changed. "
                + "Furat can still show it; to change it, make the file and its folder writable or copy it to a folder you can write to.";
    }

    static String damaged(Path file) {
        return "The database " + file + " is damaged; nothing was written to it. Run `furat check --db " + quoted(file)
                + "` to see what is wrong, and go back to a backup copy if you have one.";
    }

    private static String quoted(Path file) {
        String s = file.toString();
        return s.matches("[A-Za-z0-9_./+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    private static String detail(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
