package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.furat.app.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A database that cannot be opened gets a window that says what is wrong, with which file, and offers a way on
 * (another database, a new one, a check of this one) instead of the application exiting; the file is untouched.
 */
@ExtendWith(ApplicationExtension.class)
class DatabaseProblemUiTest {

    private Path folder;
    private Path damaged;
    private byte[] bytes;
    private Stage stage;
    private final AtomicReference<Workspace> opened = new AtomicReference<>();

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        folder = Files.createTempDirectory("furat-problem");
        damaged = folder.resolve("damaged.gpkg");
        bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        Files.write(damaged, bytes);
        String why;
        try {
            Workspace.open(damaged).close();
            throw new AssertionError("random bytes opened as a database");
        } catch (RuntimeException e) {
            why = e.getMessage();
        }
        stage.setScene(FuratApplication.problemScene(TaskRunner.sameThread(), Fonts.load(), damaged, why, w -> {
            opened.set(w);
            stage.setScene(FuratApplication.scene(w, TaskRunner.sameThread(), Fonts.load()));
        }));
        stage.show();
    }

    @AfterEach
    void close() {
        if (opened.get() != null) opened.get().close();
    }

    @Test
    void aDamagedFileIsExplainedAndLeftAsItWas(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        String file = robot.lookup("#problem-file").queryAs(Label.class).getText();
        String problem = robot.lookup("#problem-message").queryAs(Label.class).getText();
        assertTrue(file.contains(damaged.getFileName().toString()), file);
        assertTrue(problem.contains(damaged.getFileName().toString()), "the message names the file: " + problem);
        for (String action : new String[] {"#problem-open", "#problem-create", "#problem-check", "#problem-quit"}) {
            assertTrue(robot.lookup(action).queryAs(Button.class).isVisible(), action);
        }
        assertArrayEquals(bytes, Files.readAllBytes(damaged), "the damaged file was not changed");
        snapshot(robot, "database-problem.png");
    }

    private void snapshot(FxRobot robot, String name) throws IOException {
        javafx.scene.Scene scene = stage.getScene();
        var shot = new javafx.scene.image.WritableImage((int) scene.getWidth(), (int) scene.getHeight());
        robot.interact(() -> scene.snapshot(shot));
        Path target = Path.of("target", "ui-snapshots");
        Files.createDirectories(target);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot, null), "png", target.resolve(name).toFile());
    }

    @Test
    void checkingTheFileSaysWhatIsWrongWithoutChangingIt(FxRobot robot) throws Exception {
        robot.clickOn("#problem-check");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problem-findings").queryAs(TextArea.class).isVisible());
        String findings = robot.lookup("#problem-findings").queryAs(TextArea.class).getText();
        assertFalse(findings.isBlank());
        assertTrue(findings.toLowerCase().contains("not a") || findings.toLowerCase().contains("damaged"), findings);
        assertArrayEquals(bytes, Files.readAllBytes(damaged), "checking did not change the file");
    }

    @Test
    void creatingANewDatabaseOpensTheMapOnIt(FxRobot robot) throws Exception {
        DatabaseProblemView view = robot.lookup("#database-problem").queryAs(DatabaseProblemView.class);
        Path fresh = folder.resolve("fresh.gpkg");
        robot.interact(() -> view.open(fresh, true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(opened.get() != null, "the new database was opened");
        assertEquals(fresh.toAbsolutePath(), opened.get().databaseFile());
        assertTrue(stage.getScene().getRoot() instanceof MainWindow, "the map window replaced the problem view");
    }

    @Test
    void aNewDatabaseNeverOverwritesAnExistingFile(FxRobot robot) throws Exception {
        DatabaseProblemView view = robot.lookup("#database-problem").queryAs(DatabaseProblemView.class);
        robot.interact(() -> view.open(damaged, true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#problem-message").queryAs(Label.class).getText().contains("already exists"));
        assertArrayEquals(bytes, Files.readAllBytes(damaged));
        assertTrue(opened.get() == null);
    }
}
