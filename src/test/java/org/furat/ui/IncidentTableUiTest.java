package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.furat.app.SyntheticIncidents;
import org.furat.app.Workspace;
import org.furat.model.ChangeEntry;
import org.furat.model.ChangeQuery;
import org.furat.model.ChangeRecord;
import org.furat.model.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The incident table on a synthetic database of a few thousand incidents: it holds every incident the filter matches,
 * sorts by date, type and status from its headers, shows the focused row's card on Enter, and changes the status of
 * (or deletes) several chosen rows at once, each as one action of the change log.
 */
@ExtendWith(ApplicationExtension.class)
class IncidentTableUiTest {

    private static final int INCIDENTS = 2000;
    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("furat-table");
        Path file = folder.resolve("table.gpkg");
        SyntheticIncidents.createDatabase(file, INCIDENTS, 5);
        workspace = Workspace.open(file);
        window = TestWindows.show(stage, workspace);
    }

    @AfterEach
    void closeWorkspace() {
        if (workspace != null) workspace.close();
    }

    private void filterBy(FxRobot robot, Set<Status> statuses) {
        robot.interact(() -> window.model().filterProperty().set(MainViewModel.DEFAULT_FILTER.withStatuses(statuses)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTableHoldsEveryIncidentTheFilterMatchesNotOnlyTheNewest(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<RowRef> table = IncidentTableRows.table(robot);
        int matching = window.model().resultProperty().get().count();
        assertTrue(matching > 500, "the synthetic database has more matching incidents than the old list of cards showed: " + matching);
        assertEquals(matching, table.getItems().size());
        assertEquals(Labels.count(matching, "incident"), robot.lookup("#list-caption").queryAs(Label.class).getText());
        List<IncidentRow> rows = IncidentTableRows.listed(robot);
        assertEquals(matching, rows.stream().map(r -> r.incident().key()).distinct().count(), "each incident once");
        assertTrue(rows.stream().allMatch(r -> r.incident().status() == Status.VERIFIED), "the window's filter: verified only");

        filterBy(robot, Set.of());
        assertEquals(INCIDENTS, table.getItems().size(), "with every status, every incident");
        robot.interact(() -> table.scrollTo(INCIDENTS - 1));
        WaitForAsyncUtils.waitForFxEvents();
        String lastKey = IncidentTableRows.listed(robot).get(INCIDENTS - 1).incident().key();
        assertTrue(robot.lookup("#incident-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .anyMatch(c -> lastKey.equals(c.getText())), "scrolled to the end, the last row is read and drawn");
        assertTrue(robot.lookup("#incident-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> lastKey.equals(c.getText())).allMatch(c -> c.getTooltip() != null && lastKey.equals(c.getTooltip().getText())),
                "a cell's tooltip holds its whole text, which a narrow column cuts");
    }

    @Test
    void clickingTheHeadersSortsByDateTypeAndStatus(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<LocalDate> starts = starts(robot);
        assertTrue(isSorted(starts, Comparator.<LocalDate>reverseOrder()), "newest first at the start");
        assertNotEquals(starts.get(0), starts.get(starts.size() - 1));

        FxClicks.on(robot, "#column-date");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(isSorted(starts(robot), Comparator.naturalOrder()), "oldest first after a click on Date");

        FxClicks.on(robot, "#column-type");
        WaitForAsyncUtils.waitForFxEvents();
        List<IncidentRow> byType = IncidentTableRows.listed(robot);
        Comparator<IncidentRow> typeOrder = Comparator.comparing((IncidentRow r) -> r.incident().eventType().label())
                .thenComparing(r -> r.incident().subEventType().label());
        assertTrue(isSorted(byType, typeOrder), "by type and sub-type, as the column reads");
        assertTrue(isSorted(byType, typeOrder.thenComparing(r -> r.incident().dates().start(), Comparator.reverseOrder())),
                "newest first within a type");

        filterBy(robot, Set.of());
        FxClicks.on(robot, "#column-status");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> statuses = IncidentTableRows.listed(robot).stream().map(r -> r.incident().status().code()).toList();
        assertTrue(isSorted(statuses, Comparator.naturalOrder()), "by status");
        assertEquals(3, statuses.stream().distinct().count(), "all three statuses are listed");
    }

    @Test
    void settingTheStatusOfChosenRowsWritesOneActionOfTheChangeLog(FxRobot robot) {
        filterBy(robot, Set.of(Status.PROPOSED));
        TableView<RowRef> table = IncidentTableRows.table(robot);
        int before = table.getItems().size();
        List<String> keys = IncidentTableRows.listed(robot).subList(0, 3).stream().map(r -> r.incident().key()).toList();
        robot.interact(() -> table.getSelectionModel().selectRange(0, 3));
        assertEquals("3 chosen", robot.lookup("#chosen-count").queryAs(Label.class).getText());

        MenuButton setStatus = robot.lookup("#bulk-status").queryAs(MenuButton.class);
        assertFalse(setStatus.isDisabled());
        // The confirmation waits for an answer: fired without waiting for it, as a click on the menu item would be.
        javafx.application.Platform.runLater(() -> setStatus.getItems().stream()
                .filter(i -> "bulk-status-verified".equals(i.getId())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        FxClicks.on(robot, dialogButton(robot, "OK"));
        WaitForAsyncUtils.waitForFxEvents();

        for (String key : keys) assertEquals(Status.VERIFIED, workspace.incident(key).orElseThrow().status(), key);
        ChangeRecord action = workspace.history(ChangeQuery.all(1)).get(0);
        assertEquals("set status", action.name());
        assertEquals(keys.stream().sorted().map(k -> new ChangeEntry("incidents", k, "update", "status", "proposed", "verified")).toList(),
                action.changes().stream().sorted(Comparator.comparing(ChangeEntry::key)).toList(), "one action, the three changes");
        assertEquals(before - 3, table.getItems().size(), "no longer proposed, they leave the table of proposals");
        assertEquals("3 incidents set to verified", robot.lookup("#bulk-outcome").queryAs(Label.class).getText());
    }

    @Test
    void theDeleteKeyDeletesTheChosenRowsForOneReason(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<RowRef> table = IncidentTableRows.table(robot);
        int before = table.getItems().size();
        List<String> keys = IncidentTableRows.listed(robot).subList(10, 14).stream().map(r -> r.incident().key()).toList();
        robot.interact(() -> table.getSelectionModel().selectRange(10, 14));
        robot.interact(table::requestFocus);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        FxClicks.on(robot, "#delete-reason").write("duplicates of one report");
        FxClicks.on(robot, dialogButton(robot, "Delete"));
        WaitForAsyncUtils.waitForFxEvents();

        for (String key : keys) assertEquals("duplicates of one report", workspace.deletion(key).orElseThrow().reason(), key);
        ChangeRecord action = workspace.history(ChangeQuery.all(1)).get(0);
        assertEquals("delete incident", action.name());
        assertEquals("duplicates of one report", action.why());
        assertEquals(Set.copyOf(keys), action.changes().stream().map(ChangeEntry::key).collect(java.util.stream.Collectors.toSet()),
                "the four deletions are one action");
        assertEquals(before - 4, table.getItems().size());
    }

    @Test
    void enterShowsTheFocusedRowAsItsCard(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<RowRef> table = IncidentTableRows.table(robot);
        String key = IncidentTableRows.listed(robot).get(7).incident().key();
        robot.interact(() -> {
            table.requestFocus();
            table.getFocusModel().focus(7);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(7), table.getSelectionModel().getSelectedIndices());
        assertTrue(robot.lookup("#incident-card .incident-when").queryAs(Label.class).getText().startsWith(key + "  ·"),
                "the card shows the focused row");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        String next = IncidentTableRows.listed(robot).get(8).incident().key();
        assertTrue(robot.lookup("#incident-card .incident-when").queryAs(Label.class).getText().startsWith(next + "  ·"),
                "the arrow keys move the card along");
    }

    private static Button dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream().filter(b -> b.getText().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no " + text + " button in a dialog"));
    }

    private static List<LocalDate> starts(FxRobot robot) {
        return IncidentTableRows.listed(robot).stream().map(r -> r.incident().dates().start()).toList();
    }

    private static <T> boolean isSorted(List<T> items, Comparator<? super T> order) {
        for (int i = 1; i < items.size(); i++) if (order.compare(items.get(i - 1), items.get(i)) > 0) return false;
        return true;
    }
}
