package org.furat.geo;

/** Distances on the earth as a sphere (haversine): good to a fraction of a percent at the scale of a governorate. */
public final class GreatCircle {

    /** The mean earth radius (IUGG). */
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {}

    /** Kilometres between two points given as longitude, latitude in degrees. */
    public static double km(double lon1, double lat1, double lon2, double lat2) {
        double dLat = Math.toRadians(lat2 - lat1), dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, a)));
    }
}
