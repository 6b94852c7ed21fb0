package org.furat.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The timeline's time axis as pure arithmetic: which days are visible, where each is drawn, how wide the bars
 * are and where the ticks go. Day {@code d} occupies [x(d), x(d + 1)) in pixels, where days are counted as
 * epoch days. The visible span always stays within the data's span (or centred on it when the data covers less
 * than the narrowest zoom). Immutable; every change returns a new scale.
 */
final class TimelineScale {

    /** Bars narrower than this are merged into weeks, months or years. */
    static final double MIN_BAR_PX = 3;
    /** The narrowest zoom. */
    static final double MIN_VISIBLE_DAYS = 14;
    /** The least space between two tick labels. */
    static final double LABEL_GAP = 12;
    private static final double MIN_MINOR_PX = 5;

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /** A bin or tick unit. Weeks start on Monday. */
    enum Unit {
        DAY(1, "day"), WEEK(7, "week"), MONTH(30.44, "month"), YEAR(365.25, "year");

        final double nominalDays;
        final String noun;

        Unit(double nominalDays, String noun) {
            this.nominalDays = nominalDays;
            this.noun = noun;
        }

        /** The first day of the unit that holds {@code day}. */
        LocalDate floor(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
                case YEAR -> day.withDayOfYear(1);
            };
        }

        /** The first day of the next unit after the one that starts on {@code start}. */
        LocalDate next(LocalDate start) {
            return switch (this) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
                case YEAR -> start.plusYears(1);
            };
        }

        /** The last day of the unit that holds {@code day}. */
        LocalDate last(LocalDate day) { return next(floor(day)).minusDays(1); }
    }

    /**
     * A tick at pixel {@code x} (left of the plot for an interval that began off screen but still names it);
     * {@code label} is null for a minor tick or a label that did not fit.
     */
    record Tick(double x, String label, boolean major, double labelLeft, double labelRight) {}

    private final long firstDay;
    private final long lastDay;
    private final double start;
    private final double days;
    private final double left;
    private final double width;

    private TimelineScale(long firstDay, long lastDay, double start, double days, double left, double width) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.left = left;
        this.width = Math.max(1, width);
        double span = lastDay - firstDay + 1;
        double d = Math.max(MIN_VISIBLE_DAYS, Math.min(days, Math.max(span, MIN_VISIBLE_DAYS)));
        this.days = d;
        this.start = d >= span ? firstDay - (d - span) / 2 : Math.max(firstDay, Math.min(start, lastDay + 1 - d));
    }

    /** The whole of [first, last] across {@code width} pixels starting at {@code left}. */
    static TimelineScale fit(LocalDate first, LocalDate last, double left, double width) {
        if (last.isBefore(first)) throw new IllegalArgumentException(last + " is before " + first);
        long a = first.toEpochDay(), b = last.toEpochDay();
        return new TimelineScale(a, b, a, b - a + 1, left, width);
    }

    /** The same data showing [from, to] as closely as the zoom limits allow. */
    TimelineScale showing(LocalDate from, LocalDate to) {
        return new TimelineScale(firstDay, lastDay, from.toEpochDay(), to.toEpochDay() - from.toEpochDay() + 1, left, width);
    }

    /** Zoomed in by {@code factor} (below 1 zooms out) keeping the day under pixel {@code x} in place. */
    TimelineScale zoomedAround(double x, double factor) {
        double pinned = dayAt(x), newDays = days / factor;
        return new TimelineScale(firstDay, lastDay, pinned - (x - left) / width * newDays, newDays, left, width);
    }

    /** Moved so that what was at pixel x is now at x + dx. */
    TimelineScale pannedBy(double dx) {
        return new TimelineScale(firstDay, lastDay, start - dx / pixelsPerDay(), days, left, width);
    }

    TimelineScale resized(double newLeft, double newWidth) {
        return new TimelineScale(firstDay, lastDay, start, days, newLeft, newWidth);
    }

    /** Panned as little as needed to show [from, to] (or its start, when it is longer than the view). */
    TimelineScale revealing(LocalDate from, LocalDate to) {
        double a = from.toEpochDay(), b = to.toEpochDay() + 1;
        if (a >= start && b <= start + days) return this;
        double s = b - a > days || a < start ? a : b - days;
        return new TimelineScale(firstDay, lastDay, s, days, left, width);
    }

    LocalDate firstDay() { return LocalDate.ofEpochDay(firstDay); }

    LocalDate lastDay() { return LocalDate.ofEpochDay(lastDay); }

    double left() { return left; }

    double right() { return left + width; }

    double width() { return width; }

    /** The visible span in (fractional) epoch days: [start, start + days). */
    double startDay() { return start; }

    double visibleDays() { return days; }

    boolean showsEverything() { return days >= lastDay - firstDay + 1 - 1e-9; }

    double pixelsPerDay() { return width / days; }

    /** The pixel of the start of epoch day {@code day} (fractions allowed). */
    double x(double day) { return left + (day - start) * pixelsPerDay(); }

    /** The pixel where {@code date} starts. */
    double x(LocalDate date) { return x(date.toEpochDay()); }

    /** The (fractional) epoch day at pixel {@code x}. */
    double dayAt(double x) { return start + (x - left) / pixelsPerDay(); }

    /** The day drawn at pixel {@code x}. */
    LocalDate dateAt(double x) { return LocalDate.ofEpochDay((long) Math.floor(dayAt(x))); }

    /** The day at pixel x, kept within the data's span. */
    LocalDate dateWithinDataAt(double x) {
        return LocalDate.ofEpochDay(Math.max(firstDay, Math.min(lastDay, (long) Math.floor(dayAt(x)))));
    }

    /** The finest of day, week, month, year whose bars are at least {@link #MIN_BAR_PX} wide. */
    Unit binUnit() {
        double ppd = pixelsPerDay();
        if (ppd >= MIN_BAR_PX) return Unit.DAY;
        if (7 * ppd >= MIN_BAR_PX) return Unit.WEEK;
        if (28 * ppd >= MIN_BAR_PX) return Unit.MONTH;
        return Unit.YEAR;
    }

    /** The first day after the bin boundary nearest to pixel {@code x}, kept within the data (plus one day). */
    LocalDate nearestBoundary(double x) {
        Unit unit = binUnit();
        LocalDate day = dateAt(x);
        LocalDate before = unit.floor(day), after = unit.next(before);
        LocalDate nearest = Math.abs(x(before) - x) <= Math.abs(x(after) - x) ? before : after;
        long d = Math.max(firstDay, Math.min(lastDay + 1, nearest.toEpochDay()));
        return LocalDate.ofEpochDay(d);
    }

    // ---- ticks ----

    /** How a level of ticks steps and names its dates. */
    private enum Level {
        DAY(1, true), WEEK(7, true), HALF_MONTH(15.2, true), MONTH_LONG(30.44, false), MONTH(30.44, false),
        QUARTER(91.3, false), YEAR(365.25, false), YEARS_2(730.5, false), YEARS_5(1826, false),
        YEARS_10(3652, false), YEARS_20(7305, false), YEARS_50(18262, false), YEARS_100(36525, false);

        final double nominalDays;
        /** A point level names a day and is centred on it; the others name the interval that starts at the tick. */
        final boolean point;

        Level(double nominalDays, boolean point) {
            this.nominalDays = nominalDays;
            this.point = point;
        }

        int years() {
            return switch (this) {
                case YEARS_2 -> 2;
                case YEARS_5 -> 5;
                case YEARS_10 -> 10;
                case YEARS_20 -> 20;
                case YEARS_50 -> 50;
                case YEARS_100 -> 100;
                default -> 1;
            };
        }

        LocalDate floor(LocalDate d) {
            return switch (this) {
                case DAY -> d;
                case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case HALF_MONTH -> d.withDayOfMonth(d.getDayOfMonth() >= 15 ? 15 : 1);
                case MONTH_LONG, MONTH -> d.withDayOfMonth(1);
                case QUARTER -> d.withDayOfMonth(1).minusMonths((d.getMonthValue() - 1) % 3);
                default -> d.withDayOfYear(1).minusYears(Math.floorMod(d.getYear(), years()));
            };
        }

        LocalDate next(LocalDate d) {
            return switch (this) {
                case DAY -> d.plusDays(1);
                case WEEK -> d.plusWeeks(1);
                case HALF_MONTH -> d.getDayOfMonth() < 15 ? d.withDayOfMonth(15) : d.withDayOfMonth(1).plusMonths(1);
                case MONTH_LONG, MONTH -> d.plusMonths(1);
                case QUARTER -> d.plusMonths(3);
                default -> d.plusYears(years());
            };
        }

        /** The label of the tick at {@code d}; {@code previous} is the tick before it. */
        String label(LocalDate d, LocalDate previous) {
            return switch (this) {
                case DAY, WEEK, HALF_MONTH -> (previous.getYear() != d.getYear() ? DAY_MONTH_YEAR : DAY_MONTH).format(d);
                case MONTH_LONG -> MONTH_YEAR.format(d);
                case MONTH, QUARTER -> d.getMonthValue() == 1 ? Integer.toString(d.getYear()) : SHORT_MONTH.format(d);
                default -> Integer.toString(d.getYear());
            };
        }

        /** Whether every label names its year, so the axis needs no separate year. */
        boolean namesYears() { return this == MONTH_LONG || ordinal() >= YEAR.ordinal(); }
    }

    /** The labelled and minor ticks of the current view, labels measured by {@code labelWidth}. */
    Ticks ticks(ToDoubleFunction<String> labelWidth) {
        Level[] levels = Level.values();
        Level chosen = levels[levels.length - 1];
        List<Tick> major = null;
        for (Level level : levels) {
            if (level.nominalDays * pixelsPerDay() < 16) continue;
            List<Tick> ticks = majorTicks(level, labelWidth);
            if (fits(ticks)) {
                chosen = level;
                major = ticks;
                break;
            }
        }
        if (major == null) major = thinned(majorTicks(chosen, labelWidth));
        List<Tick> all = new ArrayList<>(major);
        Level minor = minorLevel(chosen);
        if (minor != null) {
            LocalDate d = minor.floor(dateAt(left));
            while (x(d) <= right()) {
                double tx = minor.point ? x(d.toEpochDay() + 0.5) : x(d);
                if (tx >= left && tx <= right()) all.add(new Tick(tx, null, false, tx, tx));
                d = minor.next(d);
            }
        }
        return new Ticks(List.copyOf(all), !chosen.namesYears());
    }

    /** The ticks of the view; {@code needsYear} when the labels leave the year unsaid (the view shows it apart). */
    record Ticks(List<Tick> ticks, boolean needsYear) {

        List<Tick> labelled() { return ticks.stream().filter(t -> t.label() != null).toList(); }
    }

    private List<Tick> majorTicks(Level level, ToDoubleFunction<String> labelWidth) {
        List<Tick> ticks = new ArrayList<>();
        LocalDate d = level.floor(dateAt(left));
        LocalDate previous = d.minusDays(1);
        while (x(d) <= right()) {
            LocalDate next = level.next(d);
            String label = level.label(d, previous);
            double w = labelWidth.applyAsDouble(label);
            double tx, a, b;
            if (level.point) {
                tx = x(d.toEpochDay() + 0.5);
                a = tx - w / 2;
                b = tx + w / 2;
            } else {
                // An interval's label starts just after its tick, or at the left edge when the interval began
                // off screen, and must end inside its interval.
                tx = x(d);
                a = Math.max(tx, left) + 3;
                b = a + w;
                if (b > x(next) - 2) label = null;
            }
            if (a < left || b > right()) label = null;
            if (tx >= left - 0.5 || label != null) ticks.add(new Tick(tx, label, true, a, b));
            previous = d;
            d = next;
        }
        return ticks;
    }

    private static boolean fits(List<Tick> ticks) {
        double end = Double.NEGATIVE_INFINITY;
        int labels = 0;
        for (Tick t : ticks) {
            if (t.label() == null) continue;
            if (t.labelLeft() < end + LABEL_GAP) return false;
            end = t.labelRight();
            labels++;
        }
        return labels > 0 || ticks.isEmpty();
    }

    /** Drops labels, left to right, that would touch the one before. */
    private static List<Tick> thinned(List<Tick> ticks) {
        List<Tick> out = new ArrayList<>();
        double end = Double.NEGATIVE_INFINITY;
        for (Tick t : ticks) {
            if (t.label() != null && t.labelLeft() < end + LABEL_GAP) {
                out.add(new Tick(t.x(), null, true, t.x(), t.x()));
            } else {
                out.add(t);
                if (t.label() != null) end = t.labelRight();
            }
        }
        return out;
    }

    /** The finest of days, months and years that is finer than {@code level} and at least a few pixels apart. */
    private Level minorLevel(Level level) {
        for (Level minor : new Level[]{Level.DAY, Level.MONTH, Level.YEAR}) {
            if (minor.nominalDays < level.nominalDays - 1e-9 && minor.nominalDays * pixelsPerDay() >= MIN_MINOR_PX) {
                return minor;
            }
        }
        return null;
    }
}
