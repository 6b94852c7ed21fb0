package org.furat.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where Furat's statements must differ between a file (SQLite) and a team database (PostgreSQL): few places, each
 * asking here which one it runs on. Everything else is written once for both (docs/decisions/0009).
 */
final class Dialect {

    private Dialect() {}

    /** Whether the connection is to a team database on PostgreSQL rather than to a file. */
    static boolean server(Connection c) throws SQLException {
        return !c.isWrapperFor(org.sqlite.SQLiteConnection.class);
    }
}
