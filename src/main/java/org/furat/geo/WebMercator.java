package org.furat.geo;

/**
 * Spherical Web Mercator (EPSG:3857): longitude/latitude in degrees to metres and back. The map draws in
 * these metres so that shapes and distances look right at Deir ez-Zor's latitude. Stateless.
 */
public final class WebMercator {

    public static final double EARTH_RADIUS = 6_378_137.0;
    private static final double MAX_LATITUDE = 85.05112878;

    private WebMercator() {}

    public static double x(double lon) {
        return Math.toRadians(lon) * EARTH_RADIUS;
    }

    public static double y(double lat) {
        double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(clamped) / 2)) * EARTH_RADIUS;
    }

    public static double lon(double x) {
        return Math.toDegrees(x / EARTH_RADIUS);
    }

    public static double lat(double y) {
        return Math.toDegrees(2 * Math.atan(Math.exp(y / EARTH_RADIUS)) - Math.PI / 2);
    }

    /** How many true ground metres one projected metre covers at a latitude. */
    public static double groundScale(double lat) {
        return Math.cos(Math.toRadians(lat));
    }
}
