package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Facts about a database as a whole, kept in furat_settings: whether its data is synthetic, the analyst's name. */
final class Settings {
    static final String SYNTHETIC = "synthetic";

    private Settings() {}

    static boolean synthetic(Connection c) throws SQLException {
        return "true".equals(get(c, SYNTHETIC));
    }

    static String get(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM furat_settings WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static void remove(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM furat_settings WHERE key = ?")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }

    static void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO furat_settings (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }
}
