package org.furat.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.furat.map.EventColors;
import org.furat.model.DateSpan;
import org.furat.model.EventType;
import org.furat.model.TimeHistogram;

/**
 * Paints one frame of the timeline: the stacked bars by event type, the y-axis maximum, the time axis with
 * its ticks, the brush with the rest shaded, and the bar under the pointer. Not thread-safe: one painter per
 * canvas, on the FX thread.
 */
final class TimelinePainter {

    /** The plot's margins inside the canvas: the y-axis labels on the left, the time axis at the bottom. */
    static final double LEFT = 46, RIGHT = 14, TOP = 6, AXIS = 22;

    static final String EMPTY_MESSAGE = "No incidents match the filter";

    private static final Color BACKGROUND = Color.web("#f4f4f4");
    private static final Color PLOT = Color.WHITE;
    private static final Color GRID = Color.web("#e2e2e2");
    private static final Color AXIS_LINE = Color.web("#8c8c8c");
    private static final Color TEXT = Color.web("#2b2b2b");
    private static final Color MUTED = Color.web("#666666");
    private static final Color SHADE = Color.rgb(215, 218, 224, 0.72);
    private static final Color BRUSH = Color.web("#1f4e79");
    private static final Color HALO = Color.rgb(255, 255, 255, 0.9);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final Font tickFont;
    private final Font yearFont;
    private final Font smallFont;
    private final Font messageFont;
    private final Text probe = new Text();
    private final Map<String, Double> widths = new HashMap<>();

    TimelinePainter(String fontFamily) {
        tickFont = Font.font(fontFamily, 11);
        yearFont = Font.font(fontFamily, FontWeight.BOLD, 11);
        smallFont = Font.font(fontFamily, 10.5);
        messageFont = Font.font(fontFamily, 13);
    }

    static double plotBottom(double height) { return height - AXIS; }

    /** The width of a tick label, as the axis draws it. */
    double tickLabelWidth(String label) { return width(label, tickFont); }

    /**
     * @param scale null when the histogram has no days
     * @param hoverX the pointer's x, or NaN when it is not over the plot
     */
    void paint(GraphicsContext g, double w, double h, TimeHistogram histogram, TimelineScale scale, DateSpan brush, double hoverX) {
        g.save();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        double top = TOP, bottom = plotBottom(h), left = LEFT, right = w - RIGHT;
        if (right <= left || bottom <= top) {
            g.restore();
            return;
        }
        g.setFill(PLOT);
        g.fillRect(left, top, right - left, bottom - top);
        if (scale != null) {
            List<TimelineBins.Bin> bins = TimelineBins.visible(histogram, scale);
            double max = bins.stream().mapToDouble(TimelineBins.Bin::total).max().orElse(0);
            double yMax = niceCeiling(max);
            if (max > 0) paintGrid(g, yMax, left, right, top, bottom);
            g.save();
            g.beginPath();
            g.rect(left, top, right - left, bottom - top);
            g.clip();
            paintBars(g, bins, scale, yMax, top, bottom);
            TimelineBins.Bin hovered = Double.isNaN(hoverX) ? null : TimelineBins.containing(histogram, scale, scale.dateAt(hoverX));
            if (hovered != null) highlight(g, hovered, scale, top, bottom);
            if (brush != null) paintBrush(g, brush, scale, top, bottom);
            g.restore();
            paintAxis(g, scale, bottom, h);
            if (max > 0) caption(g, "incidents per " + scale.binUnit().noun, left + 5, top + 2, TextAlignment.LEFT);
            if (hovered != null) caption(g, describe(hovered, scale.binUnit()), right - 5, top + 2, TextAlignment.RIGHT);
        }
        if (histogram.isEmpty()) {
            g.setFont(messageFont);
            g.setFill(MUTED);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(EMPTY_MESSAGE, (left + right) / 2, (top + bottom) / 2);
        }
        g.setStroke(AXIS_LINE);
        g.setLineWidth(1);
        g.strokeLine(left, snap(bottom), right, snap(bottom));
        g.restore();
    }

    private void paintGrid(GraphicsContext g, double yMax, double left, double right, double top, double bottom) {
        double labelTop = top + 8;
        g.setStroke(GRID);
        g.setLineWidth(1);
        g.strokeLine(left, snap(labelTop), right, snap(labelTop));
        g.strokeLine(left, snap((labelTop + bottom) / 2), right, snap((labelTop + bottom) / 2));
        g.setFont(tickFont);
        g.setFill(MUTED);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(number(yMax), left - 6, labelTop);
        g.fillText("0", left - 6, bottom - 4);
    }

    /** Bars reach {@code yMax} at 8 px below the top, where the maximum's label and grid line are. */
    private static double barHeight(double value, double yMax, double top, double bottom) {
        return value / yMax * (bottom - top - 8);
    }

    private static void paintBars(GraphicsContext g, List<TimelineBins.Bin> bins, TimelineScale scale, double yMax, double top, double bottom) {
        EventType[] types = EventType.values();
        for (TimelineBins.Bin bin : bins) {
            double x0 = scale.x(bin.start()), x1 = scale.x(bin.end().plusDays(1));
            double gap = x1 - x0 >= 6 ? 1 : 0;
            double y = bottom;
            for (int t = 0; t < types.length; t++) {
                if (bin.byType()[t] <= 0) continue;
                double hgt = barHeight(bin.byType()[t], yMax, top, bottom);
                g.setFill(EventColors.of(types[t]));
                g.fillRect(x0 + gap / 2, y - hgt, Math.max(1, x1 - x0 - gap), hgt);
                y -= hgt;
            }
        }
    }

    private static void highlight(GraphicsContext g, TimelineBins.Bin bin, TimelineScale scale, double top, double bottom) {
        double x0 = scale.x(bin.start()), x1 = scale.x(bin.end().plusDays(1));
        g.setFill(Color.rgb(31, 78, 121, 0.08));
        g.fillRect(x0, top, x1 - x0, bottom - top);
    }

    private static void paintBrush(GraphicsContext g, DateSpan brush, TimelineScale scale, double top, double bottom) {
        double x0 = scale.x(brush.start()), x1 = scale.x(brush.end().plusDays(1));
        double left = scale.left() - 1, right = scale.right() + 1;
        g.setFill(SHADE);
        if (x0 > left) g.fillRect(left, top, Math.min(x0, right) - left, bottom - top);
        if (x1 < right) g.fillRect(Math.max(x1, left), top, right - Math.max(x1, left), bottom - top);
        g.setStroke(BRUSH);
        g.setLineWidth(1.5);
        double mid = (top + bottom) / 2;
        for (double x : new double[]{x0, x1}) {
            if (x < left || x > right) continue;
            g.strokeLine(x, top, x, bottom);
            // A grip on each edge says it can be dragged.
            g.setFill(Color.WHITE);
            g.fillRoundRect(x - 3.5, mid - 10, 7, 20, 4, 4);
            g.strokeRoundRect(x - 3.5, mid - 10, 7, 20, 4, 4);
        }
    }

    private void paintAxis(GraphicsContext g, TimelineScale scale, double bottom, double h) {
        TimelineScale.Ticks ticks = scale.ticks(this::tickLabelWidth);
        g.setStroke(AXIS_LINE);
        g.setLineWidth(1);
        g.setFont(tickFont);
        g.setFill(TEXT);
        g.setTextBaseline(VPos.TOP);
        for (TimelineScale.Tick t : ticks.ticks()) {
            if (t.x() >= scale.left() - 0.5 && t.x() <= scale.right() + 0.5) {
                double x = snap(t.x());
                g.strokeLine(x, bottom, x, bottom + (t.major() ? 6 : 3));
            }
            if (t.label() != null) {
                g.setTextAlign(TextAlignment.LEFT);
                g.fillText(t.label(), t.labelLeft(), bottom + 6);
            }
        }
        if (ticks.needsYear()) {
            // Labels such as "14 Oct" leave the year unsaid: the axis says it once, left of the first label.
            g.setFont(yearFont);
            g.setFill(TEXT);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(Integer.toString(scale.dateAt(scale.left()).getYear()), scale.left() - 6, bottom + 6);
        }
    }

    private void caption(GraphicsContext g, String text, double x, double y, TextAlignment align) {
        g.setFont(smallFont);
        g.setTextAlign(align);
        g.setTextBaseline(VPos.TOP);
        g.setStroke(HALO);
        g.setLineWidth(3);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.strokeText(text, x, y);
        g.setFill(MUTED);
        g.fillText(text, x, y);
    }

    /**
     * "14 Oct 2024: 3 incidents", "October 2024: 1,204 incidents". Incidents are whole: where a bar holds parts of
     * incidents known only to the week or month (spread over their days), it says about how many, or that the bar is
     * part of one, rather than a fraction or "0 incidents" on a bar that shows.
     */
    static String describe(TimelineBins.Bin bin, TimelineScale.Unit unit) {
        LocalDate d = bin.start();
        String when = switch (unit) {
            case DAY -> DAY.format(d);
            case WEEK -> "Week of " + DAY.format(unit.floor(d));
            case MONTH -> MONTH.format(d);
            case YEAR -> Integer.toString(d.getYear());
        };
        return when + ": " + incidents(bin.total());
    }

    /** A bar's incidents in words: a whole number as such, a spread share as "about" one, under one as a part. */
    static String incidents(double n) {
        long whole = Math.round(n);
        if (Math.abs(n - whole) < 1e-6) return String.format(Locale.ROOT, "%,d %s", whole, whole == 1 ? "incident" : "incidents");
        if (whole < 1) return "part of an incident dated only to the week or month";
        return String.format(Locale.ROOT, "about %,d %s, some dated only to the week or month", whole,
                whole == 1 ? "incident" : "incidents");
    }

    /** A whole number as such, anything else with one decimal. */
    static String number(double v) {
        if (Math.abs(v - Math.rint(v)) < 0.05) return Long.toString(Math.round(v));
        return String.format(Locale.ROOT, v < 0.1 ? "%.2f" : "%.1f", v);
    }

    /** The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten that is at least {@code v} (1 for 0). */
    static double niceCeiling(double v) {
        if (!(v > 0)) return 1;
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[]{1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * power >= v * (1 - 1e-9)) return step * power;
        }
        return 10 * power;
    }

    private double width(String text, Font font) {
        return widths.computeIfAbsent(font.getSize() + "\u0000" + font.getName() + "\u0000" + text, k -> {
            probe.setFont(font);
            probe.setText(text);
            return probe.getLayoutBounds().getWidth();
        });
    }

    private static double snap(double v) { return Math.floor(v) + 0.5; }
}
