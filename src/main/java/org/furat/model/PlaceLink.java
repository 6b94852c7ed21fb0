package org.furat.model;

/**
 * An incident's tie to a place. The precision is the link's own: an attack reported only for "the
 * Deir ez-Zor countryside" links to the city with region precision, as ACLED does.
 */
public record PlaceLink(String placeKey, PlaceRole role, GeoPrecision precision) {}
