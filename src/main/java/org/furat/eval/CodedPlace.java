package org.furat.eval;

/**
 * A place the coders gave an incident.
 *
 * @param name as written in the report
 * @param role target, location or origin (where fire came from)
 * @param lat  latitude, or null where no gazetteer has the place
 * @param lon  longitude, or null with lat
 * @param kind city, town, village, neighbourhood, facility, region (an administrative unit, countryside or
 *             desert) or outside (beyond the governorate)
 */
public record CodedPlace(String name, String role, Double lat, Double lon, String kind) {

    /** Where the event happened (a target or location), not where fire came from. */
    public boolean eventPlace() { return !"origin".equals(role); }

    public boolean hasPoint() { return lat != null && lon != null; }

    public boolean outside() { return "outside".equals(kind); }

    public boolean region() { return "region".equals(kind); }

    /** An event place inside the governorate with a point: the places the place measures count. */
    public boolean located() { return eventPlace() && hasPoint() && !outside(); }
}
