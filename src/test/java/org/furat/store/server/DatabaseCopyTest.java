package org.furat.store.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.furat.app.Importer;
import org.furat.app.ReviewDraft;
import org.furat.app.Workspace;
import org.furat.io.Gdal;
import org.furat.model.Incident;
import org.furat.model.IncidentFilter;
import org.furat.model.Place;
import org.furat.store.FuratDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `furat copy` into a real PostgreSQL with PostGIS: every table's rows with their keys, points where the file has
 * them (read back through GDAL too), the change log; a copy cut short goes on where it stopped; a team database
 * holding other data is refused unchanged.
 */
class DatabaseCopyTest {

    @TempDir
    Path dir;
    private TestServer server;
    private Path file;
    private Place khasham;
    private Incident deleted;

    @BeforeEach
    void setUp() {
        server = TestServer.start();
        TeamServer.init(server.database, "1.0-test");
        file = dir.resolve("analyst.gpkg");
        try (Workspace workspace = Workspace.open(file)) {
            String text = "قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور، ما أدى إلى مقتل مدنيين اثنين.";
            String source = workspace.importer().importReport("report.txt", text.getBytes(StandardCharsets.UTF_8),
                    new Importer.Metadata(LocalDate.of(2024, 11, 20), "Test outlet", null, "ar"), false).sourceKey();
            ReviewDraft draft = new ReviewDraft(workspace.reviewer().open(source), workspace.places().stream().map(Place::key).toList());
            draft.proposalKeys().forEach(draft::accept);
            workspace.reviewer().apply(draft);
            String key = workspace.newestIncidents(workspace.filter(IncidentFilter.ALL), 1).get(0).key();
            workspace.deleteIncident(key, "a duplicate");
            deleted = workspace.incident(key).orElseThrow();
            khasham = workspace.place("khasham").orElseThrow();
        }
    }

    @AfterEach
    void stop() throws SQLException {
        if (server != null) server.close();
    }

    private DatabaseCopy.Outcome copy(ServerAddress to) throws SQLException {
        try (FuratDatabase from = FuratDatabase.open(file); Connection c = TeamServer.open(to)) {
            return DatabaseCopy.copy(from, c, line -> { });
        }
    }

    @Test
    void everyTableIsCopiedWithItsKeysAndPointsAndTheCopyIsWhole() throws Exception {
        DatabaseCopy.Outcome outcome = copy(server.database);
        assertTrue(outcome.whole(), "rows on both sides agree");
        assertEquals(DatabaseCopy.TABLES, outcome.copiedNow());
        for (String table : List.of("places", "admin_units", "actors", "sources", "source_readings", "incidents", "incident_places",
                "evidence", "change_actions", "change_log")) {
            assertTrue(outcome.rows().get(table)[1] > 0, table + " has rows on the server");
        }
        try (Connection c = TeamServer.open(server.database)) {
            assertEquals(List.of(String.valueOf(khasham.lon()), String.valueOf(khasham.lat())),
                    row(c, "SELECT ST_X(geom)::text, ST_Y(geom)::text FROM places WHERE key = ?", khasham.key()), "the point as in the file");
            assertEquals(List.of("a duplicate", "true", deleted.status().code()),
                    row(c, "SELECT deleted_reason, (deleted_at IS NOT NULL)::text, status FROM incidents WHERE key = ?", deleted.key()));
            assertEquals(List.of("delete incident"), row(c, "SELECT name FROM change_actions WHERE reason = ?", "a duplicate"));
            assertEquals(List.of("object"), row(c, "SELECT json_typeof(after::json) FROM change_log WHERE operation = 'insert' AND table_name = ? LIMIT 1",
                    "incidents"), "a whole row logged is a JSON object on the server too");
            // Rows added on the server after the copy get new keys, past the copied ones.
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO actors (key, name_en) VALUES ('new_actor', 'New actor')");
            }
            assertEquals(List.of("true"), row(c, "SELECT (id > (SELECT max(id) FROM actors WHERE key <> ?))::text FROM actors WHERE key = 'new_actor'",
                    "new_actor"));
        }

        assertEquals(texts(file), texts(server.database), "every report's text, lines, tabs and quotes as they were");

        Gdal.require();
        ServerAddress db = server.database;
        Gdal.Run places = Gdal.run("ogrinfo", "-ro", "-so", "PG:host=" + db.host() + " port=" + db.port() + " dbname=" + db.database()
                + " user=" + db.user(), "places");
        assertEquals(0, places.exitCode(), places.err());
        assertTrue(places.out().contains("Feature Count: " + outcome.rows().get("places")[0]), places.out());
    }

    @Test
    void aCopyCutShortGoesOnWhereItStopped() throws Exception {
        copy(server.database);
        try (Connection c = TeamServer.open(server.database); Statement st = c.createStatement()) {
            // What a copy killed while writing the change log leaves: the tables before it, and its own transaction taken back.
            st.execute("DELETE FROM furat_copy WHERE table_name = 'change_log'");
            st.execute("ALTER TABLE change_log DISABLE TRIGGER change_log_append_only");
            st.execute("DELETE FROM change_log");
            st.execute("ALTER TABLE change_log ENABLE TRIGGER change_log_append_only");
        }
        DatabaseCopy.Outcome again = copy(server.database);
        assertEquals(List.of("change_log"), again.copiedNow());
        assertTrue(again.whole());
    }

    @Test
    void aTeamDatabaseHoldingOtherDataIsRefusedUnchanged() throws Exception {
        try (Connection c = TeamServer.open(server.database); Statement st = c.createStatement()) {
            st.execute("INSERT INTO actors (key, name_en) VALUES ('theirs', 'Their actor')");
        }
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> copy(server.database));
        assertTrue(refused.getMessage().contains("already holds 1 row in actors"), refused.getMessage());
        try (Connection c = TeamServer.open(server.database)) {
            assertEquals(List.of("0", "1"), row(c, "SELECT (SELECT count(*) FROM places)::text, (SELECT count(*) FROM actors)::text WHERE ? = ?", "x", "x"));
        }
    }

    private static java.util.Map<String, String> texts(Connection c) throws SQLException {
        java.util.Map<String, String> texts = new java.util.TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT key, text FROM sources")) {
            while (rs.next()) texts.put(rs.getString(1), rs.getString(2));
        }
        return texts;
    }

    private static java.util.Map<String, String> texts(Path file) {
        try (FuratDatabase db = FuratDatabase.open(file)) {
            return db.read(DatabaseCopyTest::texts);
        }
    }

    private static java.util.Map<String, String> texts(ServerAddress address) throws SQLException {
        try (Connection c = TeamServer.open(address)) {
            return texts(c);
        }
    }

    private static List<String> row(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setString(i + 1, params[i]);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "a row for " + sql);
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) values.add(rs.getString(i));
                return values;
            }
        }
    }
}
