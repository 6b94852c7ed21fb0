package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.furat.app.Finding;
import org.furat.app.GazetteerImporter;
import org.furat.app.GazetteerTestFiles;
import org.furat.app.Importer;
import org.furat.app.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reading a report again from the review screen, headless: the village «الزر» joined the gazetteer after the report
 * was imported; the screen keeps showing the stored reading until the analyst reads the report again, sees what
 * changed, and keeps today's reading.
 */
@ExtendWith(ApplicationExtension.class)
class ReadAgainUiTest {

    private Workspace workspace;
    private final AtomicInteger saved = new AtomicInteger();
    private String storedVersion;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("furat-read-again-ui");
        workspace = Workspace.open(folder.resolve("review.gpkg"));
        String sourceKey = workspace.importer().importReport("report.txt", ReviewWindowUiTest.REPORT.getBytes(StandardCharsets.UTF_8),
                new Importer.Metadata(LocalDate.of(2024, 11, 19), "Test outlet", null, null), false).sourceKey();
        storedVersion = workspace.reviewer().open(sourceKey).reading().extractorVersion();
        Path wof = Files.createDirectories(folder.resolve("wof"));
        GazetteerTestFiles.wof(wof, 9001, "locality", "Al-Zir", "الزر", 40.42, 35.18, Map.of());
        workspace.gazetteerImporter().importFiles(new GazetteerImporter.Request(List.of(wof), GazetteerImporter.Format.WOF, "test wof",
                null, null, null, null, false));

        ReviewViewModel model = new ReviewViewModel(workspace, TaskRunner.sameThread(), sourceKey, saved::incrementAndGet);
        ReviewWindow window = new ReviewWindow(model, Fonts.load(), () -> null, List::of, List::of);
        Scene scene = new Scene(window, 1400, 880);
        scene.getStylesheets().add(ReviewWindow.class.getResource("furat.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @Test
    void readingAgainShowsWhatChangedAndKeepingItUpdatesTheReview(FxRobot robot) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        ReviewTextView reportText = robot.lookup("#review-text").queryAs(ReviewTextView.class);
        assertEquals(1, reportText.highlightedCounts().get(Finding.Kind.UNKNOWN_PLACE), "the stored reading: «الزر» unknown");
        assertTrue(text(robot, "#reading-info").contains(storedVersion), text(robot, "#reading-info"));

        FxClicks.on(robot, "#read-again");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#reading-comparison").queryAll().isEmpty(), "today's reading is set beside the stored one");
        assertTrue(text(robot, "#comparison-summary").contains("1 changed"), text(robot, "#comparison-summary"));
        assertTrue(robot.lookup(".comparison-item").queryAll().size() >= 2, "a changed proposal and the findings that changed");
        assertTrue(robot.lookup(".label").queryAllAs(Labeled.class).stream().anyMatch(l -> l.getText().contains("Al-Zir")),
                "the change names the village");
        assertTrue(robot.lookup("#read-again").queryButton().isDisabled(), "one comparison at a time");
        snapshot(robot, "review-read-again.png");

        FxClicks.on(robot, "#keep-reading");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#reading-comparison").queryAll().isEmpty());
        assertEquals(1, saved.get(), "the main window is told to refresh");
        assertTrue(text(robot, "#review-status").startsWith("Kept today's reading"), text(robot, "#review-status"));
        assertEquals(0, reportText.highlightedCounts().getOrDefault(Finding.Kind.UNKNOWN_PLACE, 0), "today's reading knows «الزر»");
        assertFalse(text(robot, "#reading-info").contains(storedVersion), text(robot, "#reading-info"));
        assertEquals(3, robot.lookup(".proposal-card").queryAll().size());
    }

    @Test
    void leavingTheStoredReadingChangesNothing(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        FxClicks.on(robot, "#read-again");
        WaitForAsyncUtils.waitForFxEvents();
        FxClicks.on(robot, "#cancel-reading");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#reading-comparison").queryAll().isEmpty());
        assertEquals(3, robot.lookup(".proposal-card").queryAll().size());
        assertTrue(text(robot, "#reading-info").contains(storedVersion));
        assertEquals(0, saved.get());
        assertNotEquals(null, robot.lookup("#read-again").queryButton());
        assertFalse(robot.lookup("#read-again").queryButton().isDisabled());
    }

    /** Writes the screen to target/ui-snapshots, so a run can be looked at. */
    private static void snapshot(FxRobot robot, String name) throws IOException {
        Scene scene = robot.lookup("#review-window").query().getScene();
        WritableImage shot = new WritableImage((int) scene.getWidth(), (int) scene.getHeight());
        robot.interact(() -> scene.snapshot(shot));
        Path target = Files.createDirectories(Path.of("target", "ui-snapshots"));
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", target.resolve(name).toFile());
    }
}
