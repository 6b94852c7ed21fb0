package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write cut off by a kill leaves its rollback journal beside the database. A check (which opens read-only and
 * so cannot roll it back) says so, instead of calling a writable file read-only; the next ordinary open rolls
 * the write back and the check is clean again.
 */
class UnfinishedWriteTest {

    @TempDir
    Path dir;

    @Test
    void aCheckAfterAKilledWriteNamesTheUnfinishedWrite() throws Exception {
        Path live = dir.resolve("live.gpkg");
        Workspace.open(live).close();
        Path db = dir.resolve("cut.gpkg");
        Path journal = db.resolveSibling(db.getFileName() + "-journal");
        // A write whose pages have already spilled into the file, its journal beside it: copied as they are in
        // the middle of the transaction, they are what a kill at that moment leaves.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + live)) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA cache_size = 1");
                st.executeUpdate("UPDATE sources SET text = text || text");
            }
            Path liveJournal = live.resolveSibling(live.getFileName() + "-journal");
            assertTrue(Files.size(liveJournal) > 0, "the write has a journal");
            Files.copy(live, db);
            Files.copy(liveJournal, journal);
            c.rollback();
        }

        DatabaseHealth.Report report = DatabaseHealth.check(db);
        String said = String.join("\n", report.lines());
        assertFalse(report.clean(), said);
        assertTrue(said.contains("cut off") && said.contains("-journal"), said);
        assertFalse(said.contains("is read-only"), "a writable file is not called read-only: " + said);
        assertTrue(Files.size(journal) > 0, "checking did not roll the write back");

        Workspace.open(db).close(); // an ordinary open rolls the unfinished write back
        DatabaseHealth.Report after = DatabaseHealth.check(db);
        assertTrue(after.clean(), String.join("\n", after.lines()));
    }
}
