package org.furat.map;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Which incidents a pin's place holds, as positions in the incident index (sorted, no repeats), so that a cluster
 * counts incidents rather than adding up its places' counts: a shelling of seven villages is one incident however
 * many of them one symbol gathers, as the header and the list count it. Immutable.
 */
public final class PinIncidents {

    private final int[] positions;
    private final int hash;

    /** {@code positions}: sorted ascending, no repeats; not copied, so the caller must not change it afterwards. */
    public PinIncidents(int[] positions) {
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] <= positions[i - 1]) throw new IllegalArgumentException("positions must ascend without repeats");
        }
        this.positions = positions;
        this.hash = Arrays.hashCode(positions);
    }

    public int size() { return positions.length; }

    /** How many incidents the pins hold between them, each counted once; null where a pin does not say which. */
    static Long distinctCount(List<Pin> pins) {
        int largest = -1;
        for (Pin p : pins) {
            if (p.incidents() == null) return null;
            if (p.incidents().positions.length > 0) largest = Math.max(largest, p.incidents().positions[p.incidents().positions.length - 1]);
        }
        BitSet union = new BitSet(largest + 1);
        for (Pin p : pins) for (int position : p.incidents().positions) union.set(position);
        return (long) union.cardinality();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PinIncidents other && hash == other.hash && Arrays.equals(positions, other.positions);
    }

    @Override
    public int hashCode() { return hash; }
}
