package org.furat.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.furat.geo.WebMercator;
import org.junit.jupiter.api.Test;

class ViewportTest {

    private static final double PX = 1e-6;

    /** Deir ez-Zor at 100 m a pixel in an 800 x 600 window. */
    private static Viewport deirEzZor() {
        return new Viewport(WebMercator.x(40.141), WebMercator.y(35.336), 100, 800, 600);
    }

    @Test
    void zoomingInKeepsThePointUnderTheCursorFixed() {
        Viewport v = deirEzZor();
        double sx = 613.5, sy = 121.25;
        double wx = v.worldX(sx), wy = v.worldY(sy);
        Viewport zoomed = v.zoomedAround(sx, sy, 2);
        assertEquals(50, zoomed.metresPerPixel(), 1e-9, "a factor of 2 halves the metres per pixel");
        assertEquals(sx, zoomed.screenX(wx), PX);
        assertEquals(sy, zoomed.screenY(wy), PX);
    }

    @Test
    void zoomingOutKeepsThePointUnderTheCursorFixed() {
        Viewport v = deirEzZor();
        double sx = 17, sy = 580;
        double lon = v.lon(sx), lat = v.lat(sy);
        Viewport zoomed = v.zoomedAround(sx, sy, 0.4);
        assertEquals(250, zoomed.metresPerPixel(), 1e-9);
        assertEquals(sx, zoomed.screenXOfLon(lon), PX);
        assertEquals(sy, zoomed.screenYOfLat(lat), PX);
    }

    @Test
    void zoomingPastTheLimitStillKeepsTheCursorPointFixed() {
        Viewport v = new Viewport(WebMercator.x(40.141), WebMercator.y(35.336), 3, 800, 600);
        double sx = 700, sy = 50;
        double wx = v.worldX(sx), wy = v.worldY(sy);
        Viewport zoomed = v.zoomedAround(sx, sy, 100);
        assertEquals(Viewport.MIN_METRES_PER_PIXEL, zoomed.metresPerPixel(), 0.0);
        assertEquals(sx, zoomed.screenX(wx), PX);
        assertEquals(sy, zoomed.screenY(wy), PX);
    }

    @Test
    void zoomingAroundTheCentreKeepsTheCentre() {
        Viewport v = deirEzZor();
        Viewport zoomed = v.zoomedAround(400, 300, 3);
        assertEquals(v.centerX(), zoomed.centerX(), 1e-6);
        assertEquals(v.centerY(), zoomed.centerY(), 1e-6);
    }

    @Test
    void draggingMovesTheContentWithThePointer() {
        Viewport v = deirEzZor();
        double wx = v.worldX(200), wy = v.worldY(150);
        Viewport dragged = v.draggedBy(35, -12);
        assertEquals(200 + 35, dragged.screenX(wx), PX, "dragging right moves content right");
        assertEquals(150 - 12, dragged.screenY(wy), PX, "dragging up moves content up");
        assertEquals(v.metresPerPixel(), dragged.metresPerPixel(), 0.0, "dragging does not zoom");
    }

    @Test
    void fittingShowsTheWholeBoxCentred() {
        double west = 39.8, south = 34.8, east = 41.0, north = 35.7;
        Viewport v = Viewport.fitting(west, south, east, north, 1024, 700);
        double left = v.screenXOfLon(west), right = v.screenXOfLon(east);
        double bottom = v.screenYOfLat(south), top = v.screenYOfLat(north);
        assertTrue(left >= -PX && right <= 1024 + PX, "x from " + left + " to " + right);
        assertTrue(top >= -PX && bottom <= 700 + PX, "y from " + top + " to " + bottom);
        assertTrue(left < right && top < bottom, "north is up and east is right");
        // the box touches the window on at least one axis: it is as large as it can be
        boolean fillsWidth = Math.abs(left) < 1e-6 && Math.abs(right - 1024) < 1e-6;
        boolean fillsHeight = Math.abs(top) < 1e-6 && Math.abs(bottom - 700) < 1e-6;
        assertTrue(fillsWidth || fillsHeight, "box spans " + left + "–" + right + " x " + top + "–" + bottom);
        assertEquals(512, (left + right) / 2, 1e-6, "centred horizontally");
        assertEquals(350, (top + bottom) / 2, 1e-6, "centred vertically");
    }

    @Test
    void fittingATallBoxInAWideWindowFillsTheHeight() {
        Viewport v = Viewport.fitting(40.0, 34.0, 40.1, 36.0, 1000, 400);
        assertEquals(0, v.screenYOfLat(36.0), 1e-6);
        assertEquals(400, v.screenYOfLat(34.0), 1e-6);
        assertTrue(v.screenXOfLon(40.0) > 0 && v.screenXOfLon(40.1) < 1000);
    }

    @Test
    void scaleIsClamped() {
        assertEquals(Viewport.MIN_METRES_PER_PIXEL, new Viewport(0, 0, 0.01, 100, 100).metresPerPixel(), 0.0);
        assertEquals(Viewport.MAX_METRES_PER_PIXEL, new Viewport(0, 0, 1e9, 100, 100).metresPerPixel(), 0.0);
        Viewport v = deirEzZor();
        assertEquals(Viewport.MIN_METRES_PER_PIXEL, v.zoomedAround(10, 10, 1e6).metresPerPixel(), 0.0);
        assertEquals(Viewport.MAX_METRES_PER_PIXEL, v.zoomedAround(10, 10, 1e-6).metresPerPixel(), 0.0);
        // a box bigger than the farthest zoom can show is clamped too
        assertEquals(Viewport.MAX_METRES_PER_PIXEL, Viewport.fitting(-170, -80, 170, 80, 100, 100).metresPerPixel(), 0.0);
    }

    @Test
    void screenToWorldToScreenRoundTrips() {
        Viewport v = deirEzZor().zoomedAround(123, 456, 1.7).draggedBy(-40, 22);
        for (double[] p : new double[][] {{0, 0}, {800, 600}, {400, 300}, {12.5, 587.25}, {-50, 900}}) {
            assertEquals(p[0], v.screenX(v.worldX(p[0])), PX);
            assertEquals(p[1], v.screenY(v.worldY(p[1])), PX);
            assertEquals(p[0], v.screenXOfLon(v.lon(p[0])), PX);
            assertEquals(p[1], v.screenYOfLat(v.lat(p[1])), PX);
        }
    }

    @Test
    void theCentreIsInTheMiddleOfTheWindowAndNorthIsUp() {
        Viewport v = deirEzZor();
        assertEquals(400, v.screenXOfLon(40.141), 1e-6);
        assertEquals(300, v.screenYOfLat(35.336), 1e-6);
        assertTrue(v.screenYOfLat(35.4) < 300, "a point to the north is higher on screen");
        assertTrue(v.screenXOfLon(40.2) > 400, "a point to the east is further right");
        // 100 Mercator metres a pixel is cos(35.336°) x 100 ground metres
        assertEquals(100 * Math.cos(Math.toRadians(35.336)), v.groundMetresPerPixel(), 1e-6);
    }

    @Test
    void keptWithinABoxAViewZoomsInUntilTheBoxFillsTheWindowAndShowsNothingBeyond() {
        double west = 37.0, south = 33.0, east = 43.5, north = 37.5;
        for (double[] size : new double[][]{{800, 600}, {400, 900}, {1600, 500}}) {
            Viewport far = new Viewport(WebMercator.x(30), WebMercator.y(50), Viewport.MAX_METRES_PER_PIXEL, size[0], size[1])
                    .within(west, south, east, north);
            assertTrue(far.lon(0) >= west - 1e-9 && far.lon(far.width()) <= east + 1e-9, "west and east edges inside, " + size[0]);
            assertTrue(far.lat(far.height()) >= south - 1e-9 && far.lat(0) <= north + 1e-9, "south and north edges inside, " + size[1]);
            // The box fills the window along one side at least: the view is as far out as the box allows.
            assertTrue(Math.abs(far.lon(0) - west) < 1e-6 && Math.abs(far.lon(far.width()) - east) < 1e-6
                    || Math.abs(far.lat(far.height()) - south) < 1e-6 && Math.abs(far.lat(0) - north) < 1e-6);
        }
    }

    @Test
    void keptWithinABoxAViewInsideItIsLeftAloneAndOneDraggedOutIsStoppedAtTheEdge() {
        Viewport inside = deirEzZor();
        assertEquals(inside, inside.within(37.0, 33.0, 43.5, 37.5));
        Viewport dragged = inside.draggedBy(-1e6, 0).within(37.0, 33.0, 43.5, 37.5);
        assertEquals(43.5, dragged.lon(dragged.width()), 1e-6);
        assertEquals(inside.metresPerPixel(), dragged.metresPerPixel(), 0.0);
        assertEquals(inside.centerY(), dragged.centerY(), 0.0);
    }
}
