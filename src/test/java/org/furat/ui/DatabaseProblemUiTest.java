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

    @org.junit.jupiter.api.io.TempDir
    Path folder;
    private Path notADatabase;
    private byte[] bytes;
    private Stage stage;
    private final AtomicReference<Workspace> opened = new AtomicReference<>();

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        notADatabase = folder.resolve("random-bytes.gpkg");
        bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        Files.write(notADatabase, bytes);
        String why;
        try {
            Workspace.open(notADatabase).close();
            throw new AssertionError("random bytes opened as a database");
        } catch (RuntimeException e) {
            why = e.getMessage();
        }
        stage.setScene(FuratApplication.problemScene(TaskRunner.sameThread(), Fonts.load(), notADatabase.toString(), why, w -> {
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
    void aTeamDatabaseThatCannotBeReachedIsExplainedToo(FxRobot robot) {
        String address = "postgresql://nobody:secret@127.0.0.1:1/furat";
        RuntimeException failure = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> Workspace.open(address));
        robot.interact(() -> stage.setScene(FuratApplication.problemScene(TaskRunner.sameThread(), Fonts.load(), address,
                failure.getMessage(), opened::set)));
        WaitForAsyncUtils.waitForFxEvents();
        String shown = "postgresql://nobody@127.0.0.1:1/furat";
        assertEquals("Database: " + shown, robot.lookup("#problem-file").queryAs(Label.class).getText(), "never the password");
        String why = robot.lookup("#problem-message").queryAs(Label.class).getText();
        assertTrue(why.startsWith("Cannot reach the team database " + shown) && !why.contains("secret"), why);
        assertFalse(robot.lookup("#problem-check").query().isDisabled(), "a team database can be checked once it answers");
        assertFalse(robot.lookup("#problem-open").query().isDisabled(), "a file can be opened instead");
    }

    @Test
    void aDamagedFileIsExplainedAndLeftAsItWas(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        String file = robot.lookup("#problem-file").queryAs(Label.class).getText();
        String problem = robot.lookup("#problem-message").queryAs(Label.class).getText();
        assertTrue(file.contains(notADatabase.getFileName().toString()), file);
        assertTrue(problem.contains(notADatabase.getFileName().toString()), "the message names the file: " + problem);
        for (String action : new String[] {"#problem-open", "#problem-create", "#problem-check", "#problem-quit"}) {
            assertTrue(robot.lookup(action).queryAs(Button.class).isVisible(), action);
        }
        assertArrayEquals(bytes, Files.readAllBytes(notADatabase), "the notADatabase file was not changed");
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
        FxClicks.on(robot, "#problem-check");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problem-findings").queryAs(TextArea.class).isVisible());
        String findings = robot.lookup("#problem-findings").queryAs(TextArea.class).getText();
        assertFalse(findings.isBlank());
        assertTrue(findings.contains("1 problem found") && findings.contains("is not a Furat database"), findings);
        assertArrayEquals(bytes, Files.readAllBytes(notADatabase), "checking did not change the file");
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
    void theActionsWaitWhileADatabaseOpens(FxRobot robot) throws Exception {
        java.util.List<Runnable> pending = new java.util.ArrayList<>();
        TaskRunner later = new TaskRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                                java.util.function.Consumer<Throwable> onFailure) {
                pending.add(() -> TaskRunner.sameThread().run(work, onSuccess, onFailure));
            }
        };
        AtomicReference<Workspace> openedHere = new AtomicReference<>();
        Path fresh = folder.resolve("slow.gpkg");
        robot.interact(() -> {
            DatabaseProblemView view = new DatabaseProblemView(later, Workspace::open, file -> "", openedHere::set);
            view.show(notADatabase.toString(), "test");
            stage.setScene(new javafx.scene.Scene(view, 900, 500));
            view.open(fresh, true);
        });
        for (String action : new String[] {"#problem-open", "#problem-create", "#problem-check"}) {
            assertTrue(robot.lookup(action).queryAs(Button.class).isDisabled(), action + " waits while the database opens");
        }
        robot.interact(() -> pending.forEach(Runnable::run));
        try (Workspace w = openedHere.get()) {
            assertEquals(fresh.toAbsolutePath(), w.databaseFile(), "one database opened");
        }
    }

    @Test
    void aNewDatabaseNeverOverwritesAnExistingFile(FxRobot robot) throws Exception {
        DatabaseProblemView view = robot.lookup("#database-problem").queryAs(DatabaseProblemView.class);
        robot.interact(() -> view.open(notADatabase, true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#problem-message").queryAs(Label.class).getText().contains("already exists"));
        assertArrayEquals(bytes, Files.readAllBytes(notADatabase));
        assertTrue(opened.get() == null);
    }
}
