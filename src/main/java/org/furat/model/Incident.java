package org.furat.model;

import java.util.List;
import java.util.Objects;

/** One coded incident: when, what, who, how many, where, and the words that say so. */
public record Incident(String key, DateSpan dates, TimePrecision timePrecision, SubEventType subEventType,
                       List<IncidentActor> actors, Casualties killed, Casualties injured,
                       String descriptionEn, String descriptionAr, Status status,
                       List<PlaceLink> places, List<Evidence> evidence, String note) {

    public Incident {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(timePrecision, "timePrecision");
        Objects.requireNonNull(subEventType, "subEventType");
        Objects.requireNonNull(status, "status");
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        evidence = List.copyOf(evidence);
        killed = killed == null ? Casualties.UNKNOWN : killed;
        injured = injured == null ? Casualties.UNKNOWN : injured;
        if (evidence.isEmpty()) throw new IllegalArgumentException("Incident " + key + " has no evidence");
    }

    public EventType eventType() { return subEventType.type(); }

    /** An incident none of whose places could be resolved is listed as unlocated rather than dropped. */
    public boolean unlocated() { return places.isEmpty(); }

    public Incident withStatus(Status newStatus, String newNote) {
        return new Incident(key, dates, timePrecision, subEventType, actors, killed, injured, descriptionEn, descriptionAr,
                newStatus, places, evidence, newNote);
    }

    public Incident withType(SubEventType newType) {
        return new Incident(key, dates, timePrecision, newType, actors, killed, injured, descriptionEn, descriptionAr,
                status, places, evidence, note);
    }

    public Incident withDates(DateSpan newDates, TimePrecision newPrecision) {
        return new Incident(key, newDates, newPrecision, subEventType, actors, killed, injured, descriptionEn, descriptionAr,
                status, places, evidence, note);
    }

    public Incident withActors(List<IncidentActor> newActors) {
        return new Incident(key, dates, timePrecision, subEventType, newActors, killed, injured, descriptionEn, descriptionAr,
                status, places, evidence, note);
    }

    public Incident withCasualties(Casualties newKilled, Casualties newInjured) {
        return new Incident(key, dates, timePrecision, subEventType, actors, newKilled, newInjured, descriptionEn, descriptionAr,
                status, places, evidence, note);
    }

    public Incident withPlaces(List<PlaceLink> newPlaces) {
        return new Incident(key, dates, timePrecision, subEventType, actors, killed, injured, descriptionEn, descriptionAr,
                status, newPlaces, evidence, note);
    }

    public Incident withDescriptions(String newEn, String newAr) {
        return new Incident(key, dates, timePrecision, subEventType, actors, killed, injured, newEn, newAr,
                status, places, evidence, note);
    }

    public Incident withEvidence(List<Evidence> newEvidence) {
        return new Incident(key, dates, timePrecision, subEventType, actors, killed, injured, descriptionEn, descriptionAr,
                status, places, newEvidence, note);
    }
}
