package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.furat.app.Importer;
import org.furat.app.ReviewDraft;
import org.furat.app.Workspace;
import org.furat.model.Place;
import org.furat.model.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Review this report again" under an incident's source reopens the report's saved review and opens it. */
@ExtendWith(ApplicationExtension.class)
class ReviewAgainUiTest {

    private Workspace workspace;
    private String accepted;

    @Start
    void start(Stage stage) throws IOException {
        workspace = TestWindows.newWorkspace();
        String text = "قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور، ما أدى إلى مقتل مدنيين اثنين.";
        String source = workspace.importer().importReport("report.txt", text.getBytes(StandardCharsets.UTF_8),
                new Importer.Metadata(LocalDate.of(2024, 11, 20), "Test outlet", null, "ar"), false).sourceKey();
        ReviewDraft draft = new ReviewDraft(workspace.reviewer().open(source), workspace.places().stream().map(Place::key).toList());
        accepted = draft.proposalKeys().get(0);
        draft.accept(accepted);
        workspace.reviewer().apply(draft);
        Scene scene = FuratApplication.scene(workspace, TaskRunner.sameThread(), Fonts.load());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theReviewedIncidentIsProposedAgainAndItsReportsReviewOpens(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Status.VERIFIED, workspace.incident(accepted).orElseThrow().status());
        int row = IncidentTableRows.listed(robot).stream().map(r -> r.incident().key()).toList().indexOf(accepted);
        assertTrue(row >= 0, "the reviewed incident is listed");
        robot.interact(() -> IncidentTableRows.table(robot).getSelectionModel().clearAndSelect(row));
        WaitForAsyncUtils.waitForFxEvents();

        FxClicks.on(robot, "#review-again");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Status.PROPOSED, workspace.incident(accepted).orElseThrow().status(), "a proposal again");
        assertTrue(Window.getWindows().stream().anyMatch(w -> w.getScene() != null && w.getScene().getRoot() instanceof ReviewWindow),
                "the report's review is open");
        robot.interact(() -> Window.getWindows().stream().filter(w -> w.getScene().getRoot() instanceof ReviewWindow).toList()
                .forEach(Window::hide));
    }
}
