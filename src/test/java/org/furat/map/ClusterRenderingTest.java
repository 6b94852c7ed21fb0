package org.furat.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javax.imageio.ImageIO;
import org.furat.geo.WebMercator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Frames with a million synthetic incidents, painted off-screen: clusters show, counts are abbreviated and fit
 * inside their symbols, no two symbols overlap, and labels overlap neither each other nor any symbol. Writes
 * the region view to target/ui-snapshots/clusters.png, and each zoom to clusters-400.png and the like, to be looked at.
 */
class ClusterRenderingTest {

    private static final String FONT = "Vazirmatn";
    private static Basemap basemap;
    private static List<Pin> pins;

    private record Frame(List<Cluster> clusters, List<MapRenderer.PlacedSymbol> symbols, List<MapRenderer.PlacedLabel> labels) {}

    @BeforeAll
    static void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        // The font the app bundles, so the picture shows the Arabic as the window does.
        for (String file : new String[]{"Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf"}) {
            try (InputStream in = ClusterRenderingTest.class.getResourceAsStream("/org/furat/ui/fonts/" + file)) {
                assertNotNull(in, file);
                assertNotNull(Font.loadFont(in, 13), file);
            }
        }
        basemap = Basemap.load(MapDefinition.DEIR_EZ_ZOR);
        pins = SyntheticPins.million();
    }

    @Test
    void theRegionViewShowsClustersWithAbbreviatedCountsAndUncrowdedLabels() throws Exception {
        MapDefinition.Box home = basemap.definition().home();
        Viewport region = Viewport.fitting(home.west(), home.south(), home.east(), home.north(), 1000, 700);
        check(region, "the region view", Path.of("target", "ui-snapshots", "clusters.png"), true);
        for (double mpp : new double[]{20, 60, 150, 400, 1200}) {
            Viewport v = new Viewport(WebMercator.x(40.25), WebMercator.y(35.25), mpp, 900, 700);
            check(v, mpp + " m/px", Path.of("target", "ui-snapshots", "clusters-" + (int) mpp + ".png"), mpp >= 150);
        }
    }

    @Test
    void theChosenPlaceIsDrawnAndNamedOutsideItsCluster() throws Exception {
        Viewport v = new Viewport(WebMercator.x(40.25), WebMercator.y(35.25), 400, 900, 700);
        List<Cluster> clusters = PinClusterer.cluster(pins, v, Markers.clusteringRadius(pins), "khasham");
        Frame frame = paint(v, clusters, "khasham", null);
        assertTrue(frame.symbols().stream().anyMatch(s -> s.key().equals("khasham") && s.members() == 1));
        assertEquals("khasham", frame.labels().get(0).pinKey(), "the chosen place is named first");
    }

    private static void check(Viewport v, String where, Path png, boolean expectClusters) throws Exception {
        List<Cluster> clusters = PinClusterer.cluster(pins, v, Markers.clusteringRadius(pins));
        Frame frame = paint(v, clusters, null, png);
        if (expectClusters) assertTrue(clusters.stream().anyMatch(c -> c.size() > 1), "some places cluster at " + where);
        assertEquals(clusters.size(), frame.symbols().size(), "one symbol per cluster at " + where);

        Map<String, Cluster> byKey = clusters.stream().collect(Collectors.toMap(Cluster::key, Function.identity()));
        for (MapRenderer.PlacedSymbol s : frame.symbols()) {
            Cluster c = byKey.get(s.key());
            assertEquals(c.count(), s.count());
            assertEquals(Markers.radius(c), s.radius(), 1e-9);
            if (c.count() >= 1000) {
                assertTrue(s.countText().matches("\\d{1,3}(\\.\\d)?[kM]"), s.countText() + " is abbreviated at " + where);
                assertEquals(Markers.countText(c.count()), s.countText());
            }
            if (s.countText() != null) {
                assertTrue(s.countBox().getWidth() <= 2 * s.radius() - 4, s.countText() + " (" + s.countBox().getWidth()
                        + " px wide) fits inside " + s.key() + " (radius " + s.radius() + ") at " + where);
                assertTrue(s.countBox().getHeight() <= 2 * s.radius(), s.countText() + " is not taller than its symbol");
            }
        }
        for (int i = 0; i < clusters.size(); i++) {
            for (int j = i + 1; j < clusters.size(); j++) {
                Cluster a = clusters.get(i), b = clusters.get(j);
                double d = Math.hypot(v.screenX(a.x()) - v.screenX(b.x()), v.screenY(a.y()) - v.screenY(b.y()));
                assertTrue(d >= Markers.outerRadius(a) + Markers.outerRadius(b), a.key() + " and " + b.key()
                        + " symbols overlap at " + where);
            }
        }

        List<MapRenderer.PlacedLabel> labels = frame.labels();
        assertFalse(labels.isEmpty(), "something is named at " + where);
        for (int i = 0; i < labels.size(); i++) {
            Bounds a = labels.get(i).box();
            assertTrue(a.getMinX() >= 0 && a.getMinY() >= 0 && a.getMaxX() <= v.width() && a.getMaxY() <= v.height(),
                    labels.get(i).pinKey() + " label leaves the canvas at " + where);
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(a.intersects(labels.get(j).box()), labels.get(i).pinKey() + " and " + labels.get(j).pinKey()
                        + " labels overlap at " + where);
            }
            for (Cluster c : clusters) {
                double r = Markers.outerRadius(c), sx = v.screenX(c.x()), sy = v.screenY(c.y());
                assertFalse(a.intersects(sx - r, sy - r, 2 * r, 2 * r), labels.get(i).pinKey() + " label covers the symbol of "
                        + c.key() + " at " + where);
            }
        }
    }

    private static Frame paint(Viewport v, List<Cluster> clusters, String selectedKey, Path png) throws Exception {
        Frame frame = WaitForAsyncUtils.asyncFx(() -> {
            MapRenderer renderer = new MapRenderer(FONT);
            Canvas canvas = new Canvas(v.width(), v.height());
            renderer.renderClusters(canvas.getGraphicsContext2D(), v, basemap, clusters, selectedKey, true);
            if (png != null) {
                WritableImage image = canvas.snapshot(null, null);
                Files.createDirectories(png.getParent());
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
            }
            return new Frame(clusters, renderer.symbolsOfLastFrame(), renderer.labelsOfLastFrame());
        }).get();
        return frame;
    }
}
