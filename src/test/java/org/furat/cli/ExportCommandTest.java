package org.furat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `furat export`: writes what the filter selects, and says clearly when it cannot. */
class ExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void theOctoberFilterWritesOnlyOctobersRows() throws Exception {
        Path out = dir.resolve("october.geojson");
        CliTest.Result r = CliTest.furatWithDb(dir.resolve("db.gpkg"), "export", "--format", "geojson", "--out", out.toString(),
                "--from", "2024-10-01", "--to", "2024-10-31");
        assertEquals(0, r.exitCode(), r.err());
        String json = Files.readString(out);
        assertTrue(json.contains("seed-2024-10-rocket-attacks"));
        assertFalse(json.contains("seed-2024-11"), "no November incident");
        assertTrue(json.contains("دير الزور"));
    }

    @Test
    void anExistingFileIsKeptUnlessOverwriteIsAsked() throws Exception {
        Path out = dir.resolve("places.csv");
        Files.writeString(out, "keep me");
        CliTest.Result refused = CliTest.furatWithDb(dir.resolve("db.gpkg"), "export", "--format", "csv", "--what", "places",
                "--out", out.toString());
        assertNotEquals(0, refused.exitCode());
        assertTrue(refused.err().contains("already exists") && refused.err().contains("(--overwrite)"), refused.err());
        assertEquals("keep me", Files.readString(out));
        CliTest.Result replaced = CliTest.furatWithDb(dir.resolve("db.gpkg"), "export", "--format", "csv", "--what", "places",
                "--out", out.toString(), "--overwrite");
        assertEquals(0, replaced.exitCode(), replaced.err());
        assertTrue(Files.readString(out).contains("khasham"));
    }

    @Test
    void badInputFailsWithAClearMessageAndWritesNothing() {
        CliTest.Result format = CliTest.furatWithDb(dir.resolve("db.gpkg"), "export", "--format", "dxf", "--out", dir.resolve("x.dxf").toString());
        assertNotEquals(0, format.exitCode());
        assertTrue(format.err().contains("dxf"), format.err());
        CliTest.Result folder = CliTest.furatWithDb(dir.resolve("db.gpkg"), "export", "--format", "shp",
                "--out", dir.resolve("no/such/folder/x.shp").toString());
        assertNotEquals(0, folder.exitCode());
        assertTrue(folder.err().contains("does not exist"), folder.err());
        CliTest.Result what = CliTest.furatWithDb(dir.resolve("db.gpkg"), "export", "--format", "shp", "--what", "villages",
                "--out", dir.resolve("x.shp").toString());
        assertNotEquals(0, what.exitCode());
        assertFalse(Files.exists(dir.resolve("x.shp")));
    }

    @Test
    void aFilterThatMatchesNothingFailsUnlessAnEmptyFileIsAllowed() {
        Path out = dir.resolve("empty.gpkg");
        CliTest.Result refused = CliTest.furatWithDb(dir.resolve("db.gpkg"), "export", "--format", "gpkg", "--out", out.toString(),
                "--from", "2030-01-01");
        assertNotEquals(0, refused.exitCode());
        assertTrue(refused.err().contains("Nothing matches") && refused.err().contains("(--allow-empty)"), refused.err());
        assertFalse(Files.exists(out));
        CliTest.Result allowed = CliTest.furatWithDb(dir.resolve("db.gpkg"), "export", "--format", "gpkg", "--out", out.toString(),
                "--from", "2030-01-01", "--allow-empty");
        assertEquals(0, allowed.exitCode(), allowed.err());
        assertTrue(Files.exists(out));
    }
}
