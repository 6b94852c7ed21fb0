package org.furat.app;

import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.furat.store.IncidentColumns;

/**
 * New filter columns from old ones and the rows of a few changed incidents, slot for slot what reading every
 * incident again would give: incidents stay in id order, so a changed one keeps its slot, a new one is slotted
 * in by its id and a removed one closes up. The runs of unchanged incidents between them are copied in blocks,
 * so the cost is a copy of the arrays (milliseconds at a million incidents) rather than a read of the tables
 * (seconds); an edit that moves no slot copies only the arrays it changes. The old columns are not touched:
 * results computed on them stay valid, and arrays nothing changed in are shared between the two.
 */
final class ColumnsPatch {

    private final IncidentColumns old;
    private final Room room;
    private final IncidentColumns rows;
    private final int[] placeMap;
    private final int[] actorMap;
    // The columns being written, and how far each is filled.
    private long[] ids;
    private int[] startDay, endDay, linkStart, linkPlace, actorStart, actor;
    private byte[] timePrecision, subType, status, deleted, linkPrecision;
    private int filled, linksFilled, actorsFilled;

    private ColumnsPatch(IncidentColumns old, Room room, IncidentColumns rows, int[] placeMap, int[] actorMap) {
        this.old = old;
        this.room = room;
        this.rows = rows;
        this.placeMap = placeMap;
        this.actorMap = actorMap;
    }

    /**
     * The columns {@code old} with the incidents of {@code requestedIds} as {@code rows} has them: changed where both
     * have an id, added where only the rows have it, removed where only the old columns do. The rows' place and
     * actor indexes become {@code placeMap[i]} and {@code actorMap[i]}, indexes into {@code placeKeys} and
     * {@code actorKeys}, which must begin with the old columns' keys. {@code room} is the old columns' room for new
     * incidents; the answer names the new columns' own.
     */
    static Patched apply(IncidentColumns old, Room room, long[] requestedIds, IncidentColumns rows, int[] placeMap, int[] actorMap,
                         List<String> placeKeys, List<String> actorKeys) {
        return new ColumnsPatch(old, room, rows, placeMap, actorMap).apply(requestedIds, placeKeys, actorKeys);
    }

    /** Patched columns and their room for new incidents. */
    record Patched(IncidentColumns columns, Room room) {}

    /**
     * Who may write into the slots past the end of a set of arrays. Columns extended in place share their arrays
     * with those they came from, which never read past their own size; but two columns made from the same ones
     * must not both write there, so the first to move the claim from its size on gets the room, and any other
     * copies.
     */
    static final class Room {
        private final java.util.concurrent.atomic.AtomicInteger claimed;

        Room(int size) {
            claimed = new java.util.concurrent.atomic.AtomicInteger(size);
        }

        boolean claim(int from, int to) {
            return claimed.compareAndSet(from, to);
        }
    }

    private Patched apply(long[] requestedIds, List<String> placeKeys, List<String> actorKeys) {
        long[] touched = LongStream.concat(Arrays.stream(requestedIds), Arrays.stream(rows.ids())).distinct().sorted().toArray();
        IncidentColumns inPlace = inPlace(touched, placeKeys, actorKeys);
        if (inPlace != null) return new Patched(inPlace, room);
        IncidentColumns appended = appended(touched, placeKeys, actorKeys);
        if (appended != null) return new Patched(appended, room);
        int size = old.size(), links = old.linkCount(), actors = old.actorCount();
        for (long id : touched) {
            int at = old(id);
            int row = Arrays.binarySearch(rows.ids(), id);
            if (at >= 0) {
                size--;
                links -= old.linkStart()[at + 1] - old.linkStart()[at];
                actors -= old.actorStart()[at + 1] - old.actorStart()[at];
            }
            if (row >= 0) {
                size++;
                links += rows.linkStart()[row + 1] - rows.linkStart()[row];
                actors += rows.actorStart()[row + 1] - rows.actorStart()[row];
            }
        }
        allocate(size, links, actors);
        int from = 0;
        for (long id : touched) {
            int at = old(id);
            int until = at >= 0 ? at : -at - 1;
            copyOld(from, until);
            from = at >= 0 ? at + 1 : until;
            int row = Arrays.binarySearch(rows.ids(), id);
            if (row >= 0) copyRow(row);
        }
        copyOld(from, old.size());
        linkStart[filled] = linksFilled;
        actorStart[filled] = actorsFilled;
        return new Patched(new IncidentColumns(ids, startDay, endDay, timePrecision, subType, status, deleted, linkStart, linkPlace,
                linkPrecision, actorStart, actor, placeKeys, actorKeys, old.synthetic(), size), new Room(size));
    }

    /** The slot of an incident in the old columns, or where it would go (as {@link Arrays#binarySearch} says). */
    private int old(long id) {
        return Arrays.binarySearch(old.ids(), 0, old.size(), id);
    }

    /**
     * New incidents, done without copying: when every touched incident is new and comes after the last (ids grow),
     * and the arrays have room, they are written past the old columns' end, into arrays the two then share. Null
     * otherwise, or when other columns made from the same ones took the room first.
     */
    private IncidentColumns appended(long[] touched, List<String> placeKeys, List<String> actorKeys) {
        int size = old.size();
        long last = size == 0 ? Long.MIN_VALUE : old.ids()[size - 1];
        int added = 0, links = 0, actors = 0;
        for (long id : touched) {
            int row = Arrays.binarySearch(rows.ids(), id);
            if (row < 0) {
                if (old(id) >= 0) return null; // one taken out
                continue; // neither there before nor now: nothing to do
            }
            if (id <= last) return null;
            added++;
            links += count(rows.linkStart(), row);
            actors += count(rows.actorStart(), row);
        }
        int end = size + added, linkEnd = old.linkCount() + links, actorEnd = old.actorCount() + actors;
        boolean fits = old.linkStart().length > end && old.actorStart().length > end && old.linkPlace().length >= linkEnd
                && old.linkPrecision().length >= linkEnd && old.actor().length >= actorEnd
                && java.util.stream.IntStream.of(old.ids().length, old.startDay().length, old.endDay().length, old.timePrecision().length,
                        old.subType().length, old.status().length, old.deleted().length).allMatch(n -> n >= end);
        if (!fits || !room.claim(size, size + added)) return null;
        ids = old.ids();
        startDay = old.startDay();
        endDay = old.endDay();
        timePrecision = old.timePrecision();
        subType = old.subType();
        status = old.status();
        deleted = old.deleted();
        linkStart = old.linkStart();
        linkPlace = old.linkPlace();
        linkPrecision = old.linkPrecision();
        actorStart = old.actorStart();
        actor = old.actor();
        filled = size;
        linksFilled = old.linkCount();
        actorsFilled = old.actorCount();
        for (long id : touched) {
            int row = Arrays.binarySearch(rows.ids(), id);
            if (row >= 0) copyRow(row);
        }
        linkStart[filled] = linksFilled;
        actorStart[filled] = actorsFilled;
        return new IncidentColumns(ids, startDay, endDay, timePrecision, subType, status, deleted, linkStart, linkPlace,
                linkPrecision, actorStart, actor, placeKeys, actorKeys, old.synthetic(), filled);
    }

    /**
     * The common edit, done cheaply: every touched incident is still there with as many places and actors as before,
     * so no slot moves, and only the arrays in which a value changes are copied (a deletion copies the one byte
     * per incident that marks it, not the whole columns). Null when incidents come or go or their links change in
     * number.
     */
    private IncidentColumns inPlace(long[] touched, List<String> placeKeys, List<String> actorKeys) {
        int[] at = new int[touched.length], row = new int[touched.length];
        for (int t = 0; t < touched.length; t++) {
            at[t] = old(touched[t]);
            row[t] = Arrays.binarySearch(rows.ids(), touched[t]);
            if (at[t] < 0 || row[t] < 0) return null;
            if (count(old.linkStart(), at[t]) != count(rows.linkStart(), row[t])
                    || count(old.actorStart(), at[t]) != count(rows.actorStart(), row[t])) return null;
        }
        Copied<int[]> startDay = new Copied<>(old.startDay(), int[]::clone), endDay = new Copied<>(old.endDay(), int[]::clone);
        Copied<int[]> linkPlace = new Copied<>(old.linkPlace(), int[]::clone), actor = new Copied<>(old.actor(), int[]::clone);
        Copied<byte[]> timePrecision = new Copied<>(old.timePrecision(), byte[]::clone), subType = new Copied<>(old.subType(), byte[]::clone);
        Copied<byte[]> status = new Copied<>(old.status(), byte[]::clone), deleted = new Copied<>(old.deleted(), byte[]::clone);
        Copied<byte[]> linkPrecision = new Copied<>(old.linkPrecision(), byte[]::clone);
        for (int t = 0; t < touched.length; t++) {
            int i = at[t], r = row[t];
            if (old.startDay()[i] != rows.startDay()[r]) startDay.writable()[i] = rows.startDay()[r];
            if (old.endDay()[i] != rows.endDay()[r]) endDay.writable()[i] = rows.endDay()[r];
            if (old.timePrecision()[i] != rows.timePrecision()[r]) timePrecision.writable()[i] = rows.timePrecision()[r];
            if (old.subType()[i] != rows.subType()[r]) subType.writable()[i] = rows.subType()[r];
            if (old.status()[i] != rows.status()[r]) status.writable()[i] = rows.status()[r];
            if (old.deleted()[i] != rows.deleted()[r]) deleted.writable()[i] = rows.deleted()[r];
            for (int k = 0, n = count(old.linkStart(), i); k < n; k++) {
                int o = old.linkStart()[i] + k, w = rows.linkStart()[r] + k;
                if (old.linkPlace()[o] != placeMap[rows.linkPlace()[w]]) linkPlace.writable()[o] = placeMap[rows.linkPlace()[w]];
                if (old.linkPrecision()[o] != rows.linkPrecision()[w]) linkPrecision.writable()[o] = rows.linkPrecision()[w];
            }
            for (int k = 0, n = count(old.actorStart(), i); k < n; k++) {
                int o = old.actorStart()[i] + k, w = rows.actorStart()[r] + k;
                if (old.actor()[o] != actorMap[rows.actor()[w]]) actor.writable()[o] = actorMap[rows.actor()[w]];
            }
        }
        return new IncidentColumns(old.ids(), startDay.array(), endDay.array(), timePrecision.array(), subType.array(), status.array(),
                deleted.array(), old.linkStart(), linkPlace.array(), linkPrecision.array(), old.actorStart(), actor.array(), placeKeys,
                actorKeys, old.synthetic(), old.size());
    }

    private static int count(int[] start, int slot) {
        return start[slot + 1] - start[slot];
    }

    /** An old array, shared until the first write into it copies it. */
    private static final class Copied<A> {
        private A array;
        private final java.util.function.UnaryOperator<A> copy;
        private boolean copied;

        Copied(A array, java.util.function.UnaryOperator<A> copy) {
            this.array = array;
            this.copy = copy;
        }

        A writable() {
            if (!copied) {
                array = copy.apply(array);
                copied = true;
            }
            return array;
        }

        A array() { return array; }
    }

    /** New arrays for this many incidents, links and actors, with room for more (a sixty-fourth, at least a thousand). */
    private void allocate(int incidents, int links, int actors) {
        int size = withRoom(incidents);
        ids = new long[size];
        startDay = new int[size];
        endDay = new int[size];
        timePrecision = new byte[size];
        subType = new byte[size];
        status = new byte[size];
        deleted = new byte[size];
        linkStart = new int[size + 1];
        linkPlace = new int[withRoom(links)];
        linkPrecision = new byte[linkPlace.length];
        actorStart = new int[size + 1];
        actor = new int[withRoom(actors)];
    }

    private static int withRoom(int n) {
        return n + Math.max(1024, n / 64);
    }

    /** Copies the old incidents in slots [from, to) as they are, their links and actors with them. */
    private void copyOld(int from, int to) {
        int n = to - from;
        if (n <= 0) return;
        System.arraycopy(old.ids(), from, ids, filled, n);
        System.arraycopy(old.startDay(), from, startDay, filled, n);
        System.arraycopy(old.endDay(), from, endDay, filled, n);
        System.arraycopy(old.timePrecision(), from, timePrecision, filled, n);
        System.arraycopy(old.subType(), from, subType, filled, n);
        System.arraycopy(old.status(), from, status, filled, n);
        System.arraycopy(old.deleted(), from, deleted, filled, n);
        int firstLink = old.linkStart()[from], lastLink = old.linkStart()[to];
        System.arraycopy(old.linkPlace(), firstLink, linkPlace, linksFilled, lastLink - firstLink);
        System.arraycopy(old.linkPrecision(), firstLink, linkPrecision, linksFilled, lastLink - firstLink);
        shifted(old.linkStart(), from, n, linkStart, filled, linksFilled - firstLink);
        int firstActor = old.actorStart()[from], lastActor = old.actorStart()[to];
        System.arraycopy(old.actor(), firstActor, actor, actorsFilled, lastActor - firstActor);
        shifted(old.actorStart(), from, n, actorStart, filled, actorsFilled - firstActor);
        filled += n;
        linksFilled += lastLink - firstLink;
        actorsFilled += lastActor - firstActor;
    }

    /** Offsets moved by {@code by}: where the incidents' links begin in the new arrays. */
    private static void shifted(int[] from, int at, int n, int[] to, int into, int by) {
        for (int k = 0; k < n; k++) to[into + k] = from[at + k] + by;
    }

    /** Appends the changed incident in slot {@code row} of the rows, its places and actors mapped to the new keys. */
    private void copyRow(int row) {
        ids[filled] = rows.ids()[row];
        startDay[filled] = rows.startDay()[row];
        endDay[filled] = rows.endDay()[row];
        timePrecision[filled] = rows.timePrecision()[row];
        subType[filled] = rows.subType()[row];
        status[filled] = rows.status()[row];
        deleted[filled] = rows.deleted()[row];
        linkStart[filled] = linksFilled;
        for (int l = rows.linkStart()[row]; l < rows.linkStart()[row + 1]; l++) {
            linkPlace[linksFilled] = placeMap[rows.linkPlace()[l]];
            linkPrecision[linksFilled++] = rows.linkPrecision()[l];
        }
        actorStart[filled] = actorsFilled;
        for (int a = rows.actorStart()[row]; a < rows.actorStart()[row + 1]; a++) actor[actorsFilled++] = actorMap[rows.actor()[a]];
        filled++;
    }
}
