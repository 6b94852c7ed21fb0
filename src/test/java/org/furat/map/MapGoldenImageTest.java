package org.furat.map;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.furat.model.AdminUnit;
import org.furat.model.EventType;
import org.furat.model.GeoPrecision;
import org.furat.model.PlaceKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Golden images of the map: a small fixed scene (land, a river, a sub-district's boundary, eight settlements of
 * every kind, one of them approximate, and two pins) painted off-screen at a fixed size with the bundled font,
 * compared with the PNGs under src/test/resources/org/furat/map/golden (see {@link GoldenImage}; regenerate them
 * with {@code mvn test -Dtest=MapGoldenImageTest -Dfurat.golden.update=true}). The scene is made up here, not
 * read from the shipped layers or gazetteer, so that rebuilding those does not change the expected images.
 */
class MapGoldenImageTest {

    private static final String FONT = "Vazirmatn";
    private static final int WIDTH = 480, HEIGHT = 360;
    private static Basemap basemap;
    private static PlaceLayers places;
    private static List<Pin> pins;

    @BeforeAll
    static void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        // The bundled font, so that the images do not depend on the fonts of the machine.
        for (String file : new String[]{"Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf"}) {
            try (InputStream in = MapGoldenImageTest.class.getResourceAsStream("/org/furat/ui/fonts/" + file)) {
                assertNotNull(in, file);
                assertNotNull(Font.loadFont(in, 13), file);
            }
        }
        WKTReader wkt = new WKTReader();
        MapDefinition.Box box = new MapDefinition.Box(39.9, 35.05, 40.5, 35.5);
        MapDefinition definition = new MapDefinition("golden", box, box, box, Color.web("#dcd6cb"), List.of(), List.of());
        var subdistrict = wkt.read("POLYGON ((40.02 35.17, 40.38 35.16, 40.39 35.39, 40.21 35.385, 40.03 35.38, 40.02 35.17))");
        basemap = new Basemap(definition, List.of(
                new VectorLayer("land", "Land", new LayerStyle(Color.web("#f4f0e8"), Color.web("#f4f0e8"), 0.8, null),
                        List.of(wkt.read("POLYGON ((39.9 35.05, 40.5 35.05, 40.5 35.5, 39.9 35.5, 39.9 35.05))"))),
                new VectorLayer("admin", "Sub-district", new LayerStyle(null, Color.web("#a39072"), 0.8, null), List.of(subdistrict)),
                new VectorLayer("river", "River", new LayerStyle(null, Color.web("#2f6fa8"), 2.6, null),
                        List.of(wkt.read("LINESTRING (39.95 35.42, 40.1 35.35, 40.2 35.31, 40.27 35.27, 40.35 35.19, 40.45 35.1)")))));
        List<Settlement> settlements = List.of(
                new Settlement("city", 40.14, 35.335, "دير الزور", "Deir ez-Zor", PlaceKind.CITY, GeoPrecision.EXACT),
                new Settlement("town", 40.30, 35.205, "البصيرة", "Al-Busayrah", PlaceKind.TOWN, GeoPrecision.EXACT),
                new Settlement("village", 40.20, 35.345, "حطلة", "Hatla", PlaceKind.VILLAGE, GeoPrecision.EXACT),
                new Settlement("approximate", 40.235, 35.31, "مراط", "Marrat", PlaceKind.VILLAGE, GeoPrecision.APPROXIMATE),
                new Settlement("base", 40.34, 35.29, "حقل كونيكو", "Conoco", PlaceKind.BASE, GeoPrecision.EXACT),
                new Settlement("airport", 40.17, 35.285, "المطار", "Airport", PlaceKind.AIRPORT, GeoPrecision.EXACT),
                new Settlement("oil", 40.38, 35.245, "حقل العمر", "Omar field", PlaceKind.OIL_FIELD, GeoPrecision.EXACT),
                new Settlement("gas", 40.2, 35.2, "حقل الغاز", "Gas field", PlaceKind.GAS_FIELD, GeoPrecision.EXACT),
                // A place with incidents: its pin stands for it, so its settlement symbol is not drawn.
                new Settlement("khasham", 40.29, 35.30, "خشام", "Khasham", PlaceKind.VILLAGE, GeoPrecision.EXACT));
        AdminUnit unit = new AdminUnit("sub", 3, "TEST", "Khasham Subdistrict", "ناحية خشام", null, null, "test", "test", subdistrict);
        places = new PlaceLayers(settlements, AreaLabel.of(List.of(unit)));
        pins = List.of(
                new Pin("khasham", 40.29, 35.30, "خشام", "Khasham", 3, EventType.EXPLOSIONS_REMOTE_VIOLENCE, GeoPrecision.EXACT),
                new Pin("salihiyah", 40.07, 35.36, "الصالحية", "Al-Salihiyah", 1, EventType.BATTLES, GeoPrecision.APPROXIMATE));
    }

    @Test
    void arabicNamesMatchTheExpectedImage() throws Exception {
        GoldenImage.assertMatches(render(false).image(), "settlements-arabic");
    }

    @Test
    void englishNamesMatchTheExpectedImage() throws Exception {
        GoldenImage.assertMatches(render(true).image(), "settlements-english");
    }

    @Test
    void theSceneNamesEverySettlementTheAreaAndThePinsWithoutOverlaps() throws Exception {
        Frame frame = render(true);
        Set<String> named = frame.placeNames().stream().map(MapRenderer.PlacedLabel::pinKey).collect(Collectors.toSet());
        // The scene is roomy: every settlement but the pinned one, and the sub-district, get a name.
        assertTrue(named.containsAll(Set.of("city", "town", "village", "approximate", "base", "airport", "oil", "gas", "sub")), named.toString());
        assertTrue(!named.contains("khasham"), "a pinned place is named by its pin, not twice");
        Set<String> pinNames = frame.pinLabels().stream().map(MapRenderer.PlacedLabel::pinKey).collect(Collectors.toSet());
        assertTrue(pinNames.containsAll(Set.of("khasham", "salihiyah")), pinNames.toString());
    }

    private record Frame(BufferedImage image, List<MapRenderer.PlacedLabel> placeNames, List<MapRenderer.PlacedLabel> pinLabels) {}

    /** Paints the scene as the window shows it: a first frame, then again once the labels are images. */
    private static Frame render(boolean english) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            MapRenderer renderer = new MapRenderer(FONT);
            renderer.setPlaceLayers(places);
            Viewport v = Viewport.fitting(40.0, 35.15, 40.4, 35.4, WIDTH, HEIGHT);
            Canvas canvas = new Canvas(WIDTH, HEIGHT);
            renderer.render(canvas.getGraphicsContext2D(), v, basemap, pins, null, english);
            renderer.prepareLabels();
            renderer.render(canvas.getGraphicsContext2D(), v, basemap, pins, null, english);
            BufferedImage image = SwingFXUtils.fromFXImage(canvas.snapshot(null, null), null);
            return new Frame(image, renderer.placeNamesOfLastFrame(), renderer.labelsOfLastFrame());
        }).get();
    }
}
