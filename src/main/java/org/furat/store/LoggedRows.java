package org.furat.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * How taking an action back ({@link ChangeReversal}) finds, compares and writes the rows the change log names. A
 * file finds a row by its rowid and compares rows with SQLite's JSON functions; a team database has no rowid, so it
 * finds a row by its integer key, or by the key columns its logged values hold, and compares rows as JSON in Furat.
 */
interface LoggedRows {

    static LoggedRows of(Connection c) throws SQLException {
        return Dialect.server(c) ? new ServerRows(c) : new FileRows(c);
    }

    /** Defers the foreign keys' checks to the commit, for the rest of the transaction. */
    void deferForeignKeys() throws SQLException;

    /**
     * The changed row as the log writes it, limited to the columns {@code logged} (a logged row's JSON) names, all of
     * them when null; null when the row is not there.
     */
    String current(ChangeReversal.Change change, String logged) throws SQLException;

    /** Whether two rows as the log writes them hold the same values (in whatever column order). */
    boolean same(String current, String logged) throws SQLException;

    /** Whether the updated field holds {@code value} (as the log keeps it) now. */
    boolean fieldIs(ChangeReversal.Change change, Object value) throws SQLException;

    /** Deletes the inserted row whose logged values are {@code logged}. */
    void delete(ChangeReversal.Change change, String logged) throws SQLException;

    /** Sets the updated field back to its value before. */
    void setBack(ChangeReversal.Change change) throws SQLException;

    /** Inserts the deleted row again, with its key, from its logged values. */
    void reinsert(ChangeReversal.Change change, String logged) throws SQLException;
}
