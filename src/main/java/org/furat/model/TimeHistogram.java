package org.furat.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Incidents per day and event type: counts[type][day] for {@code EventType.values()[type]} on
 * {@code firstDay + day}. Values may be fractional because an incident known only to its week or month is
 * spread over its days. Immutable.
 */
public record TimeHistogram(LocalDate firstDay, double[][] counts) {

    public TimeHistogram {
        Objects.requireNonNull(firstDay, "firstDay");
        if (counts.length != EventType.values().length) {
            throw new IllegalArgumentException("A histogram needs one row per event type, not " + counts.length);
        }
        double[][] copy = new double[counts.length][];
        for (int t = 0; t < counts.length; t++) {
            if (counts[t].length != counts[0].length) throw new IllegalArgumentException("Histogram rows differ in length");
            for (double v : counts[t]) if (v < 0 || Double.isNaN(v)) throw new IllegalArgumentException("Negative count " + v);
            copy[t] = counts[t].clone();
        }
        counts = copy;
    }

    @Override
    public double[][] counts() {
        double[][] copy = new double[counts.length][];
        for (int t = 0; t < counts.length; t++) copy[t] = counts[t].clone();
        return copy;
    }

    public int days() { return counts[0].length; }

    public LocalDate lastDay() { return firstDay.plusDays(Math.max(0, days() - 1)); }

    /** Incidents per day, all types together. */
    public double[] totals() {
        double[] totals = new double[days()];
        for (double[] row : counts) for (int d = 0; d < row.length; d++) totals[d] += row[d];
        return totals;
    }

    public double total() {
        double sum = 0;
        for (double v : totals()) sum += v;
        return sum;
    }
}
