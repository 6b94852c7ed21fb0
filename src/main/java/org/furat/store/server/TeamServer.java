package org.furat.store.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Setting up a team database on PostgreSQL with PostGIS: its schema and roles ({@code furat server init}), the people
 * who connect to it ({@code furat server add-user}), and what the connected person may do.
 */
public final class TeamServer {

    /** What a person may do in a team database, each role including the one before. */
    public enum Role {
        /** Reads everything. */
        VIEWER,
        /** Imports reports, proposes and edits incidents. */
        ANALYST,
        /** Also verifies, deletes and merges, and manages the gazetteer and the actors. */
        EDITOR;

        /**
         * The PostgreSQL role that carries it on {@code database}: roles belong to the whole server, so each team
         * database has its own ("furat_walk_editor"); a long or unusual database name is cut and given a hash.
         */
        public String pgRole(String database) {
            String name = database.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
            if (name.length() > 40 || !name.equals(database)) {
                name = name.substring(0, Math.min(name.length(), 30)) + "_" + String.format("%08x", database.hashCode());
            }
            return "furat_" + name + "_" + name().toLowerCase(Locale.ROOT);
        }

        public static Role parse(String text) {
            for (Role r : values()) if (r.name().equalsIgnoreCase(text.strip())) return r;
            throw new IllegalArgumentException("Unknown role '" + text + "' (expected viewer, analyst or editor)");
        }
    }

    /** What setting up did: the database, whether it was created now, and the schema changes applied now. */
    public record Setup(ServerAddress address, boolean created, List<String> applied) {}

    private TeamServer() {}

    /**
     * Creates the database if it does not exist (the user must be allowed to), then its schema and the three roles
     * with their grants; running it again applies only what is missing. A database set up by a newer Furat is refused.
     */
    public static Setup init(ServerAddress address, String furatVersion) {
        boolean created = createDatabaseIfMissing(address);
        try (Connection c = connect(address)) {
            c.setAutoCommit(false);
            try {
                // One initialiser at a time: two people setting up the same database at once would both create its tables.
                try (Statement st = c.createStatement()) {
                    st.execute("SELECT pg_advisory_xact_lock(hashtext('furat server init'))");
                }
                List<String> applied = ServerSchema.migrate(c, furatVersion);
                c.commit();
                if (applied.contains("S006__search_terms")) ServerSchema.settleSearchTerms(c);
                return new Setup(address, created, applied);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(address, e);
        }
    }

    /**
     * Adds a person to the team database {@code admin} names: a login role (with a password when given) that is a
     * member of that database's role for {@code role}; a person already there is given the new role instead of the
     * old. Returns the role they had on this database before, or null.
     */
    public static Role addUser(ServerAddress admin, String name, Role role, String password) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]{0,62}")) {
            throw new IllegalArgumentException("'" + name + "' is not a user name Furat makes: letters, digits, _ . - (starting with a letter or _)");
        }
        try (Connection c = connect(admin); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            String quoted = "\"" + name + "\"";
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) st.execute("CREATE ROLE " + quoted + " LOGIN");
            if (password != null) {
                try (PreparedStatement ps = c.prepareStatement("SELECT format('ALTER ROLE %I PASSWORD %L', ?::text, ?::text)")) {
                    ps.setString(1, name);
                    ps.setString(2, password);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        st.execute(rs.getString(1));
                    }
                }
            }
            String database = admin.database();
            Role before = roleOf(c, name);
            for (Role other : Role.values()) st.execute("REVOKE \"" + other.pgRole(database) + "\" FROM " + quoted);
            st.execute("GRANT \"" + role.pgRole(database) + "\" TO " + quoted);
            c.commit();
            return before;
        } catch (SQLException e) {
            throw failure(admin, e);
        }
    }

    /** The most the connected person may do, or null when they hold none of Furat's roles. */
    public static Role roleOf(ServerAddress address) {
        try (Connection c = connect(address)) {
            return roleOf(c);
        } catch (SQLException e) {
            throw failure(address, e);
        }
    }

    static Role roleOf(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_user")) {
            rs.next();
            return roleOf(c, rs.getString(1));
        }
    }

    /** The most {@code person} may do on the connected database, or null when they hold none of its roles. */
    private static Role roleOf(Connection c, String person) throws SQLException {
        Role most = null;
        String database;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_database()")) {
            rs.next();
            database = rs.getString(1);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_has_role(CAST(? AS name), r.oid, 'MEMBER') FROM pg_roles r WHERE r.rolname = ?")) {
            for (Role r : Role.values()) {
                ps.setString(1, person);
                ps.setString(2, r.pgRole(database));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) most = r;
                }
            }
        }
        return most;
    }

    /** A connection as the address's user; a database set up by a newer Furat is refused. */
    public static Connection open(ServerAddress address) {
        try {
            Connection c = connect(address);
            try {
                ServerSchema.refuseNewer(c);
            } catch (RuntimeException e) {
                c.close();
                throw e;
            }
            return c;
        } catch (SQLException e) {
            throw failure(address, e);
        }
    }

    static Connection connect(ServerAddress address) throws SQLException {
        return DriverManager.getConnection(address.jdbcUrl(), address.properties());
    }

    private static boolean createDatabaseIfMissing(ServerAddress address) {
        try (Connection c = connect(address.database("postgres"))) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, address.database());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) return false;
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE \"" + address.database().replace("\"", "\"\"") + "\"");
            }
            return true;
        } catch (SQLException e) {
            throw failure(address, e);
        }
    }

    /** A sentence for what the server said: unreachable, refused the user, or refused the action. */
    static RuntimeException failure(ServerAddress address, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String said = said(e);
        String message;
        if (state.startsWith("08")) message = "Cannot reach the team database " + address + ": " + said + " (is the server running and the address right?)";
        else if (state.equals("28P01") || state.equals("28000")) message = "The team database " + address + " did not let " + address.user() + " in: " + said;
        else if (state.equals("42501")) message = "Not allowed: " + said + ". Nothing was changed; ask an editor or the database's owner";
        else message = "The team database " + address + " refused: " + said + ". Nothing was changed";
        return new IllegalStateException(message, e);
    }

    /** What the server said, without the driver's "ERROR:" and the server's own details (the function that raised it). */
    private static String said(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException pg && pg.getServerErrorMessage() != null
                && pg.getServerErrorMessage().getMessage() != null) {
            return pg.getServerErrorMessage().getMessage();
        }
        return e.getMessage();
    }
}
