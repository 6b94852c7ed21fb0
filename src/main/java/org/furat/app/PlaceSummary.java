package org.furat.app;

import org.furat.model.EventType;
import org.furat.model.GeoPrecision;
import org.furat.model.Place;

/**
 * A place as the map shows it: how many incidents it has, the commonest event type among them, and
 * how precisely those incidents are located there (the best of its links, never better than the place).
 */
public record PlaceSummary(Place place, int incidentCount, EventType dominantType, GeoPrecision precision) {}
