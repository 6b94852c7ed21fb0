package org.furat.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.furat.app.FilterResult;
import org.furat.app.IncidentOrder;
import org.furat.app.PlaceSummary;
import org.furat.app.Workspace;
import org.furat.map.Basemap;
import org.furat.map.Cluster;
import org.furat.map.Markers;
import org.furat.map.PinClusterer;
import org.furat.map.MapDefinition;
import org.furat.map.MapRenderer;
import org.furat.map.Pin;
import org.furat.map.PlaceLayers;
import org.furat.geo.AdminLookup;
import org.furat.map.Viewport;
import org.furat.model.IncidentFilter;
import org.furat.ui.IncidentTableFrame;

/**
 * Measures what analysts feel at scale on a database (made with {@code furat synth}): a date-range change,
 * a text search, one map frame at region and at village zoom, and opening the database to the first frame.
 * Each figure is the median of repeated runs after a warm-up. Rendering needs a display (use xvfb-run).
 */
public final class Benchmarks {

    /** One measured operation: its name, median, 95th percentile and spread in milliseconds, and how many runs. */
    public record Result(String name, double medianMs, double p95Ms, double minMs, double maxMs, int runs) {}

    private Benchmarks() {}

    /** Measures the database {@code database} names: a file, or a team database's postgresql:// address. */
    public static List<Result> run(String database, int runs) throws Exception {
        List<Result> results = new ArrayList<>();
        Platform.startup(() -> {});
        Platform.setImplicitExit(false); // closing the table's window must not end JavaFX before the frames are measured
        long opened = System.nanoTime();
        try (Workspace workspace = Workspace.open(database)) {
            long t1 = System.nanoTime();
            Basemap basemap = Basemap.load(MapDefinition.DEIR_EZ_ZOR);
            long t2 = System.nanoTime();
            FilterResult all = workspace.filter(IncidentFilter.ALL);
            long t3 = System.nanoTime();
            Viewport region = Viewport.fitting(39.8, 34.8, 41.0, 35.7, 1200, 800);
            MapRenderer renderer = onFx(() -> new MapRenderer("System"));
            Frame frame = onFx(() -> new Frame(renderer, new Canvas(region.width(), region.height()),
                    new WritableImage((int) region.width(), (int) region.height())));
            onFx(() -> frame.paint(basemap, pins(all), region));
            long t4 = System.nanoTime();
            results.add(once("open database to first frame (" + all.count() + " incidents)", opened, t4));
            results.add(once("  of which: open the file", opened, t1));
            results.add(once("  of which: load the basemap", t1, t2));
            results.add(once("  of which: load the incident index and filter", t2, t3));
            results.add(once("  of which: first frame", t3, t4));

            SplittableRandom random = new SplittableRandom(7);
            LocalDate first = LocalDate.of(2017, 1, 1);
            results.add(measure("filter: change the date range", runs, () -> {
                LocalDate from = first.plusDays(random.nextInt(3000));
                return workspace.filter(IncidentFilter.ALL.withDates(from, from.plusDays(30 + random.nextInt(300)))).count();
            }));
            // Consecutive runs search different words, so the workspace's one-entry cache never answers.
            String[] words = {"قصف", "القوات الأمريكية", "اشتباكات", "عبوة ناسفة", "الميادين", "البوكمال", "مقتل", "Conoco", "drone", "خشام", "مسيرة"};
            int[] next = {0};
            results.add(measure("filter: text search", runs,
                    () -> workspace.filter(IncidentFilter.ALL.withText(words[next[0]++ % words.length])).count()));
            // The incident table: ordering every incident of a result (what a click on a column header costs, the
            // filter not included), and reading one page of rows as a scroll brings it into view.
            IncidentOrder.Column[] columns = IncidentOrder.Column.values();
            int[] nextOrder = {0};
            results.add(measure("table: order every incident by date", runs,
                    () -> workspace.sortedIds(all, new IncidentOrder.Sort(IncidentOrder.Column.DATE, nextOrder[0]++ % 2 == 0)).length));
            results.add(measure("table: order every incident by type", runs,
                    () -> workspace.sortedIds(all, new IncidentOrder.Sort(IncidentOrder.Column.TYPE, false)).length));
            long[] newest = workspace.sortedIds(all, IncidentOrder.Sort.NEWEST_FIRST);
            results.add(measure("table: read a page of 50 rows at a random place", runs, () -> {
                int from = random.nextInt(Math.max(1, newest.length - 50));
                return workspace.incidentsInOrder(Arrays.copyOfRange(newest, from, Math.min(newest.length, from + 50))).size();
            }));
            IncidentTableFrame table = onFx(() -> IncidentTableFrame.of(workspace));
            results.add(measure("table: scroll to a random row and draw the table (" + table.rows() + " rows; its pages read)", runs,
                    () -> onFx(() -> table.scrollToAndDraw(random.nextInt(Math.max(1, table.rows()))))));
            // The same, among rows seen before: what drawing costs once the rows are read (scrolling back, or dragging
            // the scroll bar through pages already read), the reading above left out.
            int[] seen = random.ints(20, 0, Math.max(1, table.rows())).toArray();
            for (int row : seen) onFx(() -> table.scrollToAndDraw(row));
            int[] nextSeen = {0};
            results.add(measure("table: scroll to a row read before and draw the table", runs,
                    () -> onFx(() -> table.scrollToAndDraw(seen[nextSeen[0]++ % seen.length]))));
            // A wheel notch: three rows further on, so most rows move up and a few new ones come into view.
            int[] wheel = {random.nextInt(Math.max(1, table.rows() - 10_000))};
            results.add(measure("table: scroll three rows on (a wheel notch) and draw the table", runs,
                    () -> onFx(() -> table.scrollToAndDraw(wheel[0] += 3))));
            // Frames as the screen shows them, the table scrolled on at every pulse: what "scrolls smoothly" means.
            CompletableFuture<double[]> gaps = new CompletableFuture<>();
            int from = random.nextInt(Math.max(1, table.rows()));
            onFx(() -> {
                table.scrollSteadily(from, Math.max(60, runs * 4), gaps::complete);
                return null;
            });
            results.add(summary("table: scroll three rows on at every frame, time between frames shown", gaps.join()));
            onFx(() -> {
                table.close();
                return null;
            });
            Viewport village = Viewport.fitting(40.10, 35.26, 40.34, 35.38, 1200, 800);
            List<Pin> pins = pins(all);
            results.add(measure("render one frame, region zoom", runs, () -> onFx(() -> frame.paint(basemap, pins, region))));
            results.add(measure("render one frame, village zoom", runs, () -> onFx(() -> frame.paint(basemap, pins, village))));
            // The same frames with the whole gazetteer drawn under the pins: settlements, their names and the
            // administrative units' names, as the window shows them.
            PlaceLayers places = PlaceLayers.of(workspace.places(), AdminLookup.shipped().placeUnits());
            onFx(() -> {
                renderer.setPlaceLayers(places);
                return null;
            });
            MapDefinition.Box home = basemap.definition().home();
            Viewport wholeRegion = Viewport.fitting(home.west(), home.south(), home.east(), home.north(), 1200, 800);
            String gazetteer = places.settlements().size() + " places";
            results.add(measure("render one frame, region zoom, gazetteer (" + gazetteer + ")", runs,
                    () -> onFx(() -> frame.paint(basemap, pins, wholeRegion))));
            results.add(measure("render one frame, village zoom, gazetteer (" + gazetteer + ")", runs,
                    () -> onFx(() -> frame.paint(basemap, pins, village))));
        } finally {
            Platform.exit();
        }
        return results;
    }

    private static Result once(String name, long from, long to) {
        double ms = (to - from) / 1e6;
        return new Result(name, ms, ms, ms, ms, 1);
    }

    private static List<Pin> pins(FilterResult result) {
        List<Pin> pins = new ArrayList<>();
        for (PlaceSummary s : result.places()) {
            pins.add(new Pin(s.place().key(), s.place().lon(), s.place().lat(), s.place().nameAr(), s.place().nameEn(),
                    s.incidentCount(), s.dominantType(), s.precision()));
        }
        return pins;
    }

    /** The window's way of drawing: one renderer and one canvas, repainted; the image receives each frame. */
    private record Frame(MapRenderer renderer, Canvas canvas, WritableImage image) {
        int paint(Basemap basemap, List<Pin> pins, Viewport viewport) {
            List<Cluster> clusters = PinClusterer.cluster(pins, viewport, Markers.clusteringRadius(pins));
            renderer.renderClusters(canvas.getGraphicsContext2D(), viewport, basemap, clusters, null, true);
            if (renderer.labelsPending()) Platform.runLater(renderer::prepareLabels); // as the window does
            // The snapshot makes the frame rasterised, so the figure includes drawing, not just queuing commands.
            canvas.snapshot(null, image);
            return pins.size();
        }
    }

    private static <T> T onFx(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.join();
    }

    private static Result measure(String name, int runs, Supplier<?> work) {
        for (int i = 0; i < Math.max(3, runs / 5); i++) work.get(); // warm-up: JIT and caches
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return summary(name, ms);
    }

    /** Median, 95th percentile, least and most of samples in milliseconds. */
    private static Result summary(String name, double[] samples) {
        double[] ms = samples.clone();
        Arrays.sort(ms);
        int n = ms.length;
        return new Result(name, ms[n / 2], ms[Math.min(n - 1, (int) Math.ceil(0.95 * n) - 1)], ms[0], ms[n - 1], n);
    }
}
