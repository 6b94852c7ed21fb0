package org.furat.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.furat.model.EventType;
import org.furat.model.TimeHistogram;

/**
 * The bars of a histogram in one view: its days summed into bins of the scale's unit (day, week, month or
 * year), each bin cut to the histogram's days. A bar's height is the sum over its days, so a week's bar holds
 * the week's incidents.
 */
final class TimelineBins {

    /** One bar: the days [start, end], incidents per event type (in {@link EventType} order) and their sum. */
    record Bin(LocalDate start, LocalDate end, double[] byType, double total) {}

    private TimelineBins() {}

    /** The bins that show, at least in part, in the scale's view, left to right. */
    static List<Bin> visible(TimeHistogram histogram, TimelineScale scale) {
        List<Bin> bins = new ArrayList<>();
        if (histogram.days() == 0) return bins;
        double[][] counts = histogram.counts();
        TimelineScale.Unit unit = scale.binUnit();
        LocalDate first = histogram.firstDay(), last = histogram.lastDay();
        LocalDate from = scale.dateAt(scale.left());
        if (from.isBefore(first)) from = first;
        LocalDate binStart = unit.floor(from);
        while (!binStart.isAfter(last) && scale.x(binStart) < scale.right()) {
            LocalDate next = unit.next(binStart);
            LocalDate a = binStart.isBefore(first) ? first : binStart;
            LocalDate b = next.minusDays(1).isAfter(last) ? last : next.minusDays(1);
            bins.add(sum(counts, first, a, b));
            binStart = next;
        }
        return bins;
    }

    /** The bin of the scale's unit that holds {@code day}, or null when the day is outside the histogram. */
    static Bin containing(TimeHistogram histogram, TimelineScale scale, LocalDate day) {
        if (histogram.days() == 0 || day.isBefore(histogram.firstDay()) || day.isAfter(histogram.lastDay())) return null;
        TimelineScale.Unit unit = scale.binUnit();
        LocalDate a = unit.floor(day), b = unit.last(day);
        if (a.isBefore(histogram.firstDay())) a = histogram.firstDay();
        if (b.isAfter(histogram.lastDay())) b = histogram.lastDay();
        return sum(histogram.counts(), histogram.firstDay(), a, b);
    }

    private static Bin sum(double[][] counts, LocalDate first, LocalDate a, LocalDate b) {
        int from = (int) (a.toEpochDay() - first.toEpochDay()), to = (int) (b.toEpochDay() - first.toEpochDay());
        double[] byType = new double[counts.length];
        double total = 0;
        for (int type = 0; type < counts.length; type++) {
            for (int day = from; day <= to; day++) byType[type] += counts[type][day];
            total += byType[type];
        }
        return new Bin(a, b, byType, total);
    }
}
