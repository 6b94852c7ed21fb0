package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration that adds the change log, on a database an older Furat left: its rows stay as they were, the
 * upgrade itself is not logged (a migration's data moves are not), and from then on every write is.
 */
class ChangeLogMigrationTest {

    @TempDir
    Path dir;

    @Test
    void anOlderDatabaseGetsAnEmptyLogAndLogsEveryWriteAfterwards() throws Exception {
        int before = Migrations.index().indexOf("V014__change_log.sql");
        assertTrue(before > 0, "the migration is listed");
        Path file = TestDatabases.old(dir.resolve("old.gpkg"), before);
        try (Connection c = TestDatabases.raw(file); Statement st = c.createStatement()) {
            st.execute("INSERT INTO sources (key, language, text, text_sha256) VALUES ('old-report', 'ar', 'قصفت القوات مواقع', 'x')");
        }
        try (FuratDatabase db = FuratDatabase.open(file)) {
            assertTrue(db.upgradeNotice().isPresent(), "the older database was upgraded");
            assertEquals(0, (int) db.read(c -> TestDatabases.count(c, "SELECT count(*) FROM change_log")), "the upgrade logs nothing");
            db.transaction(ChangeAction.named("rename report"), c -> {
                c.createStatement().executeUpdate("UPDATE sources SET title = 'Shelling' WHERE key = 'old-report'");
                c.createStatement().executeUpdate("DELETE FROM actors WHERE key = 'someone'");
                return null;
            });
        }
        try (Connection c = TestDatabases.raw(file)) {
            assertEquals(1, TestDatabases.count(c, "SELECT count(*) FROM sources WHERE key = 'old-report'"), "the older rows are kept");
            assertEquals(1, TestDatabases.count(c, "SELECT count(*) FROM change_log l JOIN change_actions a ON a.id = l.action_id "
                    + "WHERE a.name = 'rename report' AND l.table_name = 'sources' AND l.row_key = 'old-report' AND l.field = 'title' "
                    + "AND l.before IS NULL AND l.after = 'Shelling'"));
            assertEquals(1, TestDatabases.count(c, "SELECT count(*) FROM change_log WHERE table_name = 'actors' AND operation = 'delete' "
                    + "AND row_key = 'someone' AND json_extract(before, '$.name_en') = 'Someone'"), "a delete keeps the row as it was");
            for (String table : List.of("sources", "actors", "incidents")) {
                assertEquals(3, TestDatabases.count(c, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '"
                        + ChangeLogTriggers.PREFIX + table + "_%'"), table + " has its triggers after the upgrade");
            }
        }
    }
}
