package org.furat.store;

/**
 * The database could not be opened, read or written; the message says which file, what happened and what to
 * do, and {@link #problem()} says what kind of trouble it was, so a caller can react without reading the text.
 */
public class StoreException extends RuntimeException {

    /** What went wrong, as far as a user can act on it. */
    public enum Problem {
        /** Another process holds the database and did not let go within the busy timeout. */
        BUSY,
        /** The disk (or the temporary folder) has no room left. */
        DISK_FULL,
        /** The file or its folder cannot be written. */
        READ_ONLY,
        /**
         * A write was cut off (the process stopped) and its rollback journal is still beside the file, but this
         * connection may not write, so SQLite cannot roll it back to read the file.
         */
        UNFINISHED_WRITE,
        /** SQLite found the file malformed, or a page could not be read back as written. */
        DAMAGED,
        /** A newer Furat changed the schema; this one does not know it and must not write to it. */
        NEWER_VERSION,
        /** Not a SQLite file at all, or a SQLite file (a GeoPackage, say) of another program. */
        NOT_FURAT,
        /** The disk reported an input/output error. */
        DISK_ERROR,
        /** Anything else: the message says what. */
        OTHER
    }

    private final Problem problem;

    public StoreException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public StoreException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public StoreException(String message, Throwable cause) {
        this(Problem.OTHER, message, cause);
    }

    public StoreException(String message) {
        this(Problem.OTHER, message);
    }

    public Problem problem() { return problem; }
}
