package org.furat.store;

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
 */
public record IncidentColumns(long[] ids, int[] startDay, int[] endDay, byte[] timePrecision, byte[] subType,
                              byte[] status, byte[] deleted, int[] linkStart, int[] linkPlace, byte[] linkPrecision, int[] actorStart,
                              int[] actor, List<String> placeKeys, List<String> actorKeys, boolean synthetic) {

    public int size() { return ids.length; }
}
