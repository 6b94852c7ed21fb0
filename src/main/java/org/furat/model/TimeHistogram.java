package org.furat.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * Incidents per event type and day: {@code counts[type][day]} is the number of incidents of
 * {@code EventType.values()[type]} on day {@code firstDay + day}. Values may be fractional, because an incident
 * known only to the week or month is spread over its days by whoever builds the histogram.
 * Immutable and thread-safe: the arrays are copied in and out.
 */
public record TimeHistogram(LocalDate firstDay, double[][] counts) {

    private static final int TYPES = EventType.values().length;

    /**
     * @param firstDay the day of column 0
     * @param counts   one row per event type, in {@link EventType} order, all of the same length; no negative,
     *                 NaN or infinite values
     */
    public TimeHistogram {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(counts, "counts");
        if (counts.length != TYPES) {
            throw new IllegalArgumentException("A histogram needs one row per event type (" + TYPES + "), not " + counts.length);
        }
        double[][] copy = new double[TYPES][];
        for (int type = 0; type < TYPES; type++) {
            double[] row = Objects.requireNonNull(counts[type], "row " + type);
            if (row.length != counts[0].length) {
                throw new IllegalArgumentException("Row " + type + " has " + row.length + " days, row 0 has " + counts[0].length);
            }
            for (int day = 0; day < row.length; day++) {
                if (!(row[day] >= 0) || Double.isInfinite(row[day])) {
                    throw new IllegalArgumentException("Bad count " + row[day] + " for " + EventType.values()[type]
                            + " on " + firstDay.plusDays(day));
                }
            }
            copy[type] = row.clone();
        }
        counts = copy;
    }

    /** A histogram of {@code days} days with no incidents. */
    public static TimeHistogram empty(LocalDate firstDay, int days) {
        return new TimeHistogram(firstDay, new double[TYPES][days]);
    }

    /** A copy of the counts. */
    @Override
    public double[][] counts() {
        double[][] copy = new double[TYPES][];
        for (int type = 0; type < TYPES; type++) copy[type] = counts[type].clone();
        return copy;
    }

    public int days() { return counts[0].length; }

    /** The last day covered; the day before {@link #firstDay} when the histogram has no days. */
    public LocalDate lastDay() { return firstDay.plusDays(days() - 1L); }

    /** The days covered, or null when there are none. */
    public DateSpan span() { return days() == 0 ? null : new DateSpan(firstDay, lastDay()); }

    /** Incidents of one type on one day, counted from {@link #firstDay}. */
    public double count(EventType type, int day) { return counts[type.ordinal()][day]; }

    /** The event types with incidents on some day: those a chart of the histogram draws. */
    public java.util.Set<EventType> types() {
        java.util.Set<EventType> types = java.util.EnumSet.noneOf(EventType.class);
        for (int type = 0; type < TYPES; type++) {
            for (double v : counts[type]) {
                if (v > 0) {
                    types.add(EventType.values()[type]);
                    break;
                }
            }
        }
        return types;
    }

    /** Incidents of every type per day. */
    public double[] totals() {
        double[] totals = new double[days()];
        for (double[] row : counts) {
            for (int day = 0; day < row.length; day++) totals[day] += row[day];
        }
        return totals;
    }

    /** Incidents of every type on every day. */
    public double total() {
        double total = 0;
        for (double[] row : counts) {
            for (double c : row) total += c;
        }
        return total;
    }

    /** True when there are no days, or no incidents on any of them. */
    public boolean isEmpty() { return total() == 0; }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeHistogram h && firstDay.equals(h.firstDay) && Arrays.deepEquals(counts, h.counts);
    }

    @Override
    public int hashCode() { return 31 * firstDay.hashCode() + Arrays.deepHashCode(counts); }

    @Override
    public String toString() {
        return "TimeHistogram[" + firstDay + " + " + days() + " days, " + total() + " incidents]";
    }
}
