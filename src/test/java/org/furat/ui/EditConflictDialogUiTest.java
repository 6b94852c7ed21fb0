package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.furat.app.ConcurrentEdit;
import org.furat.app.EditConflict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Changed meanwhile": each field both analysts changed, three ways, and the analyst's answer. */
@ExtendWith(ApplicationExtension.class)
class EditConflictDialogUiTest {

    private Stage stage;
    private final EditConflict conflict = new EditConflict("INC-7", List.of(
            new ConcurrentEdit.Conflict("killed", "3", "5", "4"),
            new ConcurrentEdit.Conflict("description in Arabic", "", "قصف مدفعي على القرية", "قصف على القرية")), "Sara");

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private CompletableFuture<Optional<ConcurrentEdit.Settle>> ask() {
        CompletableFuture<Optional<ConcurrentEdit.Settle>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(EditConflictDialog.ask(stage, conflict)));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    @Test
    void eachFieldShowsAsOpenedAsTheySavedItAndAsMineAndKeepMineIsTheAnswer(FxRobot robot) throws Exception {
        CompletableFuture<Optional<ConcurrentEdit.Settle>> answer = ask();
        GridPane grid = robot.lookup("#edit-conflicts").queryAs(GridPane.class);
        List<Label> cells = grid.getChildren().stream().map(Label.class::cast).toList();
        assertEquals(List.of("Field", "When you opened it", "Sara saved", "Yours", "killed", "3", "5", "4",
                "description in Arabic", "(empty)", "قصف مدفعي على القرية", "قصف على القرية"), cells.stream().map(Label::getText).toList());
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, cells.get(10).getNodeOrientation(), "Arabic reads right to left");
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, cells.get(5).getNodeOrientation());
        FxClicks.on(robot, "Keep mine");
        assertEquals(Optional.of(ConcurrentEdit.Settle.KEEP_MINE), answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void theirsCanBeTakenOrTheSaveCancelled(FxRobot robot) throws Exception {
        CompletableFuture<Optional<ConcurrentEdit.Settle>> answer = ask();
        FxClicks.on(robot, "Take Sara's");
        assertEquals(Optional.of(ConcurrentEdit.Settle.TAKE_THEIRS), answer.get(10, TimeUnit.SECONDS));
        answer = ask();
        FxClicks.on(robot, "Cancel");
        assertEquals(Optional.empty(), answer.get(10, TimeUnit.SECONDS));
    }
}
