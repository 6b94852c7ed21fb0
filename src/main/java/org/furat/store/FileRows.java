package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rows the change log names in a file: found by rowid, compared and read back with SQLite's JSON functions. */
final class FileRows implements LoggedRows {

    private final Connection c;

    FileRows(Connection c) {
        this.c = c;
    }

    @Override
    public void deferForeignKeys() throws SQLException {
        // SQLite clears this at the transaction's end.
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA defer_foreign_keys = ON");
        }
    }

    @Override
    public String current(ChangeReversal.Change change, String logged) throws SQLException {
        List<ChangeLogTriggers.Column> columns = ChangeLogTriggers.columns(c, change.table());
        if (logged != null) {
            Set<String> names = loggedNames(logged);
            columns = columns.stream().filter(col -> names.contains(col.name())).toList();
        }
        String q = ChangeLogTriggers.quote(change.table());
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ChangeLogTriggers.json(columns, q) + " FROM " + q + " WHERE rowid = ?")) {
            ps.setLong(1, change.rowId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private Set<String> loggedNames(String json) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key FROM json_each(?)")) {
            ps.setString(1, json);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Override
    public boolean same(String current, String logged) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT NOT EXISTS (SELECT key, value, type FROM json_each(?1) EXCEPT "
                + "SELECT key, value, type FROM json_each(?2)) AND NOT EXISTS (SELECT key, value, type FROM json_each(?2) EXCEPT "
                + "SELECT key, value, type FROM json_each(?1))")) {
            ps.setString(1, current);
            ps.setString(2, logged);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    @Override
    public boolean fieldIs(ChangeReversal.Change change, Object value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ChangeLogTriggers.quote(change.field()) + " IS ? FROM "
                + ChangeLogTriggers.quote(change.table()) + " WHERE rowid = ?")) {
            ps.setObject(1, value);
            ps.setLong(2, change.rowId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    @Override
    public void delete(ChangeReversal.Change change, String logged) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + ChangeLogTriggers.quote(change.table()) + " WHERE rowid = ?")) {
            ps.setLong(1, change.rowId());
            ps.executeUpdate();
        }
    }

    @Override
    public void setBack(ChangeReversal.Change change) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + ChangeLogTriggers.quote(change.table()) + " SET "
                + ChangeLogTriggers.quote(change.field()) + " = ? WHERE rowid = ?")) {
            ps.setObject(1, change.before());
            ps.setLong(2, change.rowId());
            ps.executeUpdate();
        }
    }

    /** Inserts a logged row again, with its rowid, from the columns its JSON holds (BLOBs were logged as hexadecimal). */
    @Override
    public void reinsert(ChangeReversal.Change change, String logged) throws SQLException {
        Set<String> names = loggedNames(logged);
        List<String> columns = new ArrayList<>(), values = new ArrayList<>();
        for (ChangeLogTriggers.Column column : ChangeLogTriggers.columns(c, change.table())) {
            if (!names.contains(column.name())) continue;
            String value = "json_extract(?1, '$.\"" + column.name().replace("'", "''") + "\"')";
            columns.add(ChangeLogTriggers.quote(column.name()));
            values.add(column.blob() ? "unhex(" + value + ")" : value);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + ChangeLogTriggers.quote(change.table()) + " (rowid, "
                + String.join(", ", columns) + ") VALUES (?2, " + String.join(", ", values) + ")")) {
            ps.setString(1, logged);
            ps.setLong(2, change.rowId());
            ps.executeUpdate();
        }
    }
}
