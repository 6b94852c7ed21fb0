package org.furat.app;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.furat.model.EventType;
import org.furat.model.IncidentFilter;
import org.furat.model.Status;
import org.furat.model.SubEventType;
import org.furat.model.TimeHistogram;

/**
 * What a filter selects and the counts every view shows for it. The facet counts (types, actors, statuses,
 * places) count incidents that pass every other part of the filter, so a picker shows what choosing an
 * entry would give; the histogram likewise ignores the date span, so the timeline shows the brush in context.
 *
 * @param filter      the filter this answers
 * @param matching    positions (in the index) of the matching incidents
 * @param count       how many incidents match
 * @param places      places with matching incidents, busiest first
 * @param typeCounts  incidents per event type, ignoring the type part of the filter
 * @param subTypeCounts incidents per sub-event type, likewise
 * @param actorCounts incidents per actor key, ignoring the actor part
 * @param statusCounts incidents per status, ignoring the status part
 * @param histogram   incidents per day and type, ignoring the dates, imprecise dates spread over their span
 * @param snapshot    the index the positions in {@code matching} point into: the data as it was when this was
 *                    computed. Whatever reads a result later (the list, the map, an export on another thread)
 *                    reads it here, so an edit made meanwhile never makes a position name another incident.
 */
public record FilterResult(IncidentFilter filter, BitSet matching, int count, List<PlaceSummary> places,
                           Map<EventType, Integer> typeCounts, Map<SubEventType, Integer> subTypeCounts,
                           Map<String, Integer> actorCounts,
                           Map<Status, Integer> statusCounts, TimeHistogram histogram, IncidentIndex snapshot) {

    /** The row ids of the matching incidents, ascending: how they are named to the database or to another thread. */
    public long[] ids() {
        return snapshot.ids(matching);
    }
}
