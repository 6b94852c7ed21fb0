package org.furat.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which incidents to show: one value shared by the map, the lists, the counts, the timeline and exports.
 * An empty set or a null bound means "any". An incident whose date span overlaps [from, to] counts when
 * imprecise dates are included; otherwise only one whose span lies wholly inside does (so a month-precise
 * incident does not show in a one-week window). A place key that names an administrative unit (a governorate,
 * district or sub-district) stands for every place inside it as well. Incidents the analyst deleted are left out
 * unless {@code showDeleted} asks for them, so a deletion hides an incident from every view and export at once.
 * Immutable; the {@code with…} methods return changed copies.
 */
public record IncidentFilter(LocalDate from, LocalDate to, boolean includeImprecise, Set<EventType> types,
                             Set<SubEventType> subTypes, Set<String> actors, Set<String> places, Set<Status> statuses,
                             TimePrecision coarsestTime, GeoPrecision coarsestLocation, String text, boolean showDeleted) {

    public static final IncidentFilter ALL = new IncidentFilter(null, null, true, Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), null, null, "", false);

    public IncidentFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The filter ends (" + to + ") before it starts (" + from + ")");
        }
        types = Set.copyOf(types);
        subTypes = Set.copyOf(subTypes);
        actors = Set.copyOf(actors);
        places = Set.copyOf(places);
        statuses = Set.copyOf(statuses);
        text = text == null ? "" : text.strip();
    }

    /** The filter of the command line and of a place's list: a date span and at most one place. */
    public static IncidentFilter of(LocalDate from, LocalDate to, String placeKey) {
        return ALL.withDates(from, to).withPlaces(placeKey == null ? Set.of() : Set.of(placeKey));
    }

    public IncidentFilter withDates(LocalDate newFrom, LocalDate newTo) {
        return new IncidentFilter(newFrom, newTo, includeImprecise, types, subTypes, actors, places, statuses, coarsestTime,
                coarsestLocation, text, showDeleted);
    }

    public IncidentFilter withIncludeImprecise(boolean include) {
        return new IncidentFilter(from, to, include, types, subTypes, actors, places, statuses, coarsestTime, coarsestLocation, text,
                showDeleted);
    }

    public IncidentFilter withTypes(Set<EventType> newTypes) {
        return new IncidentFilter(from, to, includeImprecise, newTypes, subTypes, actors, places, statuses, coarsestTime,
                coarsestLocation, text, showDeleted);
    }

    public IncidentFilter withSubTypes(Set<SubEventType> newSubTypes) {
        return new IncidentFilter(from, to, includeImprecise, types, newSubTypes, actors, places, statuses, coarsestTime,
                coarsestLocation, text, showDeleted);
    }

    public IncidentFilter withActors(Set<String> newActors) {
        return new IncidentFilter(from, to, includeImprecise, types, subTypes, newActors, places, statuses, coarsestTime,
                coarsestLocation, text, showDeleted);
    }

    public IncidentFilter withPlaces(Set<String> newPlaces) {
        return new IncidentFilter(from, to, includeImprecise, types, subTypes, actors, newPlaces, statuses, coarsestTime,
                coarsestLocation, text, showDeleted);
    }

    public IncidentFilter withStatuses(Set<Status> newStatuses) {
        return new IncidentFilter(from, to, includeImprecise, types, subTypes, actors, places, newStatuses, coarsestTime,
                coarsestLocation, text, showDeleted);
    }

    public IncidentFilter withCoarsestTime(TimePrecision precision) {
        return new IncidentFilter(from, to, includeImprecise, types, subTypes, actors, places, statuses, precision,
                coarsestLocation, text, showDeleted);
    }

    public IncidentFilter withCoarsestLocation(GeoPrecision precision) {
        return new IncidentFilter(from, to, includeImprecise, types, subTypes, actors, places, statuses, coarsestTime,
                precision, text, showDeleted);
    }

    public IncidentFilter withText(String newText) {
        return new IncidentFilter(from, to, includeImprecise, types, subTypes, actors, places, statuses, coarsestTime,
                coarsestLocation, newText, showDeleted);
    }

    /** The same filter with deleted incidents shown too ({@code true}) or left out, as by default. */
    public IncidentFilter withShowDeleted(boolean show) {
        return new IncidentFilter(from, to, includeImprecise, types, subTypes, actors, places, statuses, coarsestTime,
                coarsestLocation, text, show);
    }

    /** Whether the date rules let an incident with this span through. */
    public boolean datesMatch(DateSpan span) {
        return datesMatch(span.start().toEpochDay(), span.end().toEpochDay());
    }

    /** The same rule on epoch days, for scans over many incidents. */
    public boolean datesMatch(long startDay, long endDay) {
        long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
        if (includeImprecise) return endDay >= lo && startDay <= hi;
        return startDay >= lo && endDay <= hi;
    }

    /** True when nothing is constrained. */
    public boolean isEmpty() {
        return equals(ALL.withIncludeImprecise(includeImprecise));
    }

    /** What the filter keeps in a few words, naming an actor by its key (see {@link #describe(Function)}). */
    public String describe() {
        return describe(Function.identity());
    }

    /**
     * What the filter keeps, in a few words for the window's filter line ("Oct 2024 – Nov 2024 · 2 types · actor US
     * forces"): names as the analyst reads them, with {@code actorName} giving an actor key's name.
     */
    public String describe(Function<String, String> actorName) {
        List<String> parts = new ArrayList<>();
        if (from != null || to != null) parts.add((from == null ? "…" : from.toString()) + " – " + (to == null ? "…" : to.toString()));
        if (!includeImprecise && (from != null || to != null)) parts.add("precise dates only");
        if (!types.isEmpty()) parts.add(types.size() == 1 ? types.iterator().next().label() : types.size() + " types");
        if (!subTypes.isEmpty()) parts.add(subTypes.size() == 1 ? subTypes.iterator().next().label() : subTypes.size() + " sub-types");
        if (!actors.isEmpty()) parts.add(actors.size() == 1 ? "actor " + actorName.apply(actors.iterator().next()) : actors.size() + " actors");
        // The window names the chosen places beside this line; a key here would only repeat them less readably.
        if (!places.isEmpty()) parts.add(places.size() == 1 ? "1 place" : places.size() + " places");
        if (!statuses.isEmpty()) parts.add(statuses.size() == 1 ? statuses.iterator().next().code() : statuses.size() + " statuses");
        if (coarsestTime != null) parts.add("dated to the " + coarsestTime.label() + " or better");
        if (coarsestLocation != null) parts.add(switch (coarsestLocation) {
            case EXACT -> "located exactly";
            case APPROXIMATE -> "located approximately or better";
            case REGION -> "located to a region or better";
        });
        if (!text.isEmpty()) parts.add("“" + text + "”");
        if (showDeleted) parts.add("deleted shown");
        return parts.isEmpty() ? "All incidents" : String.join(" · ", parts);
    }
}
