package org.furat.store.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.furat.io.Gdal;

/**
 * The PostgreSQL server the server tests use: the address of a user allowed to create databases and roles, in
 * FURAT_TEST_PG (postgresql://user@host:port/postgres; .ci/run starts a private cluster and sets it), else the usual
 * local server as the computer's user. When no server answers the tests skip, except in CI, which must run them. Each test gets a database of its own, dropped after, with the login
 * roles it made and the database's own three roles.
 */
public final class TestServer implements AutoCloseable {

    public final ServerAddress admin;
    public final ServerAddress database;
    private final List<String> users = new ArrayList<>();

    private TestServer(ServerAddress admin, ServerAddress database) {
        this.admin = admin;
        this.database = database;
    }

    /** A new database name on the test server (not created yet: `init` creates it), or a skip (a failure in CI). */
    public static TestServer start() {
        String url = System.getenv("FURAT_TEST_PG");
        ServerAddress admin = ServerAddress.parse(url == null || url.isBlank() ? "postgresql://127.0.0.1:5432/postgres" : url);
        boolean reachable;
        try (Connection c = TeamServer.connect(admin)) {
            reachable = c.isValid(5);
        } catch (SQLException e) {
            reachable = false;
        }
        Gdal.assumeOrFailInCi(reachable, "No PostgreSQL server answers at " + admin + " (set FURAT_TEST_PG to one)");
        return new TestServer(admin, admin.database("furat_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)));
    }

    /** A login role of this test, with one of Furat's roles, dropped at the end. */
    public ServerAddress user(String name, TeamServer.Role role) {
        String unique = userName(name);
        TeamServer.addUser(database.as(admin.user(), admin.password()), unique, role, null);
        return database.as(unique, null);
    }

    /** A user name of this test's own, dropped at the end if something creates it. */
    public String userName(String name) {
        String unique = name + "_" + database.database().substring("furat_test_".length());
        users.add(unique);
        return unique;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = TeamServer.connect(admin); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + database.database() + "\" WITH (FORCE)");
            for (String user : users) st.execute("DROP ROLE IF EXISTS \"" + user + "\"");
            // The database's own roles (server init made them), editor first: it is a member of the analyst's.
            for (int i = TeamServer.Role.values().length - 1; i >= 0; i--) {
                st.execute("DROP ROLE IF EXISTS \"" + TeamServer.Role.values()[i].pgRole(database.database()) + "\"");
            }
        }
    }
}
