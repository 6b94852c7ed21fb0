package org.furat.store;

import java.util.Arrays;
import java.util.List;

/**
 * Every incident reduced to the few numbers filters and counts need, as parallel arrays (one slot per
 * incident, in id order), so a million incidents fit in tens of megabytes and scan in milliseconds.
 * Links and actors are stored compressed by incident: incident i's links are
 * {@code linkPlace[linkStart[i] .. linkStart[i+1])}, and likewise for actors. Immutable by convention:
 * callers must not write into the arrays.
 *
 * @param ids           incident row ids, ascending
 * @param startDay      first day of each incident's span, as an epoch day
 * @param endDay        last day, as an epoch day
 * @param timePrecision TimePrecision code (1 day, 2 week, 3 month)
 * @param subType       SubEventType ordinal
 * @param status        Status ordinal
 * @param deleted       1 for an incident the analyst deleted (kept, and shown only on request), else 0
 * @param linkStart     offsets into the link arrays, length incidents + 1
 * @param linkPlace     index into {@code placeKeys} of each link
 * @param linkPrecision effective GeoPrecision code of each link (never better than its place)
 * @param actorStart    offsets into the actor arrays, length incidents + 1
 * @param actor         index into {@code actorKeys} of each actor of an incident
 * @param placeKeys     place keys by index
 * @param actorKeys     actor keys by index
 * @param synthetic     whether the database holds synthetic data
 * @param size          how many incidents: the arrays may be longer, the room left for incidents added later (only
 *                      the first {@code size} slots, and links and actors up to {@code linkStart[size]} and
 *                      {@code actorStart[size]}, belong to these columns)
 */
public record IncidentColumns(long[] ids, int[] startDay, int[] endDay, byte[] timePrecision, byte[] subType,
                              byte[] status, byte[] deleted, int[] linkStart, int[] linkPlace, byte[] linkPrecision, int[] actorStart,
                              int[] actor, List<String> placeKeys, List<String> actorKeys, boolean synthetic, int size) {

    public IncidentColumns {
        if (size < 0 || size > ids.length || linkStart.length < size + 1 || actorStart.length < size + 1) {
            throw new IllegalArgumentException("Columns of " + size + " incidents need arrays at least that long");
        }
    }

    /** Columns whose arrays hold exactly their incidents. */
    public IncidentColumns(long[] ids, int[] startDay, int[] endDay, byte[] timePrecision, byte[] subType,
                           byte[] status, byte[] deleted, int[] linkStart, int[] linkPlace, byte[] linkPrecision, int[] actorStart,
                           int[] actor, List<String> placeKeys, List<String> actorKeys, boolean synthetic) {
        this(ids, startDay, endDay, timePrecision, subType, status, deleted, linkStart, linkPlace, linkPrecision, actorStart, actor,
                placeKeys, actorKeys, synthetic, ids.length);
    }

    /** How many place links the incidents have together. */
    public int linkCount() { return linkStart[size]; }

    /** How many actor links the incidents have together. */
    public int actorCount() { return actorStart[size]; }

    /** These columns with arrays cut to their incidents (themselves when they are already). */
    public IncidentColumns trimmed() {
        if (ids.length == size && linkStart.length == size + 1 && actorStart.length == size + 1
                && linkPlace.length == linkCount() && linkPrecision.length == linkCount() && actor.length == actorCount()) return this;
        return new IncidentColumns(Arrays.copyOf(ids, size), Arrays.copyOf(startDay, size), Arrays.copyOf(endDay, size),
                Arrays.copyOf(timePrecision, size), Arrays.copyOf(subType, size), Arrays.copyOf(status, size), Arrays.copyOf(deleted, size),
                Arrays.copyOf(linkStart, size + 1), Arrays.copyOf(linkPlace, linkCount()), Arrays.copyOf(linkPrecision, linkCount()),
                Arrays.copyOf(actorStart, size + 1), Arrays.copyOf(actor, actorCount()), placeKeys, actorKeys, synthetic);
    }
}
