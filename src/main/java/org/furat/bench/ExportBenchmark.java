package org.furat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.furat.app.Exporter;
import org.furat.app.FilterResult;
import org.furat.app.Workspace;
import org.furat.model.IncidentFilter;

/**
 * Exports every incident of a database to a shapefile and to a GeoPackage, and times GDAL's ogr2ogr
 * converting the same rows (the database's incident_locations layer) to the same formats in the same run.
 * Also samples the heap while exporting, to show whether memory stays flat as rows grow.
 */
public final class ExportBenchmark {

    /** One format's figures: our time, ogr2ogr's, their ratio, rows, and our peak heap while exporting. */
    public record Result(String format, long rows, double oursSeconds, double gdalSeconds, double peakHeapMb) {
        public double ratio() { return oursSeconds / gdalSeconds; }
    }

    private ExportBenchmark() {}

    public static List<Result> run(Path database, Path folder) throws Exception {
        Files.createDirectories(folder);
        List<Result> results = new ArrayList<>();
        try (Workspace workspace = Workspace.open(database)) {
            FilterResult all = workspace.filter(IncidentFilter.ALL);
            Exporter exporter = new Exporter(workspace);
            for (String[] format : new String[][]{{"shp", "ESRI Shapefile", ".shp"}, {"gpkg", "GPKG", ".gpkg"}}) {
                Path ours = folder.resolve("furat" + format[2]);
                Path gdal = folder.resolve("ogr2ogr" + format[2]);
                // Each side runs twice, alternating, and its faster run counts: neither gains from the other
                // having warmed the disk cache.
                double oursSeconds = Double.MAX_VALUE, gdalSeconds = Double.MAX_VALUE, peak = 0;
                long rows = 0;
                for (int round = 0; round < 2; round++) {
                    HeapSampler heap = new HeapSampler();
                    heap.start();
                    long started = System.nanoTime();
                    rows = exporter.export(all, Exporter.What.INCIDENTS, format[0], ours, true, true, (w, t) -> {}, () -> false, recovered -> {});
                    oursSeconds = Math.min(oursSeconds, (System.nanoTime() - started) / 1e9);
                    heap.interrupt();
                    heap.join();
                    peak = Math.max(peak, heap.peak.get() / 1e6);
                    deleteShapefile(gdal);
                    Files.deleteIfExists(gdal);
                    started = System.nanoTime();
                    Process p = new ProcessBuilder("ogr2ogr", "-f", format[1], gdal.toString(), database.toString(), "incident_locations")
                            .redirectErrorStream(true).start();
                    String output = new String(p.getInputStream().readAllBytes());
                    if (p.waitFor() != 0) throw new IOException("ogr2ogr failed: " + output);
                    gdalSeconds = Math.min(gdalSeconds, (System.nanoTime() - started) / 1e9);
                }
                results.add(new Result(format[0], rows, oursSeconds, gdalSeconds, peak));
            }
        }
        return results;
    }

    private static void deleteShapefile(Path shp) throws IOException {
        String base = shp.getFileName().toString().replaceFirst("\\.shp$", "");
        for (String ext : new String[]{".shx", ".dbf", ".prj", ".cpg"}) Files.deleteIfExists(shp.resolveSibling(base + ext));
    }

    /** Samples the heap in use every 20 ms. */
    private static final class HeapSampler extends Thread {
        final AtomicLong peak = new AtomicLong();

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            Runtime runtime = Runtime.getRuntime();
            while (!isInterrupted()) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
