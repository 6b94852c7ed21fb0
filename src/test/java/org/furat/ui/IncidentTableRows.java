package org.furat.ui;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Reads the incident table's rows in a test whose window runs its work on the FX thread (TaskRunner.sameThread). */
final class IncidentTableRows {

    private IncidentTableRows() {}

    @SuppressWarnings("unchecked")
    static TableView<RowRef> table(FxRobot robot) {
        return robot.lookup("#incident-table").queryAs(TableView.class);
    }

    /** Every row of the table, in its order: each row's page read on the FX thread, as scrolling to it would. */
    static List<IncidentRow> listed(FxRobot robot) {
        TableView<RowRef> table = table(robot);
        try {
            return WaitForAsyncUtils.asyncFx(() -> table.getItems().stream().map(r -> {
                IncidentRow row = r.value().getValue();
                if (row == null) throw new AssertionError("row " + r.row() + " was not read: is the task runner the same thread?");
                return row;
            }).toList()).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("the table's rows could not be read", e);
        }
    }
}
