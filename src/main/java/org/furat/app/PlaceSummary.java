package org.furat.app;

import org.furat.model.EventType;
import org.furat.model.GeoPrecision;
import org.furat.model.Place;

/**
 * A place as the map shows it: how many incidents it has, the commonest event type among them, how precisely those
 * incidents are located there (the best of its links, never better than the place), and how many of them are deleted
 * (only ever some when deleted incidents are shown).
 */
public record PlaceSummary(Place place, int incidentCount, EventType dominantType, GeoPrecision precision, int deletedCount) {

    /** Whether every incident shown at the place is deleted: the map draws it apart from live ones. */
    public boolean allDeleted() {
        return incidentCount > 0 && deletedCount == incidentCount;
    }
}
