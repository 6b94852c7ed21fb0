package org.furat.map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.furat.geo.WebMercator;
import org.furat.model.EventType;
import org.furat.model.GeoPrecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With deleted incidents shown, a place whose incidents are all deleted is drawn grey and struck through, not in its
 * event type's colour as a live place is, and the legend says what that symbol means.
 */
class DeletedPinsRenderingTest {

    private static final EventType TYPE = EventType.EXPLOSIONS_REMOTE_VIOLENCE;
    private static Basemap basemap;

    @BeforeAll
    static void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        basemap = Basemap.load(MapDefinition.DEIR_EZ_ZOR);
    }

    private record Frame(WritableImage image, boolean legendExplainsDeleted) {}

    private static Frame render(Viewport v, List<Pin> pins) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            MapRenderer renderer = new MapRenderer("System");
            Canvas canvas = new Canvas(v.width(), v.height());
            renderer.render(canvas.getGraphicsContext2D(), v, basemap, pins, null, true);
            return new Frame(canvas.snapshot(null, null), renderer.legendExplainedDeletedLastFrame());
        }).get();
    }

    /** The colour a little below and right of a pin's centre: inside its disc, off its strike and its count. */
    private static Color inside(Frame f, Viewport v, Pin pin) {
        return f.image().getPixelReader().getColor((int) Math.round(v.screenX(pin.x()) + 3), (int) Math.round(v.screenY(pin.y()) + 3));
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.08 && Math.abs(a.getGreen() - b.getGreen()) < 0.08
                && Math.abs(a.getBlue() - b.getBlue()) < 0.08;
    }

    @Test
    void aPlaceWithDeletedIncidentsOnlyIsDrawnApartAndTheLegendExplainsIt() throws Exception {
        Viewport v = new Viewport(WebMercator.x(40.25), WebMercator.y(35.25), 150, 900, 700);
        Pin live = new Pin("live", 40.20, 35.25, "حي", "Live", 1, TYPE, GeoPrecision.EXACT);
        Pin gone = new Pin("gone", 40.30, 35.25, "محذوف", "Gone", 1, TYPE, GeoPrecision.EXACT, null, true);

        Frame both = render(v, List.of(live, gone));
        Color liveColour = inside(both, v, live), goneColour = inside(both, v, gone);
        assertTrue(near(liveColour, EventColors.of(TYPE)), "a live place wears its type's colour: " + liveColour);
        assertFalse(near(goneColour, EventColors.of(TYPE)), "a place of deleted incidents does not: " + goneColour);
        assertTrue(goneColour.getSaturation() < 0.15 && goneColour.getBrightness() > 0.75, "it is pale and grey: " + goneColour);
        assertTrue(both.legendExplainsDeleted(), "the legend says what the grey symbol means");

        assertFalse(render(v, List.of(live)).legendExplainsDeleted(), "no such row when no place is drawn so");
    }
}
