package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.furat.app.AppVersion;
import org.furat.app.Workspace;
import org.furat.store.server.TeamServer;
import org.furat.store.server.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a team database shows who is connected and as what, and offers only what their role allows: an
 * analyst imports and edits but neither verifies, deletes, merges nor changes the gazetteer; a viewer changes nothing
 * and is told so as the window opens.
 */
@ExtendWith(ApplicationExtension.class)
class TeamWindowUiTest {

    private Stage stage;
    private TestServer server;
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (workspace != null) workspace.close();
        if (server != null) server.close();
    }

    /** A seeded team database, opened in the window as a new user with {@code role}; the user's name. */
    private String openAs(FxRobot robot, TeamServer.Role role) {
        server = TestServer.start();
        TeamServer.init(server.database, AppVersion.current());
        Workspace.open(server.database.toString()).close(); // the owner's first open seeds it
        String user = server.user(role.name().toLowerCase(java.util.Locale.ROOT), role).toString();
        workspace = Workspace.open(user);
        robot.interact(() -> {
            stage.setScene(FuratApplication.scene(workspace, TaskRunner.sameThread(), Fonts.load()));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return workspace.access().user();
    }

    @Test
    void anAnalystIsOfferedImportsAndEditsButNotAnEditorsActions(FxRobot robot) {
        String user = openAs(robot, TeamServer.Role.ANALYST);
        MainWindow window = (MainWindow) stage.getScene().getRoot();
        String status = window.model().statusProperty().get();
        assertTrue(status.contains("as " + user + " (analyst"), status);
        assertFalse(robot.lookup("#import").query().isDisabled(), "an analyst imports");
        assertFalse(robot.lookup("#new-incident").query().isDisabled(), "an analyst codes incidents");
        assertTrue(robot.lookup("#gazetteer").query().isDisabled(), "the gazetteer is an editor's");
        assertTrue(robot.lookup("#actors").query().isDisabled(), "the actors are an editor's");
        MenuButton setStatus = robot.lookup("#bulk-status").queryAs(MenuButton.class);
        for (MenuItem item : setStatus.getItems()) {
            assertTrue(item.isDisable() == item.getId().equals("bulk-status-verified"), item.getId() + " offered only if not verifying");
        }
        assertFalse(robot.lookup("#notice-bar").query().isVisible(), "nothing to warn an analyst of");

        robot.interact(() -> window.model().serverReach("Cannot reach the team database " + server.database + " (Connection refused)"));
        WaitForAsyncUtils.waitForFxEvents();
        String lost = robot.lookup("#notice-message").queryAs(Label.class).getText();
        assertTrue(robot.lookup("#notice-bar").query().isVisible() && lost.contains("Cannot reach") && lost.contains("stays on screen"), lost);
        robot.interact(() -> window.model().serverReach(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#notice-message").queryAs(Label.class).getText().contains("answers again"));
    }

    @Test
    void aViewerIsToldAndOfferedNoChange(FxRobot robot) {
        String user = openAs(robot, TeamServer.Role.VIEWER);
        assertTrue(robot.lookup("#notice-bar").query().isVisible(), "the notice bar shows");
        String notice = robot.lookup("#notice-message").queryAs(Label.class).getText();
        assertTrue(notice.contains("viewer") && notice.contains(user), notice);
        for (String button : new String[] {"#import", "#new-incident", "#gazetteer", "#actors"}) {
            assertTrue(robot.lookup(button).query().isDisabled(), button + " is off for a viewer");
        }
        MainWindow window = (MainWindow) stage.getScene().getRoot();
        assertTrue(window.model().statusProperty().get().contains("(viewer: may look and export)"), window.model().statusProperty().get());

        // The map's menu on a pin: its changes greyed, not offered and then refused.
        javafx.geometry.Point2D pin = window.map().pinPosition("khasham").orElseThrow(() -> new AssertionError("no khasham pin"));
        robot.moveTo(window.map().localToScreen(pin)).clickOn(javafx.scene.input.MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        for (String item : new String[] {"#new-place-here", "#new-incident-here", "#edit-place", "#move-place", "#merge-place", "#delete-place"}) {
            javafx.scene.Node shown = robot.lookup(item).query(); // the menu's row for the item, greyed as the item is off
            assertTrue(shown.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("disabled")), item + " is off for a viewer");
        }
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }
}
