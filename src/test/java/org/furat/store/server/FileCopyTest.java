package org.furat.store.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
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
 * `furat copy --from postgresql://… --to FILE` against a real PostgreSQL with PostGIS: a database copied to the server
 * and back holds the same rows, keys and history as the original, reads as the same incidents, places and history in
 * Furat, and opens in GDAL with its layers; the file appears only whole, and never over an existing one.
 */
class FileCopyTest {

    @TempDir
    Path dir;
    private TestServer server;
    private Path original;
    private String deletedKey;

    @BeforeEach
    void setUp() throws SQLException {
        server = TestServer.start();
        TeamServer.init(server.database, "1.0-test");
        original = dir.resolve("analyst.gpkg");
        try (Workspace workspace = Workspace.open(original)) {
            String text = "قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور، ما أدى إلى مقتل مدنيين اثنين.\n"
                    + "وفي حادثة أخرى، انفجرت عبوة ناسفة بسيارة لقسد في بلدة الشحيل.";
            String source = workspace.importer().importReport("report.txt", text.getBytes(StandardCharsets.UTF_8),
                    new Importer.Metadata(LocalDate.of(2024, 11, 20), "Test outlet", null, "ar"), false).sourceKey();
            ReviewDraft draft = new ReviewDraft(workspace.reviewer().open(source), workspace.places().stream().map(Place::key).toList());
            draft.proposalKeys().forEach(draft::accept);
            workspace.reviewer().apply(draft);
            deletedKey = workspace.newestIncidents(workspace.filter(IncidentFilter.ALL), 1).get(0).key();
            workspace.deleteIncident(deletedKey, "a duplicate, with\ta tab and \"quotes\"");
        }
        try (FuratDatabase from = FuratDatabase.open(original); Connection c = TeamServer.open(server.database)) {
            assertTrue(DatabaseCopy.copy(from, c, line -> { }).whole());
        }
    }

    @AfterEach
    void stop() throws SQLException {
        if (server != null) server.close();
    }

    @Test
    void aTeamDatabaseCopiedIntoAFileHoldsEveryRowOfTheOriginalWithItsKeys() throws Exception {
        Path copy = dir.resolve("team-copy.gpkg");
        List<String> said = new ArrayList<>();
        DatabaseCopy.Outcome outcome = FileCopy.copy(server.database, copy, said::add);
        assertTrue(outcome.whole(), "rows on both sides agree");
        assertEquals(DatabaseCopy.TABLES.size(), said.size(), "each table said as it is done: " + said);
        assertFalse(Files.exists(dir.resolve("team-copy.gpkg.part")), "nothing left beside the file");

        for (String table : DatabaseCopy.TABLES) {
            assertEquals(rows(original, table), rows(copy, table), table + ": the same rows, keys and values as the original");
        }
        // What Furat derives from the rows is there too: the map layer and the search index.
        assertEquals(rows(original, "incident_locations"), rows(copy, "incident_locations"));
        assertEquals(count(original, "incident_search"), count(copy, "incident_search"));
    }

    @Test
    void theCopyReadsInFuratAsTheOriginalDoes() {
        Path copy = dir.resolve("team-copy.gpkg");
        FileCopy.copy(server.database, copy, line -> { });
        try (Workspace before = Workspace.open(original); Workspace after = Workspace.open(copy)) {
            assertEquals(keys(before.incidents(IncidentFilter.ALL)), keys(after.incidents(IncidentFilter.ALL)));
            assertEquals(before.places(), after.places());
            assertEquals(before.deletion(deletedKey), after.deletion(deletedKey), "the deletion came across, with its reason");
            var history = new org.furat.model.ChangeQuery(org.furat.model.ChangeQuery.Subject.INCIDENT, deletedKey, null, 100);
            assertEquals(before.history(history), after.history(history), "the incident's history came across");
            assertEquals(before.filter(IncidentFilter.ALL).count(), after.filter(IncidentFilter.ALL).count());
        }
    }

    @Test
    void gdalListsTheCopysLayers() throws Exception {
        Gdal.assumeOrFailInCi(Gdal.available(), "GDAL's ogrinfo is needed");
        Path copy = dir.resolve("team-copy.gpkg");
        FileCopy.copy(server.database, copy, line -> { });
        Gdal.Run run = Gdal.run("ogrinfo", "-ro", "-so", "-al", copy.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(), run.problems(), "ogrinfo complained");
        String info = run.out();
        assertTrue(info.contains("Layer name: places"), info);
        assertTrue(info.contains("Layer name: incident_locations"), info);
        assertTrue(info.contains("Layer name: admin_units"), info);
        assertTrue(info.contains("Feature Count: " + count(original, "places")), info);
    }

    @Test
    void anExistingFileIsNeverCopiedOverAndALeftoverPartIsReplaced() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> FileCopy.copy(server.database, original, line -> { }));
        assertEquals(count(original, "incidents"), count(original, "incidents"), "the file is as it was");

        Path copy = dir.resolve("team-copy.gpkg");
        Files.writeString(dir.resolve("team-copy.gpkg.part"), "a copy cut short");
        assertTrue(FileCopy.copy(server.database, copy, line -> { }).whole());
        assertEquals(rows(original, "incidents"), rows(copy, "incidents"));
    }

    @Test
    void aTeamDatabaseOfAnotherSchemaIsRefusedAndNoFileIsMade() throws SQLException {
        Path copy = dir.resolve("team-copy.gpkg");
        try (Connection c = TeamServer.open(server.database); Statement st = c.createStatement()) {
            st.execute("INSERT INTO furat_migrations (name, furat_version) VALUES ('S999__from_the_future', '9.0')");
        }
        IllegalStateException newer = assertThrows(IllegalStateException.class, () -> FileCopy.copy(server.database, copy, line -> { }));
        assertTrue(newer.getMessage().contains("Furat 9.0"), newer.getMessage());
        try (Connection c = TeamServer.connect(server.database); Statement st = c.createStatement()) {
            st.execute("DELETE FROM furat_migrations WHERE name IN ('S999__from_the_future', 'S004__change_log_as_written')");
        }
        IllegalStateException older = assertThrows(IllegalStateException.class, () -> FileCopy.copy(server.database, copy, line -> { }));
        assertTrue(older.getMessage().contains("older than this Furat's"), older.getMessage());
        assertFalse(Files.exists(copy));
        assertFalse(Files.exists(dir.resolve("team-copy.gpkg.part")));
    }

    @Test
    void aFailedCopyLeavesNoFile() {
        Path copy = dir.resolve("team-copy.gpkg");
        ServerAddress nowhere = server.database.database("furat_no_such_database");
        assertThrows(RuntimeException.class, () -> FileCopy.copy(nowhere, copy, line -> { }));
        assertFalse(Files.exists(copy));
        assertFalse(Files.exists(dir.resolve("team-copy.gpkg.part")));
    }

    private static List<String> keys(List<Incident> incidents) {
        return incidents.stream().map(Incident::key).sorted().toList();
    }

    /** Every row of a table, in rowid order, each value as text (JSON normalised so key order and spaces do not count). */
    private static List<String> rows(Path file, String table) throws SQLException {
        try (FuratDatabase db = FuratDatabase.open(file)) {
            return db.read(c -> {
                List<String> rows = new ArrayList<>();
                List<String> columns = new ArrayList<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
                    while (rs.next()) columns.add(rs.getString("name"));
                }
                StringBuilder select = new StringBuilder("SELECT ");
                for (int i = 0; i < columns.size(); i++) {
                    String col = columns.get(i);
                    if (i > 0) select.append(", ");
                    select.append(table.equals("change_log") && (col.equals("before") || col.equals("after"))
                            ? "CASE WHEN json_valid(" + col + ") AND json_type(" + col + ") = 'object' THEN (SELECT json_group_array(key || '=' || "
                            + "coalesce(value, 'null')) FROM (SELECT key, value FROM json_each(" + col + ") ORDER BY key)) ELSE " + col + " END"
                            : "hex(" + col + ")");
                }
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(select + " FROM " + table + " ORDER BY rowid")) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns.size(); i++) row.append(columns.get(i - 1)).append('=').append(rs.getString(i)).append(' ');
                        rows.add(row.toString());
                    }
                }
                return rows;
            });
        }
    }

    private static long count(Path file, String table) throws SQLException {
        try (FuratDatabase db = FuratDatabase.open(file)) {
            return db.read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                    return rs.next() ? rs.getLong(1) : -1;
                }
            });
        }
    }
}
