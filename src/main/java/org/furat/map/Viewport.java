package org.furat.map;

import org.furat.geo.WebMercator;

/**
 * What the map shows: a centre in Web Mercator metres, a scale in metres per pixel and a size in pixels.
 * Immutable; every change returns a new viewport, so a frame is painted from one consistent state.
 */
public record Viewport(double centerX, double centerY, double metresPerPixel, double width, double height) {

    /** Closest zoom: a village street (about 2 m a pixel). */
    public static final double MIN_METRES_PER_PIXEL = 2;
    /** Farthest zoom: the whole Middle East (about 5 km a pixel). */
    public static final double MAX_METRES_PER_PIXEL = 5000;

    public Viewport {
        metresPerPixel = Math.max(MIN_METRES_PER_PIXEL, Math.min(MAX_METRES_PER_PIXEL, metresPerPixel));
    }

    /** The viewport that shows a lon/lat box whole, centred, in a window of the given size. */
    public static Viewport fitting(double west, double south, double east, double north, double width, double height) {
        double minX = WebMercator.x(west), maxX = WebMercator.x(east);
        double minY = WebMercator.y(south), maxY = WebMercator.y(north);
        double w = Math.max(width, 1), h = Math.max(height, 1);
        double scale = Math.max((maxX - minX) / w, (maxY - minY) / h);
        return new Viewport((minX + maxX) / 2, (minY + maxY) / 2, scale, w, h);
    }

    public double screenX(double x) { return (x - centerX) / metresPerPixel + width / 2; }

    public double screenY(double y) { return height / 2 - (y - centerY) / metresPerPixel; }

    public double worldX(double sx) { return centerX + (sx - width / 2) * metresPerPixel; }

    public double worldY(double sy) { return centerY - (sy - height / 2) * metresPerPixel; }

    public double lon(double sx) { return WebMercator.lon(worldX(sx)); }

    public double lat(double sy) { return WebMercator.lat(worldY(sy)); }

    public double screenXOfLon(double lon) { return screenX(WebMercator.x(lon)); }

    public double screenYOfLat(double lat) { return screenY(WebMercator.y(lat)); }

    /** Zooms by {@code factor} (above 1 zooms in) keeping the world point under (sx, sy) where it is. */
    public Viewport zoomedAround(double sx, double sy, double factor) {
        double newScale = Math.max(MIN_METRES_PER_PIXEL, Math.min(MAX_METRES_PER_PIXEL, metresPerPixel / factor));
        double wx = worldX(sx), wy = worldY(sy);
        double cx = wx - (sx - width / 2) * newScale;
        double cy = wy + (sy - height / 2) * newScale;
        return new Viewport(cx, cy, newScale, width, height);
    }

    /** Moves the content by a drag of (dx, dy) pixels. */
    public Viewport draggedBy(double dx, double dy) {
        return new Viewport(centerX - dx * metresPerPixel, centerY + dy * metresPerPixel, metresPerPixel, width, height);
    }

    /**
     * This view kept inside a lon/lat box: zoomed in until the box fills the window, then shifted until no part
     * of the window lies outside it. The map's layers cover that box, so the window never shows their edge.
     */
    public Viewport within(double west, double south, double east, double north) {
        double minX = WebMercator.x(west), maxX = WebMercator.x(east), minY = WebMercator.y(south), maxY = WebMercator.y(north);
        double scale = Math.min(metresPerPixel, Math.min((maxX - minX) / width, (maxY - minY) / height));
        double halfW = width / 2 * scale, halfH = height / 2 * scale;
        double cx = Math.max(minX + halfW, Math.min(maxX - halfW, centerX));
        double cy = Math.max(minY + halfH, Math.min(maxY - halfH, centerY));
        return new Viewport(cx, cy, scale, width, height);
    }

    public Viewport resized(double newWidth, double newHeight) {
        return new Viewport(centerX, centerY, metresPerPixel, newWidth, newHeight);
    }

    /** True ground metres per pixel at the centre's latitude (Mercator stretches away from the equator). */
    public double groundMetresPerPixel() {
        return metresPerPixel * WebMercator.groundScale(WebMercator.lat(centerY));
    }
}
