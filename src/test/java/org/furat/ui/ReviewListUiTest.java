package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.furat.app.Finding;
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
 * The review screen keeps its place: deciding on a card leaves the list where the analyst scrolled it, and after
 * Save review the highlights lie over the words they mark, not where the words were before the save.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewListUiTest {

    private Path folder;
    private Workspace workspace;
    private ReviewViewModel model;
    /** The window's real background thread: opening and saving finish on the FX thread later, as they do for the analyst. */
    private BackgroundTasks tasks;

    @Start
    void start(Stage stage) throws IOException {
        folder = Files.createTempDirectory("furat-review-list");
        workspace = Workspace.open(folder.resolve("review.gpkg"));
        Importer.Outcome outcome = workspace.importer().importReport("report.txt",
                ReviewWindowUiTest.REPORT.getBytes(StandardCharsets.UTF_8),
                new Importer.Metadata(LocalDate.of(2024, 11, 19), "Test outlet", null, null), false);
        tasks = new BackgroundTasks();
        model = new ReviewViewModel(workspace, tasks, outcome.sourceKey(), () -> {});
        ReviewWindow window = new ReviewWindow(model, Fonts.load(), () -> null, List::of, List::of);
        // Short, so the cards do not fit and the list scrolls.
        Scene scene = new Scene(window, 1000, 380);
        scene.getStylesheets().add(ReviewWindow.class.getResource("furat.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        tasks.close();
        workspace.close();
    }

    /** Waits for the background thread to finish opening or saving and the FX thread to show what it did. */
    private void waitUntilIdle() {
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> !model.busyProperty().get() && model.draftProperty().get() != null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the review did not open or save in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void acceptingOrRejectingACardLeavesTheListWhereItWasScrolled(FxRobot robot) {
        waitUntilIdle();
        ScrollPane list = robot.lookup("#proposal-list").queryAs(ScrollPane.class);
        assertTrue(list.getContent().getBoundsInLocal().getHeight() > list.getViewportBounds().getHeight(), "the cards do not fit");
        scrollTo(robot, list, "#proposal-3 #accept");
        double scrolled = list.getVvalue();
        assertTrue(scrolled > 0.05, "scrolled down the list: " + scrolled);
        FxClicks.on(robot, robot.lookup("#proposal-3 #accept").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(scrolled, list.getVvalue(), 0.01, "after Accept the list stays where it was scrolled");
        FxClicks.on(robot, robot.lookup("#proposal-3 #reject").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(scrolled, list.getVvalue(), 0.01, "after Reject the list stays where it was scrolled");
    }

    /** Scrolls the list so that a node sits in the lower part of its view. */
    private static void scrollTo(FxRobot robot, ScrollPane list, String query) {
        robot.interact(() -> {
            Node node = robot.lookup(query).queryAs(Node.class);
            Node content = list.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMaxY();
            double viewport = list.getViewportBounds().getHeight();
            double extra = content.getBoundsInLocal().getHeight() - viewport;
            list.setVvalue(Math.min(1, Math.max(0, (y + 20 - viewport) / extra)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void afterSavingTheHighlightsLieOverTheWordsTheyMark(FxRobot robot) {
        waitUntilIdle();
        ReviewTextView text = robot.lookup("#review-text").queryAs(ReviewTextView.class);
        assertHighlightsOverTheirWords(text, "when the report opens");
        ScrollPane list = robot.lookup("#proposal-list").queryAs(ScrollPane.class);
        scrollTo(robot, list, "#proposal-3 .proposal-quote");
        FxClicks.on(robot, robot.lookup("#proposal-3 .proposal-quote").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, text.getScene(), "review-before-save.png");
        FxClicks.on(robot, robot.lookup("#proposal-3 #accept").queryAs(Node.class));
        FxClicks.on(robot, "#save-review");
        waitUntilIdle();
        snapshot(robot, text.getScene(), "review-after-save.png");
        assertHighlightsOverTheirWords(text, "after Save review");
    }

    @Test
    void highlightsPlacedAsTheTextIsShownAgainLieOverTheirWords(FxRobot robot) {
        waitUntilIdle();
        ReviewTextView text = robot.lookup("#review-text").queryAs(ReviewTextView.class);
        var review = model.draftProperty().get().review();
        // What a save does: the same report shown again, and its highlights placed at once, before the words are
        // styled and laid out; nothing moves afterwards, so shapes measured on unstyled words stayed.
        robot.interact(() -> {
            text.show(review.source(), review.findings());
            text.focus(review.findings().get(0).start(), review.findings().get(0).end());
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertHighlightsOverTheirWords(text, "shown again");
    }

    /** Writes what the window shows to target/ui-snapshots, so a run can be looked at. */
    private static void snapshot(FxRobot robot, Scene scene, String name) {
        var shot = new javafx.scene.image.WritableImage((int) scene.getWidth(), (int) scene.getHeight());
        robot.interact(() -> scene.snapshot(shot));
        try {
            Path target = Path.of("target", "ui-snapshots");
            Files.createDirectories(target);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot, null), "png", target.resolve(name).toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Each kind's highlight covers the words of that kind's findings: the same box, to a line's spacing (a word's box
     * takes the spacing under it, the highlight does not). Compared in the scene, which mirrors both for Arabic.
     */
    private static void assertHighlightsOverTheirWords(ReviewTextView text, String when) {
        List<Finding> findings = text.findings();
        assertFalse(findings.isEmpty());
        for (Finding.Kind kind : Finding.Kind.values()) {
            List<Finding> ofKind = findings.stream().filter(f -> f.kind() == kind).toList();
            if (ofKind.isEmpty()) continue;
            Bounds words = wordsBounds(text.words(), ofKind);
            Bounds drawn = text.highlightBounds(kind);
            String says = when + ", " + kind + " drawn at " + drawn + " over words at " + words;
            assertEquals(words.getMinY(), drawn.getMinY(), 4, says);
            assertEquals(words.getMaxY(), drawn.getMaxY(), 12, says);
            assertTrue(drawn.getMinX() >= words.getMinX() - 4 && drawn.getMaxX() <= words.getMaxX() + 4, says);
        }
    }

    private static Bounds wordsBounds(List<Text> words, List<Finding> findings) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        int offset = 0;
        for (Text word : words) {
            int start = offset, end = offset + word.getText().length();
            offset = end;
            if (findings.stream().noneMatch(f -> f.start() < end && f.end() > start)) continue;
            Bounds b = word.localToScene(word.getBoundsInLocal());
            minX = Math.min(minX, b.getMinX());
            minY = Math.min(minY, b.getMinY());
            maxX = Math.max(maxX, b.getMaxX());
            maxY = Math.max(maxY, b.getMaxY());
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }
}
