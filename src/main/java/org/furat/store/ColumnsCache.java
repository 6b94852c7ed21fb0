package org.furat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The saved filter columns (V005's furat_columns_cache) list every place and actor key. V005's triggers mark them out
 * of date when links or place keys change, but not when a place or actor is added or deleted, so a write that does
 * so marks them itself; otherwise the next open would read a key that is no longer there.
 */
final class ColumnsCache {

    private ColumnsCache() {}

    static void outOfDate(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE furat_settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'");
        }
    }
}
