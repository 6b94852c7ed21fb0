package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How many rows a statement itself inserted, updated or deleted. The driver's update count also counts the rows
 * triggers wrote (the change log's among them), so a count that decides anything is read from SQLite's changes().
 * PostgreSQL's count is the statement's own.
 */
final class RowsChanged {

    private RowsChanged() {}

    static int by(Connection c, PreparedStatement statement) throws SQLException {
        int counted = statement.executeUpdate();
        if (Dialect.server(c)) return counted;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT changes()")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
