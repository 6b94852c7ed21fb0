package org.furat.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.furat.cli.CliTest.Result;
import org.furat.fault.ChildJvm;
import org.furat.fault.SmallDisk;
import org.furat.io.Gdal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line says, and leaves behind, when the database is busy, read-only, damaged, foreign or full. */
class DatabaseFaultsCliTest {

    @TempDir
    Path dir;

    private static final String REPORT = "قصفت القوات الأمريكية قرية خشام اليوم.\n";

    /** The number of the last migration in the store's index, read as the store reads it. */
    private static int currentSchemaVersion() throws java.io.IOException {
        try (var in = DatabaseFaultsCliTest.class.getResourceAsStream("/org/furat/store/migrations/index.txt")) {
            String last = null;
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) last = line.strip();
            }
            return Integer.parseInt(last.substring(1, last.indexOf("__")));
        }
    }

    private Path seeded(String name) {
        Path file = dir.resolve(name);
        Result r = CliTest.furatWithDb(file, "places");
        assertEquals(0, r.exitCode(), r.err());
        return file;
    }

    private Path report() throws Exception {
        Path report = dir.resolve("report.txt");
        Files.writeString(report, REPORT, StandardCharsets.UTF_8);
        return report;
    }

    @Test
    void aSecondProcessWaitsForTheWriterAndSaysBusyOnlyWhenItDoesNotFinish() throws Exception {
        Path file = seeded("busy.gpkg");
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = writer.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            ChildJvm.Result gaveUp = ChildJvm.furat(Map.of("furat.busy-timeout-ms", "300"), "incidents", "--db", file.toString())
                    .run(Duration.ofMinutes(2));
            assertEquals(1, gaveUp.exit(), gaveUp.err());
            assertTrue(gaveUp.err().contains("busy.gpkg is busy: another Furat is writing to it; try again when it has finished"), gaveUp.err());
            assertFalse(gaveUp.err().contains("not a SQLite database"), gaveUp.err());
            st.execute("ROLLBACK");
        }

        CountDownLatch locked = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = writer.createStatement()) {
                st.execute("BEGIN EXCLUSIVE");
                locked.countDown();
                Thread.sleep(4000); // longer than a child JVM takes to start and reach the database, even on a busy machine
                st.execute("COMMIT");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        holder.start();
        assertTrue(locked.await(30, TimeUnit.SECONDS));
        ChildJvm.Result waited = ChildJvm.furat(Map.of("furat.busy-timeout-ms", "60000"), "incidents", "--db", file.toString())
                .run(Duration.ofMinutes(2));
        holder.join();
        assertEquals(0, waited.exit(), waited.err());
        assertTrue(waited.out().contains("seed-2024-11-militias-relocate"), waited.out());
    }

    @Test
    void aDatabaseInAReadOnlyFolderIsListedAndImportIsRefusedNamingIt() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("shelf"));
        Path file = folder.resolve("ro.gpkg");
        assertEquals(0, CliTest.furatWithDb(file, "places").exitCode());
        staleColumns(file);
        byte[] before = Files.readAllBytes(file);
        Path report = report();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Result list = CliTest.furatWithDb(file, "incidents", "--format", "csv");
            assertEquals(0, list.exitCode(), list.err());
            assertEquals(7, list.out().lines().count(), "a header and the six seed incidents: " + list.out());
            Result imported = CliTest.furatWithDb(file, "import", report.toString());
            assertEquals(1, imported.exitCode());
            assertTrue(imported.err().contains("The database " + file + " is read-only"), imported.err());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aDamagedDatabaseIsNeitherImportedIntoNorListedAsEmpty() throws Exception {
        Path file = seeded("damaged.gpkg");
        overwrite(file, "incidents");
        byte[] before = Files.readAllBytes(file);

        Result imported = CliTest.furatWithDb(file, "import", report().toString());
        assertEquals(1, imported.exitCode());
        assertTrue(imported.err().contains("damaged.gpkg is damaged; nothing was written to it. Run `furat check --db " + file + "`"),
                imported.err());
        Result listed = CliTest.furatWithDb(file, "incidents");
        assertEquals(1, listed.exitCode());
        assertTrue(listed.err().contains("is damaged"), listed.err());
        assertArrayEquals(before, Files.readAllBytes(file));

        Result checked = CliTest.furatWithDb(file, "check");
        assertEquals(1, checked.exitCode(), checked.out());
        assertTrue(checked.out().contains("problem (integrity): SQLite integrity check:"), checked.out());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void checkSaysNoProblemsAndExitsZeroOnASoundDatabase() {
        Path file = seeded("sound.gpkg");
        Result r = CliTest.furatWithDb(file, "check");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertEquals("Checked " + file + "\nNo problems found.\n", r.out().replace("\r", ""));
    }

    @Test
    void aFileOfRandomBytesAndAnotherProgramsGeoPackageAreNotFuratDatabases() throws Exception {
        Path noise = dir.resolve("noise.gpkg");
        byte[] bytes = new byte[16384];
        new Random(11).nextBytes(bytes);
        Files.write(noise, bytes);
        Result r = CliTest.furatWithDb(noise, "incidents");
        assertEquals(1, r.exitCode());
        assertEquals("furat: The file " + noise + " is not a Furat database (it is not a SQLite database at all); it was left untouched. "
                + "Choose a database Furat made, or a new file name to start one.\n", r.err().replace("\r", ""));
        assertArrayEquals(bytes, Files.readAllBytes(noise));

        Gdal.require();
        Path geojson = dir.resolve("wells.geojson");
        Files.writeString(geojson, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"well\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[40.2,35.3]}}]}");
        Path theirs = dir.resolve("theirs.gpkg");
        Gdal.Run made = Gdal.run("ogr2ogr", "-f", "GPKG", theirs.toString(), geojson.toString());
        assertEquals(0, made.exitCode(), made.err());
        byte[] gpkg = Files.readAllBytes(theirs);
        Result refused = CliTest.furatWithDb(theirs, "import", report().toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("The file " + theirs + " is a GeoPackage made by another program, not a Furat database; "
                + "it was left untouched"), refused.err());
        assertArrayEquals(gpkg, Files.readAllBytes(theirs));
    }

    @Test
    void anOlderDatabaseIsUpgradedAndTheLineNamesTheCopy() throws Exception {
        // As a Furat from before V009 left it (schema version 8).
        Path file = org.furat.store.TestDatabases.old(dir.resolve("older.gpkg"), 8);
        Result r = CliTest.furatWithDb(file, "places");
        assertEquals(0, r.exitCode(), r.err());
        int current = currentSchemaVersion();
        Path copy = dir.resolve(String.format("older.before-v%03d.gpkg", current));
        assertEquals("Upgraded the database " + file + " from schema version 8 to " + current
                + "; the database as it was before is saved as "
                + copy + ".", r.err().lines().findFirst().orElse(""));
        assertTrue(Files.exists(copy));
    }

    @Test
    void aFullDiskIsReportedAsSuchAndTheDatabaseStaysSound() throws Exception {
        // Little room: the rollback journal cannot grow, and SQLite fails a statement. More room: the journal fits and
        // the failure comes when COMMIT writes the new pages, after which SQLite has already rolled back by itself.
        fillAndImport(24, 6000);
        fillAndImport(128, 2000);
    }

    private void fillAndImport(int keepKilobytes, int sentences) throws Exception {
        Path source = dir.resolve("tofill.gpkg");
        if (!Files.exists(source)) seeded("tofill.gpkg");
        Path report = dir.resolve("long-" + sentences + ".txt");
        Files.writeString(report, REPORT + "وقال مصدر محلي إن الأهالي يعيشون حالة من الخوف والقلق في المنطقة. ".repeat(sentences),
                StandardCharsets.UTF_8);
        try (SmallDisk disk = SmallDisk.mount(2048)) {
            Path file = disk.root().resolve("furat.gpkg");
            Files.copy(source, file, StandardCopyOption.COPY_ATTRIBUTES);
            int sources = sources(file);
            Path filler = disk.fill(keepKilobytes * 1024L);

            Result r = CliTest.furatWithDb(file, "import", report.toString());
            assertEquals(1, r.exitCode(), r.out());
            assertTrue(r.err().contains("The disk holding " + file + " is full; nothing was changed"), keepKilobytes + " KB left: " + r.err());
            assertFalse(r.err().contains("no transaction is active"), r.err());

            Files.delete(filler);
            assertEquals(sources, sources(file), "the report was not stored, even in part");
            Result checked = CliTest.furatWithDb(file, "check");
            assertEquals(0, checked.exitCode(), checked.out());
        }
    }

    private static int sources(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sources")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Saves the filter columns, then changes an incident with plain SQL, as a GIS would: the saved columns are stale. */
    private static void staleColumns(Path file) throws Exception {
        assertEquals(0, CliTest.furatWithDb(file, "incidents").exitCode());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("UPDATE incidents SET note = 'edited elsewhere' WHERE id = (SELECT min(id) FROM incidents)");
        }
    }

    /** Overwrites every page of a table with random bytes. */
    private static void overwrite(Path file, String table) throws Exception {
        List<Integer> pages = new ArrayList<>();
        int pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA page_size")) {
                rs.next();
                pageSize = rs.getInt(1);
            }
            try (ResultSet rs = st.executeQuery("SELECT pageno FROM dbstat WHERE name = '" + table + "'")) {
                while (rs.next()) pages.add(rs.getInt(1));
            }
        }
        Random random = new Random(13);
        byte[] noise = new byte[pageSize];
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            for (int page : pages) {
                random.nextBytes(noise);
                f.seek((long) (page - 1) * pageSize);
                f.write(noise);
            }
        }
    }
}
