package org.furat.map;

import org.furat.model.EventType;
import org.locationtech.jts.geom.Geometry;

/**
 * An area with region-level incidents, as the map draws it: its outline tinted in the colour of its commonest
 * event type, and a badge with its incident count at {@code (lon, lat)}, a point inside the outline.
 *
 * @param key     the administrative unit's or the group of units' key
 * @param outline WGS 84 longitude/latitude polygon(s)
 */
public record Region(String key, String labelAr, String labelEn, int count, EventType type, Geometry outline,
                     double lon, double lat) {}
