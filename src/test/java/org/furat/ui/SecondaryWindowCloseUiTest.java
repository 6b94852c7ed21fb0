package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.furat.app.Workspace;
import org.furat.model.IncidentFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The windows the main window opens beside itself (Actors, Recent changes, History, Gazetteer) each close with a Close button or Escape. */
@ExtendWith(ApplicationExtension.class)
class SecondaryWindowCloseUiTest {

    private static Workspace workspace;
    private Stage main;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        workspace = TestWindows.newWorkspace();
        Scene scene = FuratApplication.scene(workspace, TaskRunner.sameThread(), Fonts.load());
        window = (MainWindow) scene.getRoot();
        main = stage;
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void closeWorkspace() {
        if (workspace != null) workspace.close();
    }

    @Test
    void eachWindowClosesWithItsCloseButton(FxRobot robot) {
        assertClosesWithButton(robot, "#actors", "#actors-close");
        assertClosesWithButton(robot, "#recent-changes-button", "#recent-close");
        assertClosesWithButton(robot, "#gazetteer", "#gazetteer-close");
        Window history = openHistory(robot);
        FxClicks.on(robot, closeButtonOf(robot, history, "#history-close"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(history.isShowing(), "History closed");
    }

    @Test
    void eachWindowClosesWithEscape(FxRobot robot) {
        assertClosesWithEscape(robot, open(robot, "#actors"), "#actors-close");
        assertClosesWithEscape(robot, open(robot, "#recent-changes-button"), "#recent-close");
        assertClosesWithEscape(robot, open(robot, "#gazetteer"), "#gazetteer-close");
        assertClosesWithEscape(robot, openHistory(robot), "#history-close");
    }

    private void assertClosesWithButton(FxRobot robot, String opener, String close) {
        Window opened = open(robot, opener);
        FxClicks.on(robot, closeButtonOf(robot, opened, close));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(opened.isShowing(), opener + "'s window closed");
        assertTrue(main.isShowing(), "the main window stays");
    }

    private void assertClosesWithEscape(FxRobot robot, Window opened, String close) {
        // Focus a control in the window first, as an analyst working in it would have.
        Button button = closeButtonOf(robot, opened, close);
        robot.interact(() -> {
            opened.requestFocus();
            button.requestFocus();
        });
        robot.targetWindow(opened).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(opened.isShowing(), close + "'s window closed with Escape");
        assertTrue(main.isShowing(), "the main window stays");
    }

    /** Clicks what opens a window and gives the window it opened. */
    private Window open(FxRobot robot, String opener) {
        List<Window> before = List.copyOf(Window.getWindows());
        FxClicks.on(robot, opener);
        WaitForAsyncUtils.waitForFxEvents();
        return Window.getWindows().stream().filter(w -> w.isShowing() && !before.contains(w)).findFirst().orElseThrow(() -> new AssertionError(opener + " opened no window"));
    }

    /** Opens the History of the first incident from its card. */
    private Window openHistory(FxRobot robot) {
        String key = workspace.incidents(IncidentFilter.ALL).get(0).key();
        robot.interact(() -> window.model().selectPlace(workspace.incident(key).orElseThrow().places().get(0).placeKey()));
        WaitForAsyncUtils.waitForFxEvents();
        List<IncidentRow> rows = IncidentTableRows.listed(robot);
        int row = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i).incident().key().equals(key)).findFirst().orElseThrow();
        robot.interact(() -> IncidentTableRows.table(robot).getSelectionModel().clearAndSelect(row));
        WaitForAsyncUtils.waitForFxEvents();
        List<Window> before = List.copyOf(Window.getWindows());
        Button history = robot.lookup("#incident-card .incident-history").queryAs(Button.class);
        robot.interact(history::fire);
        WaitForAsyncUtils.waitForFxEvents();
        return Window.getWindows().stream().filter(w -> w.isShowing() && !before.contains(w)).findFirst()
                .orElseThrow(() -> new AssertionError("History opened no window"));
    }

    /** The window's Close button, which must be in it and inside its bounds. */
    private static Button closeButtonOf(FxRobot robot, Window opened, String id) {
        Node found = opened.getScene().lookup(id);
        assertTrue(found instanceof Button, id + " in " + opened);
        Button close = (Button) found;
        assertTrue(close.getText().equals("Close") && close.isVisible(), id);
        var box = close.localToScene(close.getBoundsInLocal());
        assertTrue(box.getMinY() >= 0 && box.getMaxY() <= opened.getScene().getHeight() && box.getMaxX() <= opened.getScene().getWidth(),
                id + " lies inside its window: " + box);
        return close;
    }
}
