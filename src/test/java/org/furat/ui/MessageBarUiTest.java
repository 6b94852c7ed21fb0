package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.furat.app.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An error is shown whole under the toolbar, wrapped, until dismissed; the next refresh does not hide it. A
 * read-only database says so as the window opens.
 */
@ExtendWith(ApplicationExtension.class)
class MessageBarUiTest {

    private Workspace workspace;
    private MainWindow window;
    private Stage stage;
    @org.junit.jupiter.api.io.TempDir
    Path root;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        // A deep folder makes the database path, and so the error that names it, longer than the window is wide.
        Path folder = Files.createDirectories(root.resolve("a-folder-with-a-long-name-that-analysts-might-well-use/another-level-of-folders-for-the-project"));
        workspace = Workspace.open(folder.resolve("errors.gpkg"));
        stage.setScene(FuratApplication.scene(workspace, TaskRunner.sameThread(), Fonts.load()));
        window = (MainWindow) stage.getScene().getRoot();
        stage.show();
    }

    @Test
    void aLongErrorIsShownWholeAndStaysUntilDismissed(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#error-bar").query().isVisible(), "no error bar while nothing went wrong");
        assertFalse(robot.lookup("#notice-bar").query().isVisible(), "no notice on a new, writable database");

        workspace.close(); // every read now fails, with a message naming the file
        robot.interact(() -> window.model().filterProperty().set(window.model().filterProperty().get().withText("قصف")));
        WaitForAsyncUtils.waitForFxEvents();

        Label message = robot.lookup("#error-message").queryAs(Label.class);
        assertTrue(robot.lookup("#error-bar").query().isVisible(), "the error bar shows");
        String error = message.getText();
        assertTrue(error.contains("errors.gpkg"), error);
        assertTrue(error.length() > 120, "the test needs an error longer than one line: " + error);
        Text shown = (Text) message.lookup(".text");
        assertEquals(error, shown.getText(), "the error is drawn whole, not cut off with an ellipsis");
        assertTrue(message.getHeight() > message.getFont().getSize() * 1.5, "a long error wraps onto more lines");
        assertTrue(window.model().rowsProperty().get().isEmpty());
        assertTrue(window.model().listCaptionProperty().get().contains("could not be read"),
                "the list does not pretend that nothing matches: " + window.model().listCaptionProperty().get());
        assertEquals("The incidents could not be read", robot.lookup("#incident-list-empty").queryAs(Label.class).getText());
        assertTrue(window.model().statusProperty().get().startsWith("Could not read"), "no stale count stays in the toolbar");

        FxClicks.on(robot, "#error-dismiss");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#error-bar").query().isVisible(), "dismissed");
    }

    @Test
    void aReadOnlyDatabaseSaysSoWhenTheWindowOpens(FxRobot robot) throws Exception {
        Path file = workspace.databaseFile();
        workspace.close();
        Path folder = file.getParent();
        // The owner-write bit off: read-only even for root, whose access checks always pass.
        Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try (Workspace readOnly = Workspace.open(file)) {
            robot.interact(() -> stage.setScene(FuratApplication.scene(readOnly, TaskRunner.sameThread(), Fonts.load())));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(robot.lookup("#notice-bar").query().isVisible(), "the notice bar shows");
            String notice = robot.lookup("#notice-message").queryAs(Label.class).getText();
            assertTrue(notice.contains("read-only") && notice.contains(file.getFileName().toString()), notice);
            assertFalse(robot.lookup("#error-bar").query().isVisible(), "being read-only is not an error");
        } finally {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void damageTheMapDoesNotReadIsFoundByTheBackgroundCheck(FxRobot robot) throws Exception {
        Path file = org.furat.store.TestDatabases.withManySources(root.resolve("damaged-inside.gpkg"));
        try (Workspace first = Workspace.open(file)) {
            first.filter(org.furat.model.IncidentFilter.ALL); // saves the filter columns: the map reads them, no source
        }
        org.furat.store.TestDatabases.damageMiddleOfSources(file);
        try (Workspace damaged = Workspace.open(file)) {
            robot.interact(() -> stage.setScene(FuratApplication.scene(damaged, TaskRunner.sameThread(), Fonts.load())));
            WaitForAsyncUtils.waitForFxEvents();
            MainWindow shown = (MainWindow) stage.getScene().getRoot();
            assertFalse(robot.lookup("#error-bar").query().isVisible(),
                    "the map itself reads only sound pages: " + robot.lookup("#error-message").queryAs(Label.class).getText());

            robot.interact(() -> shown.model().checkDatabase(TaskRunner.sameThread()));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(robot.lookup("#error-bar").query().isVisible(), "the check's finding shows");
            String error = robot.lookup("#error-message").queryAs(Label.class).getText();
            assertTrue(error.contains("damaged-inside.gpkg is damaged") && error.contains("furat check"), error);
        }
    }
}
