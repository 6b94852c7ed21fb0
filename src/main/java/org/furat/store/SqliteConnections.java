package org.furat.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/** Opens SQLite connections the way every Furat connection is configured. */
final class SqliteConnections {

    /** System property: how long a connection waits for a database another process holds, in milliseconds. */
    static final String BUSY_TIMEOUT_PROPERTY = "furat.busy-timeout-ms";
    /** Long enough for another Furat to finish an import of a batch of reports. */
    private static final int DEFAULT_BUSY_TIMEOUT_MS = 30_000;

    private SqliteConnections() {}

    static Connection open(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.enforceForeignKeys(true);
        // Readers wait too: while another process commits (or spills a large transaction) it holds the file alone.
        config.setBusyTimeout(busyTimeoutMillis());
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        try (Statement st = connection.createStatement()) {
            // Checks each cell's size as a page is read, so that damage is reported where it is met instead of
            // being read as data (or spreading by a write); the cost is a few percent on reads.
            st.execute("PRAGMA cell_size_check = ON");
            // A row an INSERT OR REPLACE pushes out fires its delete triggers, so the change log keeps what it held.
            st.execute("PRAGMA recursive_triggers = ON");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    static int busyTimeoutMillis() {
        return Integer.getInteger(BUSY_TIMEOUT_PROPERTY, DEFAULT_BUSY_TIMEOUT_MS);
    }
}
