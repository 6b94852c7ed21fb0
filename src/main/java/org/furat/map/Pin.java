package org.furat.map;

import org.furat.geo.WebMercator;
import org.furat.model.EventType;
import org.furat.model.GeoPrecision;

/**
 * A place with incidents, as the map draws it: sized by its incident count, coloured by its commonest
 * event type, and drawn hollow with an uncertainty ring when its location is approximate. {@code incidents} says
 * which incidents it holds, so that a cluster counts each once; null where that is not known (a cluster then adds up
 * its pins' counts). {@code deleted}: every incident it shows is deleted (shown only when deleted incidents are asked
 * for), and it is drawn grey and struck through rather than as a live place.
 */
public record Pin(String key, double lon, double lat, String labelAr, String labelEn, int count, EventType type,
                  GeoPrecision precision, PinIncidents incidents, boolean deleted) {

    public Pin {
        if (incidents != null && incidents.size() != count) {
            throw new IllegalArgumentException("Pin " + key + " counts " + count + " incidents but holds " + incidents.size());
        }
    }

    /** A pin of live incidents. */
    public Pin(String key, double lon, double lat, String labelAr, String labelEn, int count, EventType type,
               GeoPrecision precision, PinIncidents incidents) {
        this(key, lon, lat, labelAr, labelEn, count, type, precision, incidents, false);
    }

    /** A pin that does not say which incidents it holds. */
    public Pin(String key, double lon, double lat, String labelAr, String labelEn, int count, EventType type,
               GeoPrecision precision) {
        this(key, lon, lat, labelAr, labelEn, count, type, precision, null, false);
    }

    double x() { return WebMercator.x(lon); }

    double y() { return WebMercator.y(lat); }

    /** Radius in pixels (see Markers.pinRadius): area tracks the count for small counts, then grows slowly up to a cap. */
    public double radius() {
        return Markers.pinRadius(count);
    }
}
