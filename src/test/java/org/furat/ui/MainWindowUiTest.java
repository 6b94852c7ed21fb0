package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.furat.app.Workspace;
import org.furat.model.Evidence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole product in miniature, headless: the window opens on a new database, the analyst clicks the
 * Khasham pin, chooses an incident, and finds its evidence highlighted and scrolled into view.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    private static Path folder;
    private static Workspace workspace;
    private Scene scene;

    @Start
    void start(Stage stage) throws IOException {
        folder = Files.createTempDirectory("furat-ui");
        workspace = Workspace.open(folder.resolve("ui.gpkg"));
        scene = FuratApplication.scene(workspace, TaskRunner.sameThread(), Fonts.load());
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void closeWorkspace() {
        if (workspace != null) workspace.close();
    }

    @Test
    void clickingKhashamShowsItsIncidentsAndTheHighlightedEvidence(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        MapView map = robot.lookup("#map-view").queryAs(MapView.class);
        Point2D khasham = map.pinPosition("khasham").orElseThrow(() -> new AssertionError("no Khasham pin on the map"));
        assertTrue(map.getLayoutBounds().contains(khasham), "the Khasham pin is inside the visible map at start-up");

        robot.clickOn(map.localToScreen(khasham));
        WaitForAsyncUtils.waitForFxEvents();

        List<IncidentRow> list = IncidentTableRows.listed(robot);
        assertFalse(list.isEmpty(), "clicking the pin lists its incidents");
        for (IncidentRow row : list) {
            assertTrue(row.incident().places().stream().anyMatch(p -> p.placeKey().equals("khasham")),
                    row.incident().key() + " is linked to Khasham");
        }

        robot.interact(() -> IncidentTableRows.table(robot).getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        Evidence evidence = list.get(0).incident().evidence().get(0);
        SourceTextView source = robot.lookup("#source-text").queryAs(SourceTextView.class);
        int[] range = source.highlightedRange();
        assertNotNull(range, "an evidence span is highlighted");
        assertEquals(evidence.start(), range[0]);
        assertEquals(evidence.end(), range[1]);
        String quote = evidence.quote(source.displayedText());
        assertTrue(quote.contains("القرى السبع"), "the highlighted words are the Arabic sentence about the seven villages: " + quote);
        assertTrue(source.highlightVisible(), "the highlighted span is scrolled into view");

        snapshot(robot, folder.resolve("khasham.png"));
    }

    /** Writes what the window shows to target/ui-snapshots, so a run can be looked at. */
    private void snapshot(FxRobot robot, Path file) throws IOException {
        var shot = new javafx.scene.image.WritableImage((int) scene.getWidth(), (int) scene.getHeight());
        robot.interact(() -> scene.snapshot(shot));
        Path target = Path.of("target", "ui-snapshots");
        Files.createDirectories(target);
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", target.resolve(file.getFileName()).toFile());
    }
}
