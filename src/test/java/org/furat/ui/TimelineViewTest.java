package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.furat.model.DateSpan;
import org.furat.model.EventType;
import org.furat.model.TimeHistogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline: its scale as arithmetic (pixels and days, bins, ticks), playback steps, and the view itself
 * in a 900 x 160 window over Sep–Dec 2024, driven by the mouse and the keyboard as an analyst would.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private static final LocalDate SEP_1 = LocalDate.of(2024, 9, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2024, 12, 31);
    /** Roughly the width of an 11 px label: enough to test spacing without a screen. */
    private static final ToDoubleFunction<String> LABEL_WIDTH = s -> 6.5 * s.length();

    private TimelineView view;
    private Scene scene;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        String family = Fonts.load();
        view = new TimelineView(family);
        view.setHistogram(autumn2024());
        scene = new Scene(view, 900, 160);
        scene.getStylesheets().add(Objects.requireNonNull(TimelineView.class.getResource("furat.css")).toExternalForm());
        view.setStyle("-fx-font-family: \"" + family + "\";");
        stage.setScene(scene);
        stage.show();
    }

    /** Sep–Dec 2024: a few incidents a day, and November's month-precise shelling spread over its days. */
    static TimeHistogram autumn2024() {
        int days = (int) ChronoUnit.DAYS.between(SEP_1, DEC_31) + 1;
        double[][] counts = new double[EventType.values().length][days];
        double[] rates = {0.35, 0.5, 0.12, 0.05, 0.03, 0.15};
        Random random = new Random(7);
        for (int t = 0; t < counts.length; t++) {
            for (int d = 0; d < days; d++) counts[t][d] = random.nextDouble() < rates[t] ? 1 + random.nextInt(3) : 0;
        }
        int nov = (int) ChronoUnit.DAYS.between(SEP_1, LocalDate.of(2024, 11, 1));
        for (int d = nov; d < nov + 30; d++) counts[EventType.EXPLOSIONS_REMOTE_VIOLENCE.ordinal()][d] += 6.0 / 30;
        return new TimeHistogram(SEP_1, counts);
    }

    // ---- the histogram record ----

    @Test
    void histogramCopiesAndValidates() {
        double[][] counts = new double[EventType.values().length][3];
        counts[0][1] = 2;
        counts[1][2] = 0.5;
        TimeHistogram h = new TimeHistogram(SEP_1, counts);
        counts[0][0] = 99;
        assertEquals(0, h.counts()[0][0], "the record copied its input");
        h.counts()[0][1] = 99;
        assertEquals(2, h.count(EventType.BATTLES, 1), "and hands out copies");
        assertEquals(3, h.days());
        assertEquals(2.5, h.total(), 1e-9);
        assertEquals(0.5, h.totals()[2], 1e-9);
        assertEquals(LocalDate.of(2024, 9, 3), h.lastDay());
        assertEquals(h, new TimeHistogram(SEP_1, h.counts()));
        assertTrue(TimeHistogram.empty(SEP_1, 0).isEmpty());
        assertTrue(TimeHistogram.empty(SEP_1, 5).isEmpty());

        double[][] ragged = new double[EventType.values().length][3];
        ragged[2] = new double[2];
        assertThrows(IllegalArgumentException.class, () -> new TimeHistogram(SEP_1, ragged));
        double[][] negative = new double[EventType.values().length][3];
        negative[1][1] = -1;
        assertThrows(IllegalArgumentException.class, () -> new TimeHistogram(SEP_1, negative));
        assertThrows(IllegalArgumentException.class, () -> new TimeHistogram(SEP_1, new double[2][3]));
    }

    // ---- the scale, without a screen ----

    @Test
    void pixelsAndDaysRoundTrip() {
        TimelineScale fit = TimelineScale.fit(SEP_1, DEC_31, 46, 840);
        assertEquals(46, fit.x(SEP_1), 1e-9);
        assertEquals(886, fit.x(DEC_31.plusDays(1)), 1e-9);
        for (TimelineScale s : List.of(fit, fit.zoomedAround(300, 3), fit.zoomedAround(700, 5).pannedBy(-123))) {
            for (LocalDate d = s.dateAt(s.left()); s.x(d.plusDays(1)) <= s.right(); d = d.plusDays(1)) {
                assertEquals(d, s.dateAt(s.x(d) + 0.01), "the start of " + d);
                assertEquals(d, s.dateAt(s.x(d.plusDays(1)) - 0.01), "the end of " + d);
            }
            for (double x = s.left(); x <= s.right(); x += 17.3) assertEquals(x, s.x(s.dayAt(x)), 1e-6);
        }
    }

    @Test
    void zoomKeepsTheDayUnderThePointerAndStaysWithinLimits() {
        TimelineScale s = TimelineScale.fit(SEP_1, DEC_31, 46, 840);
        assertTrue(s.showsEverything());
        double x = 400, day = s.dayAt(x);
        TimelineScale in = s.zoomedAround(x, 2);
        assertEquals(day, in.dayAt(x), 1e-6, "the day under the pointer stays under it");
        assertEquals(s.visibleDays() / 2, in.visibleDays(), 1e-6);
        for (int i = 0; i < 40; i++) in = in.zoomedAround(x, 1.25);
        assertEquals(TimelineScale.MIN_VISIBLE_DAYS, in.visibleDays(), 1e-9, "zooming in stops at two weeks");
        TimelineScale out = in;
        for (int i = 0; i < 40; i++) out = out.zoomedAround(x, 0.8);
        assertTrue(out.showsEverything(), "zooming out stops at the whole span");
        assertEquals(SEP_1.toEpochDay(), out.startDay(), 1e-9);
        TimelineScale panned = in.pannedBy(100_000);
        assertEquals(SEP_1.toEpochDay(), panned.startDay(), 1e-9, "panning stops at the first day");
        panned = in.pannedBy(-100_000);
        assertEquals(DEC_31.toEpochDay() + 1, panned.startDay() + panned.visibleDays(), 1e-9, "and at the last");
    }

    @Test
    void binsWidenAsTheViewWidensAndStayAtLeastThreePixels() {
        record Case(LocalDate first, LocalDate last, TimelineScale.Unit unit) {}
        List<Case> cases = List.of(
                new Case(SEP_1, DEC_31, TimelineScale.Unit.DAY),
                new Case(LocalDate.of(2022, 1, 1), DEC_31, TimelineScale.Unit.WEEK),
                new Case(LocalDate.of(2011, 3, 15), DEC_31, TimelineScale.Unit.MONTH),
                new Case(LocalDate.of(1920, 1, 1), DEC_31, TimelineScale.Unit.YEAR));
        for (Case c : cases) {
            TimelineScale s = TimelineScale.fit(c.first(), c.last(), 46, 840);
            assertEquals(c.unit(), s.binUnit(), c.toString());
            int days = (int) ChronoUnit.DAYS.between(c.first(), c.last()) + 1;
            double[][] counts = new double[EventType.values().length][days];
            for (double[] row : counts) java.util.Arrays.fill(row, 1);
            TimeHistogram h = new TimeHistogram(c.first(), counts);
            List<TimelineBins.Bin> bins = TimelineBins.visible(h, s);
            double sum = 0;
            for (int i = 0; i < bins.size(); i++) {
                TimelineBins.Bin b = bins.get(i);
                long binDays = ChronoUnit.DAYS.between(b.start(), b.end()) + 1;
                assertEquals(binDays * counts.length, b.total(), 1e-9, "a bar is the sum over its days");
                sum += b.total();
                boolean whole = i > 0 && i < bins.size() - 1; // the ends may be cut by the data's span
                if (whole) assertTrue(s.x(b.end().plusDays(1)) - s.x(b.start()) >= TimelineScale.MIN_BAR_PX, c + ": bar " + b.start());
            }
            assertEquals(h.total(), sum, 1e-6, "the bars of the whole span hold every incident");
        }
        // Zooming in on a long span brings back daily bars.
        TimelineScale years = TimelineScale.fit(LocalDate.of(2020, 1, 1), DEC_31, 46, 840);
        assertEquals(TimelineScale.Unit.DAY, years.showing(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31)).binUnit());
    }

    @Test
    void ticksAdaptFromYearsToDaysAndNeverOverlap() {
        LocalDate end = LocalDate.of(2024, 12, 31);
        List<String> seen = new ArrayList<>();
        for (double width : new double[]{180, 320, 600, 840, 1300}) {
            for (int days : new int[]{14, 20, 45, 90, 122, 200, 400, 800, 1500, 3000, 6000, 12000, 30000}) {
                TimelineScale s = TimelineScale.fit(end.minusDays(days - 1), end, 46, width);
                TimelineScale.Ticks ticks = s.ticks(LABEL_WIDTH);
                List<TimelineScale.Tick> labelled = ticks.labelled();
                assertFalse(labelled.isEmpty(), width + " px, " + days + " days: some label");
                for (int i = 0; i < labelled.size(); i++) {
                    TimelineScale.Tick t = labelled.get(i);
                    assertTrue(t.labelLeft() >= s.left() && t.labelRight() <= s.right(), "inside the axis: " + t);
                    if (i > 0) {
                        assertTrue(labelled.get(i - 1).labelRight() + TimelineScale.LABEL_GAP <= t.labelLeft(),
                                width + " px, " + days + " days: " + labelled.get(i - 1) + " and " + t + " overlap");
                    }
                }
                if (width == 840) seen.add(days + ":" + labelled.get(0).label());
            }
        }
        TimelineScale fortnight = TimelineScale.fit(LocalDate.of(2024, 10, 7), LocalDate.of(2024, 10, 20), 46, 840);
        assertTrue(fortnight.ticks(LABEL_WIDTH).labelled().stream().anyMatch(t -> t.label().equals("14 Oct")), "days: " + seen);
        assertTrue(fortnight.ticks(LABEL_WIDTH).needsYear(), "day labels leave the year to the axis");
        TimelineScale autumn = TimelineScale.fit(LocalDate.of(2024, 1, 1), DEC_31, 46, 840);
        assertTrue(autumn.ticks(LABEL_WIDTH).labelled().stream().anyMatch(t -> t.label().startsWith("Oct")), "months: " + seen);
        TimelineScale decade = TimelineScale.fit(LocalDate.of(2010, 1, 1), DEC_31, 46, 840);
        assertTrue(decade.ticks(LABEL_WIDTH).labelled().stream().allMatch(t -> t.label().matches("\\d{4}")), "years: " + seen);
        assertFalse(decade.ticks(LABEL_WIDTH).needsYear());
    }

    @Test
    void playbackSlidesByMonthsOrExtendsByBins() {
        TimelineScale.Unit day = TimelineScale.Unit.DAY, week = TimelineScale.Unit.WEEK;
        DateSpan sep = TimelinePlayback.start(null, TimelineView.PlayMode.SLIDING, SEP_1, DEC_31, day);
        assertEquals(DateSpan.month(2024, 9), sep);
        DateSpan oct = TimelinePlayback.next(sep, TimelineView.PlayMode.SLIDING, DEC_31, day);
        assertEquals(DateSpan.month(2024, 10), oct);
        assertNull(TimelinePlayback.next(DateSpan.month(2024, 12), TimelineView.PlayMode.SLIDING, DEC_31, day));
        DateSpan tenDays = new DateSpan(LocalDate.of(2024, 12, 10), LocalDate.of(2024, 12, 19));
        DateSpan slid = TimelinePlayback.next(tenDays, TimelineView.PlayMode.SLIDING, DEC_31, day);
        assertEquals(new DateSpan(LocalDate.of(2024, 12, 20), LocalDate.of(2024, 12, 29)), slid, "by its length in days");
        assertEquals(new DateSpan(LocalDate.of(2024, 12, 22), DEC_31),
                TimelinePlayback.next(slid, TimelineView.PlayMode.SLIDING, DEC_31, day), "the last step ends at the end");

        DateSpan first = TimelinePlayback.start(null, TimelineView.PlayMode.CUMULATIVE, SEP_1, DEC_31, day);
        assertEquals(DateSpan.day(SEP_1), first);
        DateSpan grown = TimelinePlayback.next(first, TimelineView.PlayMode.CUMULATIVE, DEC_31, week);
        assertEquals(new DateSpan(SEP_1, LocalDate.of(2024, 9, 8)), grown, "to the end of the next week");
        assertEquals(DateSpan.month(2024, 9),
                TimelinePlayback.start(DateSpan.month(2024, 12), TimelineView.PlayMode.SLIDING, SEP_1, DEC_31, day),
                "a brush at the end starts again from the beginning");
    }

    // ---- the view, in a window ----

    @Test
    void draggingOnThePlotDrawsABrush(FxRobot robot) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        TimelineScale s = view.scale();
        assertEquals(TimelineScale.Unit.DAY, s.binUnit(), "four months in 900 px are drawn by day");
        List<Boolean> adjusting = new ArrayList<>();
        view.adjustingProperty().addListener((o, was, is) -> adjusting.add(is));
        List<DateSpan> live = new ArrayList<>();
        view.brushProperty().addListener((o, was, is) -> live.add(is));

        LocalDate a = LocalDate.of(2024, 10, 1), b = LocalDate.of(2024, 10, 20);
        robot.drag(onPlot(a), MouseButton.PRIMARY).dropTo(onPlot(b));
        WaitForAsyncUtils.waitForFxEvents();

        DateSpan brush = view.getBrush();
        assertNotNull(brush, "dragging drew a brush");
        assertWithinDays(a, brush.start(), 1);
        assertWithinDays(b, brush.end(), 1);
        assertTrue(live.size() > 1, "the brush changed live while dragging: " + live);
        assertEquals(List.of(true, false), adjusting, "adjusting while dragging, and only then");
        assertEquals(brush.start(), view.fromPicker().getValue(), "the fields follow the brush");
        assertEquals(brush.end(), view.toPicker().getValue());
        snapshot(robot, "timeline.png");
    }

    @Test
    void draggingTheBrushMovesBothEnds(FxRobot robot) {
        robot.interact(() -> view.setBrush(new DateSpan(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 20))));
        WaitForAsyncUtils.waitForFxEvents();
        double ppd = view.scale().pixelsPerDay();
        Point2D grab = onPlot(LocalDate.of(2024, 10, 10));
        robot.drag(grab, MouseButton.PRIMARY).dropTo(new Point2D(grab.getX() + 12 * ppd, grab.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        DateSpan moved = view.getBrush();
        long startShift = ChronoUnit.DAYS.between(LocalDate.of(2024, 10, 1), moved.start());
        long endShift = ChronoUnit.DAYS.between(LocalDate.of(2024, 10, 20), moved.end());
        assertEquals(startShift, endShift, "both ends moved by the same number of days: " + moved);
        assertTrue(Math.abs(startShift - 12) <= 1, "by about the dragged distance: " + moved);
        assertFalse(view.isAdjusting());
    }

    @Test
    void draggingTheRightEdgeMovesOnlyTheEnd(FxRobot robot) {
        LocalDate start = LocalDate.of(2024, 10, 1);
        robot.interact(() -> view.setBrush(new DateSpan(start, LocalDate.of(2024, 10, 20))));
        WaitForAsyncUtils.waitForFxEvents();
        TimelineScale s = view.scale();
        Point2D edge = view.canvas().localToScreen(s.x(LocalDate.of(2024, 10, 21)) - 2, plotMiddle());
        Point2D target = view.canvas().localToScreen(s.x(LocalDate.of(2024, 11, 5)), plotMiddle());
        robot.drag(edge, MouseButton.PRIMARY).dropTo(target);
        WaitForAsyncUtils.waitForFxEvents();
        DateSpan resized = view.getBrush();
        assertEquals(start, resized.start(), "the start stayed");
        assertWithinDays(LocalDate.of(2024, 11, 4), resized.end(), 1);
    }

    @Test
    void typedDatesSetTheBrushAndAnImpossibleRangeIsFlagged(FxRobot robot) throws IOException {
        type(robot, view.fromPicker(), "2024-10-05");
        assertEquals(new DateSpan(LocalDate.of(2024, 10, 5), DEC_31), view.getBrush(), "an open end reaches the last day");
        type(robot, view.toPicker(), "2024-11-10");
        DateSpan typed = new DateSpan(LocalDate.of(2024, 10, 5), LocalDate.of(2024, 11, 10));
        assertEquals(typed, view.getBrush());

        type(robot, view.toPicker(), "2024-09-20");
        assertEquals(typed, view.getBrush(), "an end before the start leaves the brush alone");
        assertTrue(view.toPicker().getStyleClass().contains(TimelineDateFields.INVALID), "and flags the fields");
        snapshot(robot, "timeline-invalid.png");
        type(robot, view.toPicker(), "2024-10-25");
        assertEquals(new DateSpan(LocalDate.of(2024, 10, 5), LocalDate.of(2024, 10, 25)), view.getBrush());
        assertFalse(view.toPicker().getStyleClass().contains(TimelineDateFields.INVALID));
        assertFalse(view.fromPicker().getStyleClass().contains(TimelineDateFields.INVALID));

        type(robot, view.fromPicker(), "not a date");
        assertTrue(view.fromPicker().getStyleClass().contains(TimelineDateFields.INVALID), "text that is no date is flagged");
        assertEquals(new DateSpan(LocalDate.of(2024, 10, 5), LocalDate.of(2024, 10, 25)), view.getBrush());
        type(robot, view.fromPicker(), "5 Oct 2024");
        assertFalse(view.fromPicker().getStyleClass().contains(TimelineDateFields.INVALID), "retyping the date clears the flag");
        assertEquals("2024-10-05", view.fromPicker().getEditor().getText());
    }

    @Test
    void doubleClickClearsTheBrush(FxRobot robot) {
        robot.interact(() -> view.setBrush(new DateSpan(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 20))));
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(onPlot(LocalDate.of(2024, 11, 15)), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(view.getBrush());
        assertNull(view.fromPicker().getValue());
        assertNull(view.toPicker().getValue());
    }

    @Test
    void wheelZoomsAroundThePointerAxisDragPansAndFitShowsAll(FxRobot robot) throws IOException {
        Point2D pointer = onPlot(LocalDate.of(2024, 10, 15));
        double x = view.canvas().screenToLocal(pointer).getX(), dayUnder = view.scale().dayAt(x);
        robot.moveTo(pointer);
        robot.scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        if (view.scale().showsEverything()) {
            // Which way "up" turns the wheel depends on the platform; zooming out of the whole span does nothing.
            robot.scroll(3, VerticalDirection.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        TimelineScale zoomed = view.scale();
        assertTrue(zoomed.visibleDays() < 122, "the wheel zoomed in: " + zoomed.visibleDays());
        assertEquals(x, zoomed.x(dayUnder), 1.5, "around the pointer");

        double before = zoomed.startDay();
        Point2D axis = view.canvas().localToScreen(450, view.canvas().getHeight() - 8);
        robot.drag(axis, MouseButton.PRIMARY).dropTo(new Point2D(axis.getX() + 150, axis.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.scale().startDay() < before, "dragging the axis to the right shows earlier days");
        assertNull(view.getBrush(), "panning draws no brush");
        before = view.scale().startDay();
        Point2D plot = view.canvas().localToScreen(450, plotMiddle());
        robot.drag(plot, MouseButton.SECONDARY).dropTo(new Point2D(plot.getX() - 100, plot.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.scale().startDay() > before, "so does dragging with the secondary button, the other way");

        robot.interact(() -> view.setBrush(new DateSpan(LocalDate.of(2024, 11, 4), LocalDate.of(2024, 11, 12))));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, "timeline-zoomed.png");

        FxClicks.on(robot, "#timeline-fit");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.scale().showsEverything(), "Fit shows the whole span");
    }

    @Test
    void playSlidesTheBrushMonthByMonthAndStopsAtTheEnd(FxRobot robot) throws Exception {
        List<DateSpan> frames = new ArrayList<>();
        view.brushProperty().addListener((o, was, is) -> frames.add(is));
        FxClicks.on(robot, "#timeline-play");
        assertTrue(view.isPlaying());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.isPlaying());
        assertEquals(List.of(DateSpan.month(2024, 9), DateSpan.month(2024, 10), DateSpan.month(2024, 11), DateSpan.month(2024, 12)),
                frames);

        frames.clear();
        FxClicks.on(robot, "#timeline-cumulative");
        assertEquals(TimelineView.PlayMode.CUMULATIVE, view.playModeProperty().get());
        robot.interact(() -> view.setBrush(null));
        frames.clear();
        FxClicks.on(robot, "#timeline-play");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> frames.size() >= 4);
        FxClicks.on(robot, "#timeline-play");
        assertFalse(view.isPlaying(), "the button pauses");
        assertEquals(DateSpan.day(SEP_1), frames.get(0), "cumulative starts from the first day");
        for (int i = 1; i < frames.size(); i++) {
            assertEquals(SEP_1, frames.get(i).start());
            assertEquals(frames.get(i - 1).end().plusDays(1), frames.get(i).end(), "and grows by a bar (here a day) a step");
        }

        robot.interact(() -> view.setBrush(new DateSpan(SEP_1, LocalDate.of(2024, 12, 27))));
        FxClicks.on(robot, "#timeline-play");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.isPlaying());
        assertEquals(new DateSpan(SEP_1, DEC_31), view.getBrush(), "it stops at the end");
    }

    @Test
    void emptyHistogramSaysSo(FxRobot robot) throws IOException {
        robot.interact(() -> view.setHistogram(TimeHistogram.empty(SEP_1, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(view.scale());
        snapshot(robot, "timeline-empty.png");
        robot.interact(() -> view.setHistogram(TimeHistogram.empty(SEP_1, 122)));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(view.scale(), "no incidents on known days still draws the axis");
        snapshot(robot, "timeline-zero.png");
    }

    @Test
    void zoomedRightInTheBarsAreDays(FxRobot robot) throws IOException {
        Point2D pointer = onPlot(LocalDate.of(2024, 12, 24));
        robot.moveTo(pointer);
        robot.scroll(25, VerticalDirection.UP);
        robot.scroll(25, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        if (view.scale().showsEverything()) {
            robot.scroll(25, VerticalDirection.UP);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(TimelineScale.MIN_VISIBLE_DAYS, view.scale().visibleDays(), 1e-6, "two weeks at the closest");
        assertEquals(DEC_31.plusDays(1).toEpochDay(), view.scale().startDay() + view.scale().visibleDays(), 1e-6,
                "and never past the last day");
        snapshot(robot, "timeline-days.png");
    }

    @Test
    void aNarrowWindowKeepsEveryControlAndLabel(FxRobot robot) throws IOException {
        robot.interact(() -> stage.setWidth(640));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scene.getWidth() < 660);
        assertEquals(scene.getWidth() - TimelinePainter.LEFT - TimelinePainter.RIGHT, view.scale().width(), 1, "the plot follows the window");
        assertTrue(view.scale().showsEverything());
        snapshot(robot, "timeline-narrow.png");
    }

    @Test
    void longSpansAreReadableToo(FxRobot robot) throws IOException {
        int days = (int) ChronoUnit.DAYS.between(LocalDate.of(2011, 3, 1), DEC_31) + 1;
        double[][] counts = new double[EventType.values().length][days];
        Random random = new Random(3);
        for (double[] row : counts) {
            for (int d = 0; d < days; d++) row[d] = random.nextDouble() < 0.1 ? random.nextInt(3) : 0;
        }
        robot.interact(() -> view.setHistogram(new TimeHistogram(LocalDate.of(2011, 3, 1), counts)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TimelineScale.Unit.MONTH, view.scale().binUnit());
        snapshot(robot, "timeline-years.png");
    }

    // ---- helpers ----

    private double plotMiddle() {
        return (TimelinePainter.TOP + TimelinePainter.plotBottom(view.canvas().getHeight())) / 2;
    }

    /** The middle of a day's bar, on screen. */
    private Point2D onPlot(LocalDate day) {
        TimelineScale s = view.scale();
        return view.canvas().localToScreen(s.x(day.toEpochDay() + 0.5), plotMiddle());
    }

    private static void type(FxRobot robot, DatePicker picker, String text) {
        FxClicks.on(robot, picker.getEditor());
        robot.interact(() -> picker.getEditor().selectAll());
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void assertWithinDays(LocalDate expected, LocalDate actual, int days) {
        assertTrue(Math.abs(ChronoUnit.DAYS.between(expected, actual)) <= days, "expected " + expected + " ± " + days + " days, got " + actual);
    }

    /** Writes what the window shows to target/ui-snapshots, so a run can be looked at. */
    private void snapshot(FxRobot robot, String name) throws IOException {
        WritableImage shot = new WritableImage((int) scene.getWidth(), (int) scene.getHeight());
        robot.interact(() -> scene.snapshot(shot));
        Path target = Path.of("target", "ui-snapshots");
        Files.createDirectories(target);
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", target.resolve(name).toFile());
    }
}
