package org.furat.store.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.furat.io.Gdal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * `furat server init` on a real PostgreSQL with PostGIS: the schema and its layers as GDAL reads them, the three roles
 * and what each may do, enforced by the database itself, and a database set up by a newer Furat refused unchanged.
 */
class TeamServerTest {

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() throws SQLException {
        if (server != null) server.close();
    }

    @Test
    void peopleGivenTheRolesOfEveryDatabaseBeforeGetThisDatabasesOwnOnTheNextInit() throws Exception {
        TeamServer.init(server.database, "1.0-test");
        try (Connection c = TeamServer.connect(server.admin); Statement st = c.createStatement()) {
            // As an older Furat made them: one set of roles for the whole server.
            for (String old : new String[] {"furat_viewer", "furat_analyst", "furat_editor"}) {
                st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + old + "') THEN CREATE ROLE " + old
                        + " NOLOGIN; END IF; END $$");
            }
            String nour = server.userName("nour");
            st.execute("CREATE ROLE \"" + nour + "\" LOGIN");
            st.execute("GRANT furat_editor TO \"" + nour + "\"");
            assertThrows(IllegalStateException.class, () -> TeamServer.roleOf(server.database.as(nour, null)),
                    "the old role alone no longer lets them connect");
            TeamServer.init(server.database, "1.0-test");
            assertEquals(TeamServer.Role.EDITOR, TeamServer.roleOf(server.database.as(nour, null)), "this database's editor now");
            st.execute("REVOKE furat_editor FROM \"" + nour + "\"");
        }
    }

    @Test
    void initCreatesTheDatabaseItsLayersAndRolesAndAppliesOnlyWhatIsMissingAgain() throws Exception {
        TeamServer.Setup first = TeamServer.init(server.database, "1.0-test");
        assertTrue(first.created());
        assertEquals(ServerSchema.known(), first.applied());
        TeamServer.Setup again = TeamServer.init(server.database, "1.0-test");
        assertFalse(again.created());
        assertEquals(List.of(), again.applied());

        Gdal.require();
        ServerAddress db = server.database;
        Gdal.Run layers = Gdal.run("ogrinfo", "-ro", "-q", "PG:host=" + db.host() + " port=" + db.port() + " dbname=" + db.database()
                + " user=" + db.user());
        assertEquals(0, layers.exitCode(), layers.err());
        assertTrue(layers.out().contains("places (Point)"), layers.out());
        assertTrue(layers.out().contains("incident_locations (Point)"), layers.out());
        assertTrue(layers.out().contains("admin_units (Multi Polygon)"), layers.out());
    }

    @Test
    void eachRoleMayDoWhatItsGrantsSayAndNoMore() throws Exception {
        TeamServer.init(server.database, "1.0-test");
        ServerAddress viewer = server.user("vera", TeamServer.Role.VIEWER);
        ServerAddress analyst = server.user("adil", TeamServer.Role.ANALYST);
        ServerAddress editor = server.user("eman", TeamServer.Role.EDITOR);
        assertEquals(TeamServer.Role.ANALYST, TeamServer.roleOf(analyst));

        String place = "INSERT INTO places (geom, key, name_en, kind, loc_prec, source) "
                + "VALUES (ST_SetSRID(ST_MakePoint(40.3, 35.3), 4326), 'p1', 'Khasham', 'village', 1, 'test')";
        String source = "INSERT INTO sources (key, language, text, text_sha256) VALUES ('s1', 'ar', 'نص', 'h1')";
        String proposed = "INSERT INTO incidents (key, date_start, date_end, time_prec, event_type, sub_event_type, status) "
                + "VALUES ('i1', '2025-01-01', '2025-01-01', 1, 'Battles', 'Armed clash', 'proposed')";

        assertRefused(viewer, source, "permission denied");
        assertEquals(0, count(viewer, "SELECT count(*) FROM incidents"), "a viewer reads");

        run(analyst, source);
        run(analyst, proposed);
        assertRefused(analyst, "UPDATE incidents SET status = 'verified' WHERE key = 'i1'", "only an editor may verify");
        assertRefused(analyst, "UPDATE incidents SET deleted_at = now() WHERE key = 'i1'", "only an editor may delete");
        assertRefused(analyst, place, "permission denied");
        run(analyst, "UPDATE incidents SET killed_best = 2 WHERE key = 'i1'");

        run(editor, place);
        run(editor, "UPDATE incidents SET status = 'verified', deleted_at = now() WHERE key = 'i1'");
        run(editor, "INSERT INTO change_actions (who, name, per_row) VALUES ('Eman', 'edit incident', 1)");
        assertRefused(editor, "UPDATE change_actions SET name = 'other'", "append-only");
        assertEquals(1, count(viewer, "SELECT count(*) FROM change_actions WHERE db_user = '" + editor.user() + "'"),
                "the log records the database user who made each change");
    }

    @Test
    void aDatabaseSetUpByANewerFuratIsRefusedUnchanged() throws Exception {
        TeamServer.init(server.database, "1.0-test");
        run(server.database.as(server.admin.user(), server.admin.password()),
                "INSERT INTO furat_migrations (name, furat_version) VALUES ('S999__from_the_future', '9.9')");
        int tables = count(server.database, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> TeamServer.init(server.database, "1.0-test"));
        assertTrue(refused.getMessage().contains("Furat 9.9") && refused.getMessage().contains("S999__from_the_future"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> TeamServer.open(server.database).close());
        assertEquals(tables, count(server.database, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    }

    @Test
    void anUnreachableServerGetsASentenceNotAStackTrace() {
        ServerAddress nowhere = ServerAddress.parse("postgresql://nobody@127.0.0.1:1/none");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TeamServer.init(nowhere, "1.0-test"));
        assertTrue(e.getMessage().startsWith("Cannot reach the team database postgresql://nobody@127.0.0.1:1/"), e.getMessage());
    }

    private static void run(ServerAddress as, String sql) throws SQLException {
        try (Connection c = TeamServer.connect(as); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static int count(ServerAddress as, String sql) throws SQLException {
        try (Connection c = TeamServer.connect(as); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void assertRefused(ServerAddress as, String sql, String why) {
        SQLException e = assertThrows(SQLException.class, () -> run(as, sql), sql);
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }
}
