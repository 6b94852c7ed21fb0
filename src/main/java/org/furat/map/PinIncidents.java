package org.furat.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which incidents a pin's place holds, as positions in the incident index (sorted, no repeats), so that a cluster
 * counts incidents rather than adding up its places' counts: a shelling of seven villages is one incident however
 * many of them one symbol gathers, as the header and the list count it. Immutable.
 */
public final class PinIncidents {

    /**
     * Counts of the member sets clustered lately: panning clusters the same places again every frame, and counting
     * a cluster costs a pass over its incidents (a million at most). Least recently used sets go first.
     */
    private static final int REMEMBERED = 256;
    private static final Map<List<PinIncidents>, Long> COUNTED = Collections.synchronizedMap(
            new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<PinIncidents>, Long> eldest) {
                    return size() > REMEMBERED;
                }
            });

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
        List<PinIncidents> sets = new ArrayList<>(pins.size());
        for (Pin p : pins) {
            if (p.incidents() == null) return null;
            sets.add(p.incidents());
        }
        return COUNTED.computeIfAbsent(List.copyOf(sets), PinIncidents::union);
    }

    private static long union(List<PinIncidents> sets) {
        int largest = -1;
        for (PinIncidents s : sets) if (s.positions.length > 0) largest = Math.max(largest, s.positions[s.positions.length - 1]);
        BitSet union = new BitSet(largest + 1);
        for (PinIncidents s : sets) for (int position : s.positions) union.set(position);
        return union.cardinality();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof PinIncidents other && hash == other.hash && Arrays.equals(positions, other.positions);
    }

    @Override
    public int hashCode() { return hash; }
}
