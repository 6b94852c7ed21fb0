package org.furat.ingest;

import org.furat.model.Casualties;

/**
 * Two figures a report gives for one event's dead or wounded, told twice: whether they can be one toll, and which
 * of them to keep. "Dozens wounded" and, further on, "thirty wounded" agree, and the report's own later, exact
 * figure is the one incident datasets record; "two killed" and "five killed" are two events.
 */
final class Tolls {

    private Tolls() {}

    /** Whether {@code a} and {@code b} can count the same people: either is unknown, or their ranges meet. */
    static boolean agree(Casualties a, Casualties b) {
        if (!a.known() || !b.known()) return true;
        return low(a) <= high(b) && low(b) <= high(a);
    }

    /**
     * Of two figures that agree, the narrower (the exact one), {@code first} on a tie; a known one over none. Of two
     * with no ceiling, the higher floor: "at least 40 killed" says more than "nine civilians were among the dead".
     */
    static Casualties sharper(Casualties first, Casualties second) {
        if (!first.known()) return second;
        if (!second.known()) return first;
        if (width(first) == Long.MAX_VALUE && width(second) == Long.MAX_VALUE) return low(second) > low(first) ? second : first;
        return width(second) < width(first) ? second : first;
    }

    /**
     * Two figures of one event's people told as parts ("three soldiers were killed, and two attackers were also
     * killed"): added up, as incident datasets record an event's toll. An unknown part adds nothing.
     */
    static Casualties sum(Casualties a, Casualties b) {
        if (!a.known()) return b;
        if (!b.known()) return a;
        Integer best = a.best() != null && b.best() != null ? a.best() + b.best() : null;
        int low = (int) (low(a) + low(b));
        Integer high = high(a) == Long.MAX_VALUE || high(b) == Long.MAX_VALUE ? null : (int) (high(a) + high(b));
        return new Casualties(best != null && best >= low ? best : null, low, high);
    }

    private static long low(Casualties c) {
        return c.low() != null ? c.low() : c.best() != null ? c.best() : 0;
    }

    /** The high bound; "at least N" has none. */
    private static long high(Casualties c) {
        if (c.high() != null) return c.high();
        if (c.low() == null && c.best() != null) return c.best();
        return Long.MAX_VALUE;
    }

    private static long width(Casualties c) {
        long high = high(c);
        return high == Long.MAX_VALUE ? Long.MAX_VALUE : high - low(c);
    }
}
