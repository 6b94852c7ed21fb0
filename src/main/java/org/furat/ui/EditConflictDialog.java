package org.furat.ui;

import java.util.Optional;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.furat.app.ConcurrentEdit;
import org.furat.app.EditConflict;

/**
 * Shows the fields of an incident that someone else changed, differently, while the analyst was correcting it: each
 * as it was when opened, as they saved it and as the analyst wants it; the analyst keeps theirs or their own, or
 * cancels (nothing saved). Fields only one of them changed are not asked about: both are kept.
 */
final class EditConflictDialog {

    private EditConflictDialog() {}

    static Optional<ConcurrentEdit.Settle> ask(Window owner, EditConflict conflict) {
        Dialog<ConcurrentEdit.Settle> dialog = new Dialog<>();
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle("Changed meanwhile");
        dialog.setHeaderText(conflict.getMessage());
        ButtonType mine = new ButtonType("Keep mine", ButtonBar.ButtonData.OK_DONE);
        ButtonType theirs = new ButtonType("Take " + conflict.changedBy() + "'s", ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().addAll(mine, theirs, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(table(conflict));
        dialog.getDialogPane().setPrefWidth(760);
        dialog.setResizable(true);
        dialog.setResultConverter(button -> button == mine ? ConcurrentEdit.Settle.KEEP_MINE
                : button == theirs ? ConcurrentEdit.Settle.TAKE_THEIRS : null);
        // Once shown and centred on its owner (which the dialog does after its shown event).
        dialog.setOnShown(e -> javafx.application.Platform.runLater(() -> keepOnScreen(dialog.getDialogPane().getScene().getWindow())));
        return dialog.showAndWait();
    }

    /**
     * Moves a dialog centred on a small window near the screen's edge back inside the screen, so that its buttons can
     * be reached.
     */
    private static void keepOnScreen(Window window) {
        var screens = javafx.stage.Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(), window.getHeight());
        javafx.geometry.Rectangle2D bounds = (screens.isEmpty() ? javafx.stage.Screen.getPrimary() : screens.get(0)).getVisualBounds();
        window.setX(Math.max(bounds.getMinX(), Math.min(window.getX(), bounds.getMaxX() - window.getWidth())));
        window.setY(Math.max(bounds.getMinY(), Math.min(window.getY(), bounds.getMaxY() - window.getHeight())));
    }

    private static GridPane table(EditConflict conflict) {
        GridPane grid = new GridPane();
        grid.setId("edit-conflicts");
        grid.setHgap(14);
        grid.setVgap(6);
        String[] heads = {"Field", "When you opened it", conflict.changedBy() + " saved", "Yours"};
        for (int column = 0; column < heads.length; column++) {
            Label head = new Label(heads[column]);
            head.getStyleClass().add("conflict-head");
            grid.add(head, column, 0);
            ColumnConstraints width = new ColumnConstraints();
            width.setPercentWidth(column == 0 ? 16 : 28);
            grid.getColumnConstraints().add(width);
        }
        int row = 1;
        for (ConcurrentEdit.Conflict c : conflict.conflicts()) {
            grid.add(new Label(c.field()), 0, row);
            grid.add(value(c.opened()), 1, row);
            grid.add(value(c.theirs()), 2, row);
            grid.add(value(c.mine()), 3, row);
            row++;
        }
        return grid;
    }

    /** A value as written, right to left when it is Arabic; an empty one says so. */
    private static Label value(String text) {
        Label label = new Label(text.isEmpty() ? "(empty)" : text);
        label.setWrapText(true);
        NodeOrientation direction = TextDirection.of(text);
        label.setNodeOrientation(direction);
        return label;
    }
}
