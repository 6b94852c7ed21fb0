package org.furat.app;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.function.IntUnaryOperator;
import org.furat.model.Status;
import org.furat.model.SubEventType;
import org.furat.store.IncidentColumns;

/**
 * The order of the incident table: a result's incidents sorted by a column of the in-memory index, so that a
 * million rows are ordered in one or two counting sorts (linear, tens of milliseconds) without reading the disk.
 * Stateless and thread-safe.
 */
public final class IncidentOrder {

    /** The columns the table can be sorted by: those the index holds. */
    public enum Column { DATE, TYPE, STATUS }

    /**
     * A sort: by a column, ascending or descending. Ties on type or status are newest first; ties on the date are in
     * the order incidents were added (last added first when descending).
     */
    public record Sort(Column column, boolean descending) {
        /** What the table shows first: newest first, as the list of cards did. */
        public static final Sort NEWEST_FIRST = new Sort(Column.DATE, true);
    }

    /** Each sub-type's rank when sorted by the text the table shows, "type › sub-type". */
    private static final int[] SUB_TYPE_RANK = rankOf(SubEventType.values(),
            Comparator.comparing((SubEventType s) -> s.type().label()).thenComparing(SubEventType::label));
    /** Each status's rank when sorted by its name. */
    private static final int[] STATUS_RANK = rankOf(Status.values(), Comparator.comparing(Status::code));

    private IncidentOrder() {}

    /** The positions of {@code positions} in the order of {@code sort}. */
    static int[] sorted(IncidentIndex index, BitSet positions, Sort sort) {
        IncidentColumns columns = index.columns();
        int[] byDate = byDate(columns, positions.stream().toArray());
        if (sort.column() == Column.DATE) return sort.descending() ? reversed(byDate) : byDate;
        int[] newestFirst = reversed(byDate);
        return switch (sort.column()) {
            case TYPE -> countingSort(newestFirst, p -> rank(SUB_TYPE_RANK, columns.subType()[p], sort), SUB_TYPE_RANK.length);
            case STATUS -> countingSort(newestFirst, p -> rank(STATUS_RANK, columns.status()[p], sort), STATUS_RANK.length);
            default -> throw new IllegalStateException("no order for " + sort.column());
        };
    }

    private static int rank(int[] ranks, int ordinal, Sort sort) {
        return sort.descending() ? ranks.length - 1 - ranks[ordinal] : ranks[ordinal];
    }

    /** Ascending by start day, then by position (the order incidents were added). */
    private static int[] byDate(IncidentColumns columns, int[] ascending) {
        if (ascending.length == 0) return ascending;
        int[] start = columns.startDay();
        int first = Integer.MAX_VALUE, last = Integer.MIN_VALUE;
        for (int p : ascending) {
            first = Math.min(first, start[p]);
            last = Math.max(last, start[p]);
        }
        int from = first;
        return countingSort(ascending, p -> start[p] - from, last - first + 1);
    }

    /** A stable counting sort of {@code items} by a key in [0, buckets). */
    private static int[] countingSort(int[] items, IntUnaryOperator key, int buckets) {
        int[] offsets = new int[buckets + 1];
        for (int item : items) offsets[key.applyAsInt(item) + 1]++;
        for (int b = 0; b < buckets; b++) offsets[b + 1] += offsets[b];
        int[] sorted = new int[items.length];
        for (int item : items) sorted[offsets[key.applyAsInt(item)]++] = item;
        return sorted;
    }

    private static int[] reversed(int[] items) {
        int[] out = new int[items.length];
        for (int i = 0; i < items.length; i++) out[i] = items[items.length - 1 - i];
        return out;
    }

    private static <E extends Enum<E>> int[] rankOf(E[] values, Comparator<E> order) {
        E[] sorted = Arrays.copyOf(values, values.length);
        Arrays.sort(sorted, order);
        int[] rank = new int[values.length];
        for (int r = 0; r < sorted.length; r++) rank[sorted[r].ordinal()] = r;
        return rank;
    }
}
