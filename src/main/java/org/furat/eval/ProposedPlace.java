package org.furat.eval;

/**
 * A place a proposal pins as where the event happened: its gazetteer key and point, and whether it is an
 * administrative unit (a governorate, district or sub-district, whose point stands for the whole area).
 */
public record ProposedPlace(String key, double lon, double lat, boolean adminUnit) {}
