package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;
import org.furat.app.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A save that waits for the database (another writer holds it) says so in the notice bar after a second, rather than
 * nothing telling the analyst it is still to come; once written, the notice says what was saved.
 */
@ExtendWith(ApplicationExtension.class)
class SlowSaveNoticeTest {

    @TempDir
    Path dir;

    private static String notice(FxRobot robot, MainViewModel model) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> text.set(model.noticeProperty().get()));
        return text.get();
    }

    @Test
    void aSaveThatWaitsForAnotherWriterSaysSoAndThenWhatItSaved(FxRobot robot) throws Exception {
        Path file = dir.resolve("db.gpkg");
        try (Workspace mine = Workspace.open(file); BackgroundTasks tasks = new BackgroundTasks("slow-save-test");
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = other.createStatement()) {
            AtomicReference<MainViewModel> model = new AtomicReference<>();
            robot.interact(() -> {
                model.set(new MainViewModel(mine, tasks));
                model.get().load();
            });
            WaitForAsyncUtils.waitForFxEvents();
            String key = mine.newestIncidents(mine.filter(org.furat.model.IncidentFilter.ALL), 1).get(0).key();

            st.execute("BEGIN IMMEDIATE"); // another writer holds the file
            robot.interact(() -> model.get().deleteIncident(key, "a duplicate"));
            Thread.sleep(1_600);
            String waiting = notice(robot, model.get());
            assertTrue(waiting != null && waiting.startsWith("Saving…"), "the wait is said: " + waiting);

            st.execute("COMMIT");
            long until = System.currentTimeMillis() + 20_000;
            String said = waiting;
            while (said != null && said.startsWith("Saving…") && System.currentTimeMillis() < until) {
                Thread.sleep(100);
                said = notice(robot, model.get());
            }
            assertTrue(said != null && !said.startsWith("Saving…") && said.contains(key), "then what was saved: " + said);
        }
    }
}
