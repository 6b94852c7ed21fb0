package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.furat.store.IncidentColumns;
import org.junit.jupiter.api.Test;

/** New incidents written past the end of shared arrays never show in, or overwrite, another snapshot. */
class ColumnsPatchTest {

    /** Incidents with these ids, each on its own day, with no places or actors. */
    private static IncidentColumns columns(long... ids) {
        int n = ids.length;
        int[] days = new int[n];
        for (int i = 0; i < n; i++) days[i] = 19000 + (int) ids[i];
        byte[] ones = new byte[n];
        java.util.Arrays.fill(ones, (byte) 1);
        return new IncidentColumns(ids, days, days.clone(), ones, new byte[n], new byte[n], new byte[n], new int[n + 1], new int[0],
                new byte[0], new int[n + 1], new int[0], List.of(), List.of(), false);
    }

    private static long[] all(IncidentIndex index) {
        BitSet every = new BitSet();
        every.set(0, index.size());
        return index.ids(every);
    }

    @Test
    void twoSnapshotsAddingToTheSameOneEachKeepTheirOwnIncidents() {
        IncidentIndex read = new IncidentIndex(columns(1, 2, 3), Map.of());
        // The first change copies the exact arrays read from the database into ones with room; the next ones use it.
        IncidentIndex base = read.withChanges(new long[]{4}, columns(4), Map.of());
        IncidentIndex first = base.withChanges(new long[]{10}, columns(10), Map.of());
        IncidentIndex second = base.withChanges(new long[]{11, 12}, columns(11, 12), Map.of());
        IncidentIndex after = first.withChanges(new long[]{13}, columns(13), Map.of());

        assertArrayEquals(new long[]{1, 2, 3}, all(read));
        assertArrayEquals(new long[]{1, 2, 3, 4}, all(base));
        assertArrayEquals(new long[]{1, 2, 3, 4, 10}, all(first));
        assertArrayEquals(new long[]{1, 2, 3, 4, 11, 12}, all(second));
        assertArrayEquals(new long[]{1, 2, 3, 4, 10, 13}, all(after));
        // What a filter reads of each: its own incidents' days (19001 to 19012), and a search answer in its own positions.
        assertEquals(12, second.apply(org.furat.model.IncidentFilter.ALL, null).histogram().counts()[0].length);
        assertEquals(-1, second.positionsOf(new long[]{10}).nextSetBit(0), "the other snapshot's incident is not in this one");
        assertEquals(4, first.positionsOf(new long[]{10}).nextSetBit(0));
    }
}
