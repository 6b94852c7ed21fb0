package org.furat.model;

import java.time.LocalDate;

/**
 * Which incidents to show. A {@code null} bound is open. An incident counts when its date span overlaps
 * [from, to], so an incident known only to the month shows in any filter that touches that month.
 */
public record IncidentFilter(LocalDate from, LocalDate to, String placeKey) {

    public static final IncidentFilter ALL = new IncidentFilter(null, null, null);

    public IncidentFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The filter ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean matches(Incident incident) {
        if (from != null && incident.dates().end().isBefore(from)) return false;
        if (to != null && incident.dates().start().isAfter(to)) return false;
        return placeKey == null || incident.places().stream().anyMatch(p -> p.placeKey().equals(placeKey));
    }
}
