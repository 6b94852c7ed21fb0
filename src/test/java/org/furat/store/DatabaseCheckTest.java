package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import org.furat.store.DatabaseCheck.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of problem {@code furat check} looks for is found, named, and the file is not changed. */
class DatabaseCheckTest {

    @TempDir
    Path dir;

    @Test
    void aSoundDatabaseHasNoFindings() {
        Path file = TestDatabases.seeded(dir.resolve("sound.gpkg"));
        DatabaseCheck.Result result = DatabaseCheck.run(file);
        assertEquals(List.of(), result.findings());
        assertEquals(List.of(), result.notes());
    }

    @Test
    void anIncidentWithoutEvidenceIsFound() throws Exception {
        Path file = edited("no-evidence.gpkg", "DELETE FROM evidence WHERE incident_id = (SELECT id FROM incidents WHERE key = 'seed-2024-11-militias-relocate')");
        Finding f = only(file, Kind.INCIDENT_WITHOUT_EVIDENCE);
        assertTrue(f.message().contains("1 incident has no evidence: seed-2024-11-militias-relocate"), f.message());
    }

    @Test
    void evidenceFromAMissingSourceIsFoundTwice() throws Exception {
        // Foreign keys are not enforced on a plain connection, as in many tools that edit GeoPackages.
        Path file = edited("no-source.gpkg", "UPDATE evidence SET source_id = 999 WHERE id = (SELECT min(id) FROM evidence)");
        assertTrue(only(file, Kind.EVIDENCE_WITHOUT_SOURCE).message().contains("source id 999"));
        assertTrue(only(file, Kind.FOREIGN_KEY).message().contains("1 row of evidence refers to sources rows that do not exist"));
    }

    @Test
    void aTableWhoseChangesWouldLeaveNoHistoryIsFound() throws Exception {
        Path file = edited("unlogged.gpkg", "DROP TRIGGER " + ChangeLogTriggers.PREFIX + "actors_update");
        Finding f = only(file, Kind.CHANGES_NOT_LOGGED);
        assertTrue(f.message().startsWith("1 table lacks the triggers that record changes in the history"), f.message());
        assertTrue(f.message().endsWith(": actors."), f.message());
    }

    @Test
    void anEvidenceSpanBeyondItsSourceTextIsFound() throws Exception {
        Path file = edited("span.gpkg", "UPDATE evidence SET span_end = 1000000 WHERE id = (SELECT min(id) FROM evidence)");
        assertTrue(only(file, Kind.EVIDENCE_OUTSIDE_TEXT).message().contains("–1000000 of a text of"));
    }

    @Test
    void anIncidentPlaceWithoutItsLayerFeatureIsFoundAndSoIsAFeatureWithoutAPlace() throws Exception {
        Path file = edited("layer.gpkg",
                "DELETE FROM incident_locations WHERE fid = (SELECT min(fid) FROM incident_places)",
                "UPDATE incident_locations SET fid = 5000 WHERE fid = (SELECT max(fid) FROM incident_places)");
        assertTrue(only(file, Kind.LOCATION_MISSING).message().startsWith("2 incident places have no feature"));
        assertTrue(only(file, Kind.LOCATION_WITHOUT_PLACE).message().contains("(fid 5000)"));
    }

    @Test
    void missingAndWrongExtentsAndUnregisteredLayersAreFound() throws Exception {
        Path file = edited("extent.gpkg",
                "UPDATE gpkg_contents SET min_x = NULL WHERE table_name = 'places'",
                "UPDATE gpkg_contents SET max_x = 40.2 WHERE table_name = 'incident_locations'",
                "INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('gone', 'attributes', 'gone')");
        assertTrue(only(file, Kind.EXTENT_MISSING).message().contains("places"));
        assertTrue(only(file, Kind.EXTENT_WRONG).message().contains("incident_locations"));
        assertTrue(only(file, Kind.LAYER_WITHOUT_TABLE).message().contains("gone"));

        Path unregistered = edited("unregistered.gpkg", "DELETE FROM gpkg_geometry_columns WHERE table_name = 'places'");
        assertTrue(only(unregistered, Kind.LAYER_NOT_REGISTERED).message().contains("places"));
    }

    @Test
    void aNewerSchemaIsReportedWithTheVersionThatWroteIt() throws Exception {
        // One past this build's newest migration, whatever that is.
        int newer = Migrations.currentVersion() + 1;
        Path file = edited("newer.gpkg", "INSERT INTO furat_migrations (name, furat_version) VALUES ('V"
                + String.format("%03d", newer) + "__later.sql', '2.0.0')");
        assertTrue(only(file, Kind.NEWER_SCHEMA).message().contains("Furat 2.0.0 (schema version " + newer + ")"),
                () -> only(file, Kind.NEWER_SCHEMA).message());
    }

    @Test
    void anOlderSchemaIsANoteNotAProblem() throws Exception {
        Path file = TestDatabases.old(dir.resolve("old.gpkg"), 8);
        byte[] before = Files.readAllBytes(file);
        DatabaseCheck.Result result = DatabaseCheck.run(file);
        assertEquals(List.of(), result.findings());
        assertTrue(result.notes().get(0).contains("version 8") && result.notes().get(0).contains("version " + Migrations.currentVersion()), result.notes().toString());
        assertArrayEquals(before, Files.readAllBytes(file), "the check does not upgrade");
    }

    @Test
    void aDamagedFileIsCheckedWithoutBeingChanged() throws Exception {
        Path file = TestDatabases.seeded(dir.resolve("damaged.gpkg"));
        TestDatabases.overwritePages(file, TestDatabases.pagesOf(file, "incidents"), 3);
        byte[] before = Files.readAllBytes(file);
        List<DatabaseCheck.Finding> findings = DatabaseCheck.run(file).findings();
        assertTrue(findings.stream().anyMatch(f -> f.kind() == Kind.INTEGRITY && f.message().startsWith("SQLite integrity check: ")),
                findings::toString);
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFileThatIsNotSqliteOrNotFuratsIsSaidToBeSo() throws Exception {
        Path noise = dir.resolve("noise.gpkg");
        byte[] bytes = new byte[4096];
        new Random(5).nextBytes(bytes);
        Files.write(noise, bytes);
        assertEquals(List.of(Kind.NOT_SQLITE), kinds(noise));
        assertArrayEquals(bytes, Files.readAllBytes(noise));

        Path other = dir.resolve("other.sqlite");
        try (var c = TestDatabases.raw(other); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY)");
        }
        assertEquals(List.of(Kind.NOT_FURAT), kinds(other));
        assertEquals(List.of(Kind.CANNOT_OPEN), kinds(dir.resolve("missing.gpkg")));
    }

    private record Finding(Kind kind, String message) {}

    private Path edited(String name, String... statements) throws Exception {
        Path file = TestDatabases.seeded(dir.resolve(name));
        try (var c = TestDatabases.raw(file); Statement st = c.createStatement()) {
            for (String sql : statements) st.execute(sql);
        }
        return file;
    }

    private static Finding only(Path file, Kind kind) {
        List<DatabaseCheck.Finding> all = DatabaseCheck.run(file).findings();
        List<DatabaseCheck.Finding> of = all.stream().filter(f -> f.kind() == kind).toList();
        assertEquals(1, of.size(), () -> "one " + kind + " finding in " + all);
        return new Finding(kind, of.get(0).message());
    }

    private static List<Kind> kinds(Path file) {
        return DatabaseCheck.run(file).findings().stream().map(DatabaseCheck.Finding::kind).toList();
    }
}
