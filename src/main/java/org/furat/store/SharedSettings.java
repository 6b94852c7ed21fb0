package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The settings a copy of a whole database takes with it (whether its data is synthetic, which seed gazetteer and
 * actors it holds), and not those that belong to the copy itself: the counter of its own changes, the analysts'
 * names, which in a team database are each person's, and where a copy stands against its team database.
 */
public final class SharedSettings {

    private SharedSettings() {}

    /** Copies them from one database's connection to another's, within the callers' transactions; how many. */
    public static int copy(Connection from, Connection to) throws SQLException {
        int copied = 0;
        try (Statement st = from.createStatement();
             ResultSet rs = st.executeQuery("SELECT key, value FROM furat_settings WHERE key <> 'data_version' "
                     + "AND key <> '" + ChangeLog.ANALYST + "' AND key NOT LIKE '" + ChangeLog.ANALYST + ":%' "
                     + "AND key NOT IN ('" + PublishMarks.TEAM + "', '" + PublishMarks.MARKS + "')");
             PreparedStatement put = to.prepareStatement("INSERT INTO furat_settings (key, value) VALUES (?, ?) "
                     + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            while (rs.next()) {
                put.setString(1, rs.getString(1));
                put.setString(2, rs.getString(2));
                put.executeUpdate();
                copied++;
            }
        }
        return copied;
    }
}
