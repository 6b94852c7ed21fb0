package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path dir;

    private static final String SCRIPT = """
            -- A comment line; it must not become a statement.
            CREATE TABLE counter (n INTEGER NOT NULL);
              -- an indented comment
            CREATE TABLE log (what TEXT NOT NULL);

            CREATE TRIGGER count_logs AFTER INSERT ON log
            BEGIN
              -- a comment inside the body
              UPDATE counter SET n = n + 1;
              INSERT INTO log_copy (what) VALUES (NEW.what);
            END;
            CREATE TABLE log_copy (what TEXT NOT NULL);
            INSERT INTO counter (n) VALUES (0);
            """;

    @Test
    void statementsKeepTriggerBodiesWholeAndDropComments() {
        List<String> statements = Migrations.statements(SCRIPT);
        assertEquals(5, statements.size(), () -> "statements: " + statements);
        assertTrue(statements.get(0).startsWith("CREATE TABLE counter"), statements.get(0));
        assertTrue(statements.get(1).startsWith("CREATE TABLE log "), statements.get(1));
        String trigger = statements.get(2);
        assertTrue(trigger.startsWith("CREATE TRIGGER count_logs"), trigger);
        assertTrue(trigger.contains("UPDATE counter SET n = n + 1;"), trigger);
        assertTrue(trigger.contains("INSERT INTO log_copy (what) VALUES (NEW.what);"), trigger);
        assertTrue(trigger.endsWith("END;"), trigger);
        for (String s : statements) assertFalse(s.contains("--"), () -> "a comment survived in: " + s);
    }

    @Test
    void splitStatementsRunAndTheTriggerWorks() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("split.db"));
             Statement st = c.createStatement()) {
            for (String sql : Migrations.statements(SCRIPT)) st.execute(sql);
            st.execute("INSERT INTO log (what) VALUES ('one')");
            st.execute("INSERT INTO log (what) VALUES ('two')");
            try (ResultSet rs = st.executeQuery("SELECT n FROM counter")) {
                assertTrue(rs.next());
                assertEquals(2, rs.getInt(1), "the trigger's first statement ran for each insert");
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM log_copy")) {
                assertTrue(rs.next());
                assertEquals(2, rs.getInt(1), "the trigger's second statement ran for each insert");
            }
        }
    }

    @Test
    void openingTwiceAppliesEachMigrationOnceAndKeepsData() throws SQLException {
        Path file = dir.resolve("twice.gpkg");
        try (FuratDatabase db = FuratDatabase.open(file)) {
            db.transaction(ChangeAction.named("test"), c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO actors (key, name_en) VALUES ('someone', 'Someone')");
                }
                return null;
            });
        }
        try (FuratDatabase db = FuratDatabase.open(file)) {
            assertEquals(1, (int) db.read(c -> count(c, "SELECT count(*) FROM actors WHERE key = 'someone'")),
                    "reopening keeps what was written");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            List<String> applied = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM furat_migrations ORDER BY name")) {
                while (rs.next()) applied.add(rs.getString(1));
            }
            assertEquals(Migrations.index().stream().sorted().toList(), applied, "one row per migration in the index");
            assertEquals(1, count(c, "SELECT count(*) FROM gpkg_contents WHERE table_name = 'places'"),
                    "the migration's inserts ran once");
            assertEquals(3, count(c, "SELECT count(*) FROM gpkg_spatial_ref_sys"));
        }
    }

    @Test
    void newDatabaseIsMarkedAsGeoPackageOnePointTwo() throws Exception {
        Path file = dir.resolve("marked.gpkg");
        FuratDatabase.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(0x47504B47, count(c, "PRAGMA application_id"), "application_id spells 'GPKG'");
            assertEquals(10200, count(c, "PRAGMA user_version"));
        }
        byte[] header = Files.readAllBytes(file);
        // the file header holds the application id big-endian at offset 68 (https://www.sqlite.org/fileformat.html)
        assertEquals("GPKG", new String(header, 68, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY, name TEXT)");
            st.execute("INSERT INTO foo (name) VALUES ('bar')");
        }
        byte[] before = Files.readAllBytes(file);

        StoreException e = assertThrows(StoreException.class, () -> FuratDatabase.open(file));
        assertTrue(e.getMessage().contains("another program"), e.getMessage());
        assertTrue(e.getMessage().contains("other.sqlite"), e.getMessage());

        assertArrayEquals(before, Files.readAllBytes(file), "the file was not changed at all");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                List<String> tables = new ArrayList<>();
                while (rs.next()) tables.add(rs.getString(1));
                assertEquals(List.of("foo"), tables);
            }
            try (ResultSet rs = st.executeQuery("SELECT name FROM foo")) {
                assertTrue(rs.next());
                assertEquals("bar", rs.getString(1));
                assertFalse(rs.next());
            }
            assertEquals(0, count(c, "PRAGMA application_id"));
            assertEquals(0, count(c, "PRAGMA user_version"));
        }
    }

    @Test
    void aFileOfRandomBytesIsRefusedWithAClearMessage() throws Exception {
        Path file = dir.resolve("noise.gpkg");
        byte[] noise = new byte[8192];
        new Random(7).nextBytes(noise);
        Files.write(file, noise);

        StoreException e = assertThrows(StoreException.class, () -> FuratDatabase.open(file));
        assertTrue(e.getMessage().contains("noise.gpkg"), e.getMessage());
        assertTrue(e.getMessage().contains("not a SQLite database"), e.getMessage());
        assertArrayEquals(noise, Files.readAllBytes(file), "the file was not changed");
    }

    @Test
    void aShortTextFileIsRefusedAndNotOverwritten() throws Exception {
        Path file = dir.resolve("notes.gpkg");
        byte[] text = "hello\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, text);

        StoreException e = assertThrows(StoreException.class, () -> FuratDatabase.open(file));
        assertTrue(e.getMessage().contains("notes.gpkg"), e.getMessage());
        assertTrue(e.getMessage().contains("not a SQLite database"), e.getMessage());
        assertArrayEquals(text, Files.readAllBytes(file), "the file was not changed");
    }

    @Test
    void anEmptyFileIsTreatedAsANewDatabase() throws Exception {
        Path file = dir.resolve("empty.gpkg");
        Files.createFile(file);
        try (FuratDatabase db = FuratDatabase.open(file)) {
            assertEquals(Migrations.index().size(), (int) db.read(c -> count(c, "SELECT count(*) FROM furat_migrations")));
        }
    }

    @Test
    void aFolderIsRefused() {
        StoreException e = assertThrows(StoreException.class, () -> FuratDatabase.open(dir));
        assertTrue(e.getMessage().contains("folder"), e.getMessage());
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next(), sql);
            return rs.getInt(1);
        }
    }
}
