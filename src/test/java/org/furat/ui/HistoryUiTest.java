package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.furat.app.Workspace;
import org.furat.model.IncidentFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An incident card's History button opens its history, newest action first, by the analyst named in the toolbar, with
 * an Arabic reason laid out right to left; Recent changes lists the database's actions, each opening to its changes.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryUiTest {

    private static final String REASON = "مكرر: الحدث نفسه مسجل في تقرير آخر";
    private static Workspace workspace;
    private MainWindow window;
    private String key;

    @Start
    void start(Stage stage) throws IOException {
        workspace = TestWindows.newWorkspace();
        workspace.setAnalystName("Layla Hassan");
        key = workspace.incidents(IncidentFilter.ALL).stream().filter(i -> i.places().stream().anyMatch(p -> p.placeKey().equals("hatla")))
                .findFirst().orElseThrow().key();
        workspace.deleteIncident(key, REASON);
        workspace.restoreIncident(key);
        window = TestWindows.show(stage, workspace);
    }

    @AfterAll
    static void closeWorkspace() {
        if (workspace != null) workspace.close();
    }

    @Test
    void theToolbarSaysWhoChangesAreRecordedAs(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Recorded as: Layla Hassan", robot.lookup("#analyst-button").queryAs(Button.class).getText());
    }

    @Test
    void anIncidentsHistoryListsItsActionsNewestFirstWithTheArabicReasonRightToLeft(FxRobot robot) {
        robot.interact(() -> window.model().selectPlace("hatla"));
        WaitForAsyncUtils.waitForFxEvents();
        // Choose the incident's row in the table: its card shows, with the History button.
        List<IncidentRow> rows = IncidentTableRows.listed(robot);
        int row = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i).incident().key().equals(key)).findFirst().orElseThrow();
        robot.interact(() -> IncidentTableRows.table(robot).getSelectionModel().clearAndSelect(row));
        WaitForAsyncUtils.waitForFxEvents();
        Button history = robot.lookup("#incident-card .incident-history").queryAs(Button.class);
        robot.interact(history::fire);
        WaitForAsyncUtils.waitForFxEvents();

        HistoryWindow panel = root(HistoryWindow.class);
        List<String> headers = panel.actions().getChildren().stream().map(n -> ((Label) n.lookup(".action-header")).getText()).toList();
        assertEquals(3, headers.size(), headers.toString());
        assertTrue(headers.get(0).contains("Layla Hassan") && headers.get(0).contains("restore incident"), headers.get(0));
        assertTrue(headers.get(1).contains("delete incident") && headers.get(1).contains(REASON), headers.get(1));
        assertTrue(headers.get(2).contains("seed new database"), headers.get(2));

        // The reason, an Arabic value, has a line of its own laid out right to left.
        TextFlow reason = panel.actions().getChildren().get(1).lookupAll(".change-value-flow").stream().map(TextFlow.class::cast)
                .filter(f -> text(f).equals(REASON)).findFirst().orElseThrow(() -> new AssertionError("the reason is not shown whole"));
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, reason.getEffectiveNodeOrientation());
        // The seed's links read by the places' names, and the incident's own key is not repeated on each line.
        String created = panel.actions().getChildren().get(2).lookupAll(".change-line").stream().map(n -> text((TextFlow) n))
                .reduce("", (a, b) -> a + "\n" + b);
        assertTrue(created.contains("place added: Hatla (حطلة) as target"), created);
        assertFalse(created.contains(key), created);
    }

    @Test
    void recentChangesListsTheActionsAndOpensOneToItsChanges(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        FxClicks.on(robot, "#recent-changes-button");
        WaitForAsyncUtils.waitForFxEvents();
        RecentChangesWindow recent = root(RecentChangesWindow.class);
        List<TitledPane> panes = recent.actions().getChildren().stream().map(TitledPane.class::cast).toList();
        assertEquals(4, panes.size(), "restore, delete, set analyst name, seed");
        assertTrue(((Label) panes.get(0).getGraphic()).getText().contains("restore incident"));
        assertTrue(panes.get(0).getContent() == null, "changes are read when an action is opened");

        robot.interact(() -> panes.get(1).setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        Hyperlink link = (Hyperlink) panes.get(1).getContent().lookup(".change-incident-link");
        assertEquals(key, link.getText());
        robot.interact(link::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(key, WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get(),
                "the key is copied");
        var excerpt = window.model().excerptProperty().get();
        assertTrue(excerpt != null && !excerpt.isEmpty(), "and the incident's source shows");
        assertEquals(workspace.incident(key).orElseThrow().evidence().get(0).sourceKey(), excerpt.get(0).source().key());

        robot.interact(() -> {
            recent.whoFilter().setValue(System.getProperty("user.name"));
            recent.reload();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, recent.actions().getChildren().size(), "only the seed was made by the computer's user");
    }

    /** The content of the open window whose root is of this class. */
    private static <T> T root(Class<T> type) {
        return javafx.stage.Window.getWindows().stream().filter(w -> w.getScene() != null && type.isInstance(w.getScene().getRoot()))
                .map(w -> type.cast(w.getScene().getRoot())).findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " open"));
    }

    private static String text(TextFlow flow) {
        StringBuilder b = new StringBuilder();
        for (Node n : flow.getChildren()) {
            if (n instanceof Text t) b.append(t.getText());
            else if (n instanceof Hyperlink h) b.append(h.getText());
        }
        return b.toString();
    }

}
