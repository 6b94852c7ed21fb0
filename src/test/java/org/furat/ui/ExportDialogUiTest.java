package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.furat.app.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export window's plan and outcome lines are shown whole, however long (a full disk's message is). */
@ExtendWith(ApplicationExtension.class)
class ExportDialogUiTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        workspace = Workspace.open(dir.resolve("export-ui.gpkg"));
        stage.setScene(FuratApplication.scene(workspace, TaskRunner.sameThread(), Fonts.load()));
        window = (MainWindow) stage.getScene().getRoot();
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aLongOutcomeIsShownWhole(FxRobot robot) {
        FxClicks.on(robot, "#export");
        WaitForAsyncUtils.waitForFxEvents();
        Label outcome = robot.lookup("#export-outcome").queryAs(Label.class);
        String message = "The disk holding " + dir.resolve("a folder with a long name/and another one") + " is full; nothing "
                + "was written, and any files already there are as they were. Free some space on it, or choose another "
                + "folder, and export again.";
        robot.interact(() -> outcome.setText(message));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        Text shown = (Text) outcome.lookup(".text");
        assertEquals(message, shown.getText(), "the outcome is drawn whole, not cut off with an ellipsis");
        assertTrue(outcome.getHeight() >= outcome.prefHeight(outcome.getWidth()) - 0.5, "the window grew to hold every line");
        Label plan = robot.lookup("#export-plan").queryAs(Label.class);
        assertEquals(plan.getText(), ((Text) plan.lookup(".text")).getText(), "the plan line is whole too");
    }
}
