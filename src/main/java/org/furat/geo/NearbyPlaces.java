package org.furat.geo;

import java.util.List;
import java.util.Optional;
import org.furat.model.Place;

/**
 * The known place nearest to a point placed by hand, when it is close enough to be the same place: picking a
 * village a few hundred metres from Hatla most likely means Hatla, and a second entry for it would split its
 * incidents. Administrative units are never offered (their points are their seats, which are places of their own).
 * Stateless and thread-safe.
 */
public final class NearbyPlaces {

    /** Metres: a typed point this close to a known place is offered that place. */
    public static final double TYPED_RADIUS_M = 1_000;
    /** Pixels: a click this close to a known place's dot is offered that place (within the bounds below). */
    public static final double CLICK_RADIUS_PX = 14;
    /** Metres: a click never snaps nearer than this on the ground, however far the map is zoomed in ... */
    public static final double MIN_CLICK_RADIUS_M = 300;
    /** ... nor farther than this, however far it is zoomed out (villages here lie one to three kilometres apart). */
    public static final double MAX_CLICK_RADIUS_M = 2_000;


    /** A known place and how far it is from the point, in metres. */
    public record Near(Place place, double metres) {
        /** "0.4 km" or "250 m". */
        public String distanceText() {
            return metres >= 100 ? String.format(java.util.Locale.ROOT, "%.1f km", metres / 1000) : Math.round(metres) + " m";
        }
    }

    private NearbyPlaces() {}

    /** The ground radius within which a click snaps, at a map scale of {@code groundMetresPerPixel}. */
    public static double clickRadius(double groundMetresPerPixel) {
        return Math.max(MIN_CLICK_RADIUS_M, Math.min(MAX_CLICK_RADIUS_M, CLICK_RADIUS_PX * groundMetresPerPixel));
    }

    /** The nearest place (not an administrative unit) within {@code radiusMetres} of (lon, lat), if any. */
    public static Optional<Near> nearest(List<Place> places, double lon, double lat, double radiusMetres) {
        Near best = null;
        for (Place p : places) {
            if (p.kind().isAdminUnit()) continue;
            double m = metres(lat, lon, p.lat(), p.lon());
            if (m <= radiusMetres && (best == null || m < best.metres())) best = new Near(p, m);
        }
        return Optional.ofNullable(best);
    }

    /** Great-circle distance in metres. */
    public static double metres(double lat1, double lon1, double lat2, double lon2) {
        return GreatCircle.km(lon1, lat1, lon2, lat2) * 1000;
    }
}
