package org.furat.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One incident as the coders coded it. Null figures, dates and actors are what the report does not give
 * (a killed of 0 is a report that nobody was killed); a date span with one end set is bounded on that side only.
 */
public record CodedIncident(String subEventType, List<CodedPlace> places, LocalDate dateStart, LocalDate dateEnd,
                            Integer killed, Integer injured, String actor1, String actor2, int evidenceStart, int evidenceEnd) {

    public CodedIncident {
        places = List.copyOf(places);
    }

    /**
     * The day the coded sides are read on, as the extractor reads a report's sides ({@link ActorNames#keyOf}): the
     * incident's first day, else the report's publication; null when the report's publication is unknown, as the
     * extractor then keeps every name's earlier side.
     */
    public LocalDate sidesDay(LocalDate published) {
        if (published == null) return null;
        return dateStart != null ? dateStart : published;
    }

    /** The event places inside the governorate that have a point. */
    public List<CodedPlace> located() {
        return places.stream().filter(CodedPlace::located).toList();
    }

    /**
     * Event places a proposed place might stand for without it being checkable: those without a point and those
     * outside the governorate.
     */
    public long unjudgeablePlaces() {
        return places.stream().filter(p -> p.eventPlace() && (!p.hasPoint() || p.outside())).count();
    }

    public boolean dated() { return dateStart != null || dateEnd != null; }
}
