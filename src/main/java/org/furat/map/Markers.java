package org.furat.map;

import java.util.List;
import java.util.Locale;

/**
 * Sizes (in pixels) and count texts of the map's symbols. A pin's area tracks its count up to ten incidents,
 * then its radius grows with the logarithm of the count, so a place with tens of thousands of incidents stays a
 * readable symbol (at most {@link #MAX_PIN_RADIUS}) rather than covering its neighbours. A cluster is a little
 * bigger than a pin of the same count and wears a halo. Pure arithmetic: safe to call from any thread.
 */
public final class Markers {

    /** Pixels: no pin is drawn bigger than this, whatever its count. */
    public static final double MAX_PIN_RADIUS = 26;
    /** Pixels: no cluster disc is drawn bigger than this (its halo adds {@link #CLUSTER_HALO}). */
    public static final double MAX_CLUSTER_RADIUS = 29;
    /** Pixels: the width of the darker halo around a cluster's disc. */
    public static final double CLUSTER_HALO = 4;
    /** Pixels: the smallest cluster disc, so that two pins of one incident each still make a visible cluster. */
    static final double MIN_CLUSTER_RADIUS = 14;
    /** Up to this count the radius follows the square root (area tracks the count); above it, the logarithm. */
    private static final double SQRT_UP_TO = 10;
    /** Pixels per natural-log unit above {@link #SQRT_UP_TO}: reaches {@link #MAX_PIN_RADIUS} at a million. */
    private static final double LOG_SLOPE = (MAX_PIN_RADIUS - sqrtRadius(SQRT_UP_TO)) / Math.log(1_000_000 / SQRT_UP_TO);
    /** Pixels kept free between two neighbouring symbols when choosing the clustering radius. */
    private static final double GAP = 2;

    private Markers() {}

    private static double sqrtRadius(double count) {
        return 5 + 3.2 * Math.sqrt(count);
    }

    /** The radius of a single place's pin: {@code 5 + 3.2·√count} up to ten, then logarithmic, capped. */
    public static double pinRadius(long count) {
        double c = Math.max(1, count);
        if (c <= SQRT_UP_TO) return sqrtRadius(c);
        return Math.min(MAX_PIN_RADIUS, sqrtRadius(SQRT_UP_TO) + LOG_SLOPE * Math.log(c / SQRT_UP_TO));
    }

    /** The radius of a cluster's disc (without its halo) for its count. */
    public static double clusterRadius(long count) {
        return Math.min(MAX_CLUSTER_RADIUS, Math.max(MIN_CLUSTER_RADIUS, pinRadius(count) + 3));
    }

    /** How far a symbol reaches from its centre, halo included: what must stay clear of labels and other symbols. */
    public static double outerRadius(Cluster c) {
        return c.isSingle() ? pinRadius(c.seed().count()) : clusterRadius(c.count()) + CLUSTER_HALO;
    }

    /** The radius of the disc a symbol draws: the pin's for one place, the cluster's for several. */
    public static double radius(Cluster c) {
        return c.isSingle() ? pinRadius(c.seed().count()) : clusterRadius(c.count());
    }

    /**
     * The clustering radius that keeps symbols apart: twice the farthest reach any symbol of these pins can
     * have (a cluster of all of them), plus a small gap. Cluster centres are at least this far apart (see
     * {@link PinClusterer}), so no two drawn symbols overlap; and when the counts are small, so are the
     * symbols, and places are only merged when they would really collide.
     */
    public static double clusteringRadius(List<Pin> pins) {
        long total = 0;
        for (Pin p : pins) total += Math.max(0, p.count());
        return 2 * (clusterRadius(Math.max(1, total)) + CLUSTER_HALO) + GAP;
    }

    /**
     * A count as it fits inside a symbol: in full below a thousand, then with three significant figures at
     * most: {@code 1k}, {@code 1.2k}, {@code 12.3k}, {@code 123k}, {@code 1.2M}, {@code 12M}... Rounded to the
     * nearest, so 999 950 reads {@code 1M}, not {@code 1000k}.
     */
    public static String countText(long count) {
        if (Math.abs(count) < 1000) return Long.toString(count);
        String sign = count < 0 ? "-" : "";
        double value = Math.abs((double) count);
        String[] units = {"k", "M", "B", "T"};
        double scale = 1000;
        for (int i = 0; i < units.length; i++, scale *= 1000) {
            double v = value / scale;
            // Round first, then decide whether the rounded value still belongs to this unit.
            double rounded = v < 100 ? Math.round(v * 10) / 10.0 : Math.round(v);
            if (rounded < 1000 || i == units.length - 1) {
                String digits = rounded == Math.rint(rounded)
                        ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
                return sign + digits + units[i];
            }
        }
        throw new AssertionError("unreachable");
    }
}
