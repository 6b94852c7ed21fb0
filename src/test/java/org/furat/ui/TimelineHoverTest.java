package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.furat.model.EventType;
import org.furat.model.TimeHistogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the timeline says about the bar under the pointer: whole incidents. A day's bar that holds part of an
 * incident known only to the month showed, and said "0 incidents"; a big bar said "7092.1 incidents".
 */
@ExtendWith(ApplicationExtension.class)
class TimelineHoverTest {

    private static final LocalDate OCT_1 = LocalDate.of(2024, 10, 1);
    private TimelineView view;

    @Start
    void start(Stage stage) {
        String family = Fonts.load();
        view = new TimelineView(family);
        view.setHistogram(octoberAndNovember());
        Scene scene = new Scene(view, 900, 160);
        scene.getStylesheets().add(Objects.requireNonNull(TimelineView.class.getResource("furat.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** Two shellings on 10 October, and one incident known only to be in November, spread over its 30 days. */
    private static TimeHistogram octoberAndNovember() {
        int days = 61;
        double[][] counts = new double[EventType.values().length][days];
        counts[EventType.EXPLOSIONS_REMOTE_VIOLENCE.ordinal()][9] = 2;
        int nov = (int) ChronoUnit.DAYS.between(OCT_1, LocalDate.of(2024, 11, 1));
        for (int d = nov; d < nov + 30; d++) counts[EventType.STRATEGIC_DEVELOPMENTS.ordinal()][d] += 1.0 / 30;
        return new TimeHistogram(OCT_1, counts);
    }

    private String hoverOver(FxRobot robot, LocalDate day) {
        Canvas canvas = robot.lookup("#timeline-canvas").queryAs(Canvas.class);
        double x = xOf(canvas, day);
        double y = (TimelinePainter.TOP + TimelinePainter.plotBottom(canvas.getHeight())) / 2;
        robot.moveTo(canvas.localToScreen(new Point2D(x, y)));
        WaitForAsyncUtils.waitForFxEvents();
        return view.hoverText();
    }

    /** The middle of a day on the canvas, from the visible span laid over the plot's width. */
    private double xOf(Canvas canvas, LocalDate day) {
        var span = view.visibleSpan();
        double left = TimelinePainter.LEFT, right = canvas.getWidth() - TimelinePainter.RIGHT;
        double days = ChronoUnit.DAYS.between(span.start(), span.end()) + 1;
        return left + (ChronoUnit.DAYS.between(span.start(), day) + 0.5) / days * (right - left);
    }

    @Test
    void aDayHoldingPartOfAMonthPreciseIncidentSaysSoAndNotZero(FxRobot robot) {
        String text = hoverOver(robot, LocalDate.of(2024, 11, 15));
        assertNotNull(text, "the pointer is over a bar");
        assertFalse(text.contains(": 0 incidents"), text);
        assertTrue(text.contains("part of an incident"), text);
        snapshot(robot, "timeline-hover.png");

        String precise = hoverOver(robot, LocalDate.of(2024, 10, 10));
        assertTrue(precise.endsWith(": 2 incidents"), precise);
    }

    /** Writes what the timeline shows to target/ui-snapshots, so a run can be looked at. */
    private void snapshot(FxRobot robot, String name) {
        Scene scene = view.getScene();
        var shot = new javafx.scene.image.WritableImage((int) scene.getWidth(), (int) scene.getHeight());
        robot.interact(() -> scene.snapshot(shot));
        try {
            java.nio.file.Path target = java.nio.file.Path.of("target", "ui-snapshots");
            java.nio.file.Files.createDirectories(target);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot, null), "png", target.resolve(name).toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aBarSaysWholeIncidents() {
        assertEquals("7,092 incidents", TimelinePainter.incidents(7092));
        assertEquals("1 incident", TimelinePainter.incidents(1.0000000001));
        assertEquals("about 7,092 incidents, some dated only to the week or month", TimelinePainter.incidents(7092.1));
        assertEquals("part of an incident dated only to the week or month", TimelinePainter.incidents(1.0 / 30));
        assertFalse(TimelinePainter.incidents(2.5).matches(".*\\d\\.\\d.*"), "no fractions");
    }
}
