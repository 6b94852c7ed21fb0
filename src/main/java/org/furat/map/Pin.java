package org.furat.map;

import org.furat.geo.WebMercator;
import org.furat.model.EventType;
import org.furat.model.GeoPrecision;

/**
 * A place with incidents, as the map draws it: sized by its incident count, coloured by its commonest
 * event type, and drawn hollow with an uncertainty ring when its location is approximate.
 */
public record Pin(String key, double lon, double lat, String labelAr, String labelEn, int count, EventType type,
                  GeoPrecision precision) {

    double x() { return WebMercator.x(lon); }

    double y() { return WebMercator.y(lat); }

    /** Radius in pixels (see Markers.pinRadius): area tracks the count for small counts, then grows slowly up to a cap. */
    public double radius() {
        return Markers.pinRadius(count);
    }
}
