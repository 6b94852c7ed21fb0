package org.furat.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.furat.geo.GeoJsonReader;
import org.furat.geo.WebMercator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The shipped map never shows a box floating on the background: its layers cover its extent, the extent holds
 * the whole governorate, and a view kept within the extent shows land up to every edge of the window at its
 * farthest zoom.
 */
class BasemapExtentTest {

    private static Basemap basemap;

    @BeforeAll
    static void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        basemap = Basemap.load(MapDefinition.DEIR_EZ_ZOR);
    }

    @Test
    void theCountriesCoverTheExtentAndTheExtentHoldsTheGovernorateAndTheHomeView() throws Exception {
        MapDefinition.Box extent = basemap.definition().extent();
        Envelope countries = envelope("/org/furat/maps/layers/countries.geojson");
        assertEquals(extent.west(), countries.getMinX(), 1e-6);
        assertEquals(extent.east(), countries.getMaxX(), 1e-6);
        assertEquals(extent.south(), countries.getMinY(), 1e-6);
        assertEquals(extent.north(), countries.getMaxY(), 1e-6);
        Envelope units = envelope("/org/furat/maps/admin/deir-ez-zor-units.geojson");
        MapDefinition.Box home = basemap.definition().home();
        for (Envelope inner : List.of(units, new Envelope(home.west(), home.east(), home.south(), home.north()))) {
            assertTrue(new Envelope(extent.west(), extent.east(), extent.south(), extent.north()).contains(inner), inner.toString());
        }
        assertTrue(new Envelope(home.west(), home.east(), home.south(), home.north()).contains(units),
                "the home view shows the whole governorate");
    }

    @Test
    void atTheFarthestZoomEveryCornerOfTheWindowShowsLand() throws Exception {
        MapDefinition.Box e = basemap.definition().extent();
        Color land = basemap.definition().layers().get(0).style().fill();
        for (double[] size : new double[][]{{1000, 700}, {400, 900}, {1600, 500}}) {
            Viewport v = new Viewport(WebMercator.x(40.2), WebMercator.y(35), Viewport.MAX_METRES_PER_PIXEL, size[0], size[1])
                    .within(e.west(), e.south(), e.east(), e.north());
            PixelReader pixels = WaitForAsyncUtils.asyncFx(() -> {
                Canvas canvas = new Canvas(v.width(), v.height());
                new MapRenderer("System").render(canvas.getGraphicsContext2D(), v, basemap, List.of(), null, false);
                return canvas.snapshot(null, null).getPixelReader();
            }).get();
            // Top corners and bottom right (the scale bar sits bottom left), a few pixels in.
            for (int[] p : new int[][]{{3, 3}, {(int) v.width() - 4, 3}, {(int) v.width() - 4, (int) v.height() - 4}}) {
                Color c = pixels.getColor(p[0], p[1]);
                assertTrue(close(c, land), "pixel " + p[0] + "," + p[1] + " of a " + (int) v.width() + "x" + (int) v.height()
                        + " window at the farthest zoom is " + c + ", not land " + land);
            }
        }
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.03 && Math.abs(a.getGreen() - b.getGreen()) < 0.03
                && Math.abs(a.getBlue() - b.getBlue()) < 0.03;
    }

    private static Envelope envelope(String resource) throws Exception {
        Envelope all = new Envelope();
        try (InputStream in = BasemapExtentTest.class.getResourceAsStream(resource)) {
            for (GeoJsonReader.Feature f : new GeoJsonReader().read(in, resource)) all.expandToInclude(f.geometry().getEnvelopeInternal());
        }
        return all;
    }
}
