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

/** An error is shown whole under the toolbar, wrapped, until dismissed; the next refresh does not hide it. */
@ExtendWith(ApplicationExtension.class)
class ErrorBarUiTest {

    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        // A deep folder makes the database path, and so the error that names it, longer than the window is wide.
        Path folder = Files.createDirectories(Files.createTempDirectory("furat-errors")
                .resolve("a-folder-with-a-long-name-that-analysts-might-well-use/another-level-of-folders-for-the-project"));
        workspace = Workspace.open(folder.resolve("errors.gpkg"));
        stage.setScene(FuratApplication.scene(workspace, TaskRunner.sameThread(), Fonts.load()));
        window = (MainWindow) stage.getScene().getRoot();
        stage.show();
    }

    @Test
    void aLongErrorIsShownWholeAndStaysUntilDismissed(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#error-bar").query().isVisible(), "no error bar while nothing went wrong");

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
        assertTrue(window.model().incidents().isEmpty());
        assertTrue(window.model().listCaptionProperty().get().contains("could not be read"),
                "the list does not pretend that nothing matches: " + window.model().listCaptionProperty().get());

        robot.clickOn("#error-dismiss");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#error-bar").query().isVisible(), "dismissed");
    }
}
