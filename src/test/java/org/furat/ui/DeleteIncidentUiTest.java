package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.furat.app.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Deleting an incident from its card (the table's chosen row) asks why and will not go on without a reason; the incident leaves the list and
 * the counts, comes back marked with its reason under "Show deleted", and its Restore button gives it back.
 */
@ExtendWith(ApplicationExtension.class)
class DeleteIncidentUiTest {

    private static Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        workspace = TestWindows.newWorkspace();
        window = TestWindows.show(stage, workspace);
    }

    @AfterAll
    static void closeWorkspace() {
        if (workspace != null) workspace.close();
    }

    private static List<String> listed(FxRobot robot) {
        return IncidentTableRows.listed(robot).stream().map(r -> r.incident().key()).toList();
    }

    /** The button with this style class on the card of the incident with this key, its row chosen in the table. */
    private static Button button(FxRobot robot, String styleClass, String key) {
        int row = listed(robot).indexOf(key);
        assertTrue(row >= 0, key + " is in the table");
        robot.interact(() -> IncidentTableRows.table(robot).getSelectionModel().clearAndSelect(row));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#incident-card .incident-when").queryAs(Label.class).getText().startsWith(key), "the card shows " + key);
        Button button = robot.lookup("#incident-card ." + styleClass).queryAs(Button.class);
        assertTrue(button.isVisible(), "the card of " + key + " shows its " + styleClass);
        return button;
    }

    @Test
    void anIncidentDeletedWithAReasonLeavesTheListAndIsRestoredFromShowDeleted(FxRobot robot) {
        MainViewModel model = window.model();
        WaitForAsyncUtils.waitForFxEvents();
        String key = listed(robot).get(0);
        int count = model.resultProperty().get().count();

        FxClicks.on(robot, button(robot, "delete-incident", key));
        WaitForAsyncUtils.waitForFxEvents();
        Button confirm = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Delete")).findFirst().orElseThrow();
        assertTrue(confirm.isDisabled(), "no deleting without a reason");
        FxClicks.on(robot, "#delete-reason").write("   ");
        assertTrue(confirm.isDisabled(), "a blank reason is none");
        FxClicks.on(robot, "#delete-reason").write("a duplicate");
        assertFalse(confirm.isDisabled());
        FxClicks.on(robot, confirm);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("a duplicate", workspace.deletion(key).orElseThrow().reason().strip());
        assertFalse(listed(robot).contains(key), "the list leaves it out");
        assertEquals(count - 1, model.resultProperty().get().count(), "and the counts");

        FxClicks.on(robot, "#show-deleted");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.filterProperty().get().showDeleted());
        assertTrue(listed(robot).contains(key), "shown again with the deleted ones");
        for (var link : workspace.incident(key).orElseThrow().places()) {
            boolean onlyDeleted = workspace.incidents(org.furat.model.IncidentFilter.ALL.withShowDeleted(true)
                    .withPlaces(java.util.Set.of(link.placeKey()))).stream().allMatch(i -> workspace.deletion(i.key()).isPresent());
            model.pins().stream().filter(p -> p.key().equals(link.placeKey())).forEach(p ->
                    assertEquals(onlyDeleted, p.deleted(), "the pin of " + p.key() + " is drawn as deleted only when all it shows is"));
        }
        assertTrue(model.pins().stream().anyMatch(p -> !p.deleted()), "live places stay as they are");
        Button restore = button(robot, "restore-incident", key);
        Label mark = robot.lookup("#incident-card .incident-deleted").queryAs(Label.class);
        assertTrue(mark.isVisible() && mark.getText().endsWith("a duplicate"), mark.getText());

        FxClicks.on(robot, restore);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(workspace.deletion(key).isEmpty());
        FxClicks.on(robot, "#show-deleted");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#show-deleted").queryAs(CheckBox.class).isSelected());
        assertTrue(listed(robot).contains(key), "restored, it is listed as before");
        assertTrue(model.pins().stream().noneMatch(org.furat.map.Pin::deleted), "no pin is drawn as deleted");
        assertEquals(count, model.resultProperty().get().count());
    }
}
