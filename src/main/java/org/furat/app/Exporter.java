package org.furat.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.furat.io.DiskFull;
import org.furat.io.ExportFormat;
import org.furat.io.ExportFormats;
import org.furat.io.ExportRecovery;
import org.furat.io.Feature;
import org.furat.io.FeatureWriter;
import org.furat.io.Layer;
import org.furat.geo.AdminLookup;
import org.furat.model.AdminUnit;
import org.furat.model.Place;
import org.furat.store.LocationRow;

/**
 * Writes what a filter selects to a file: incidents (a point per incident and place, carrying the incident
 * key so multi-place incidents stay joinable) or places. Streams rows from the database to the format's
 * writer; the files appear under their names only when complete and all together, so a cancel, a failure or a
 * kill leaves nothing that looks whole, and an export killed midway is finished or undone by the next export to its
 * folder. Call off the FX thread.
 */
public final class Exporter {

    /** What to export. */
    public enum What { INCIDENTS, PLACES }

    /** An export refused before writing, for a reason the caller may let the analyst overrule. */
    public static final class Refused extends IllegalArgumentException {
        /** EMPTY: nothing matches (an empty file can be allowed); EXISTS: the file is there (overwriting can be allowed). */
        public enum Reason { EMPTY, EXISTS }

        private final Reason reason;

        Refused(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() { return reason; }
    }

    /** What an export will write, said before writing. */
    /** {@code unplaced}: incidents linked to no place, which a layer of points cannot hold and the file leaves out. */
    public record Plan(What what, int incidents, long rows, int unplaced) {

        /** What the export will write, said before writing (and, for the command line, after). */
        public String describe() {
            if (what == What.PLACES) return String.format("%,d %s", rows, rows == 1 ? "place" : "places");
            String text = String.format("%,d %s as %,d %s (one per incident and place)", incidents,
                    incidents == 1 ? "incident" : "incidents", rows, rows == 1 ? "row" : "rows");
            if (unplaced > 0) {
                text += String.format("; %,d %s no place and cannot be drawn as a point, so %s left out", unplaced,
                        unplaced == 1 ? "incident has" : "incidents have", unplaced == 1 ? "it is" : "they are");
            }
            return text;
        }
    }

    /** Told how far an export has got. */
    @FunctionalInterface
    public interface Progress {
        void update(long written, long total);
    }

    private final Workspace workspace;

    public Exporter(Workspace workspace) {
        this.workspace = workspace;
    }

    public Plan plan(FilterResult result, What what) {
        return switch (what) {
            case INCIDENTS -> new Plan(what, result.count(), workspace.locationRowCount(result), workspace.unplacedCount(result));
            case PLACES -> new Plan(what, result.count(), places(result).size(), 0);
        };
    }

    /**
     * Exports and returns the rows written, or -1 if cancelled. Refuses an existing file unless {@code overwrite}, and
     * an empty result unless {@code allowEmpty} (an empty file is still valid when allowed). First finishes or undoes
     * the exports into the target's folder that were killed midway, telling {@code recovered} one sentence for each
     * (before anything else can fail, so the sentences reach the user even if the export then fails).
     */
    public long export(FilterResult result, What what, String formatName, Path target, boolean overwrite, boolean allowEmpty,
                       Progress progress, BooleanSupplier cancelled, Consumer<String> recovered) throws IOException {
        ExportFormat format = format(formatName);
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) throw new IllegalArgumentException("The folder " + folder + " does not exist");
        // Before looking for existing files: an interrupted export that is undone brings the files it replaced back.
        recoverInterruptedExports(folder).forEach(recovered);
        Plan plan = plan(result, what);
        if (plan.rows() == 0 && !allowEmpty) {
            throw new Refused(Refused.Reason.EMPTY, "Nothing matches the filter, so nothing was written (allow an empty file to write one anyway)");
        }
        if (!overwrite) {
            List<Path> existing = format.outputs(target).stream().filter(Files::exists).toList();
            if (!existing.isEmpty()) {
                throw new Refused(Refused.Reason.EXISTS, existing.get(0) + " already exists; choose another name or allow overwriting");
            }
        }
        Layer layer = what == What.INCIDENTS ? ExportLayers.INCIDENTS : ExportLayers.PLACES;
        try {
            return write(result, what, format, target, layer, plan, progress, cancelled);
        } catch (IOException e) {
            throw DiskFull.explain(e, target);
        }
    }

    /**
     * Finishes or undoes the exports into {@code folder} that were killed midway and deletes their temporary files;
     * says what was done, one sentence per export. Every {@link #export} does this first.
     */
    public static List<String> recoverInterruptedExports(Path folder) throws IOException {
        return ExportRecovery.recover(folder).stream().map(ExportRecovery.Outcome::message).toList();
    }

    private long write(FilterResult result, What what, ExportFormat format, Path target, Layer layer, Plan plan, Progress progress,
                       BooleanSupplier cancelled) throws IOException {
        try (FeatureWriter writer = format.open(target, layer)) {
            long written = 0;
            if (what == What.INCIDENTS) {
                written = writeIncidents(result, writer, plan, progress, cancelled);
            } else {
                for (Feature feature : places(result)) {
                    if (cancelled.getAsBoolean()) break;
                    writer.write(feature);
                    written++;
                }
            }
            if (cancelled.getAsBoolean()) return -1; // closing without commit deletes the partial files
            writer.commit();
            progress.update(written, plan.rows());
            return written;
        }
    }

    private static final int BATCH = 2_000;
    /** Marks the end of the rows; compared by identity. */
    private static final List<Feature> END = new ArrayList<>();

    /**
     * Reads rows from the database on one thread while this one writes them: the two take about as long
     * each, so on two cores the export takes the time of the slower instead of their sum. A bounded queue
     * keeps memory flat.
     */
    private long writeIncidents(FilterResult result, FeatureWriter writer, Plan plan, Progress progress,
                                BooleanSupplier cancelled) throws IOException {
        BlockingQueue<List<Feature>> queue = new ArrayBlockingQueue<>(8);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> readFailure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            List<Feature> batch = new ArrayList<>(BATCH);
            try {
                workspace.forEachLocationRow(result, () -> stop.get() || cancelled.getAsBoolean(), row -> {
                    batch.add(feature(row));
                    if (batch.size() == BATCH) {
                        put(queue, new ArrayList<>(batch), stop);
                        batch.clear();
                    }
                });
                if (!batch.isEmpty()) put(queue, batch, stop);
            } catch (Throwable e) {
                readFailure.set(e);
            } finally {
                put(queue, END, stop);
            }
        }, "furat-export-reader");
        reader.setDaemon(true);
        reader.start();
        long written = 0;
        try {
            for (List<Feature> batch = take(queue); batch != END; batch = take(queue)) {
                for (Feature feature : batch) writer.write(feature);
                long before = written;
                written += batch.size();
                if (written / 20_000 != before / 20_000) progress.update(written, plan.rows());
            }
        } finally {
            stop.set(true);
            queue.clear(); // lets a reader blocked on a full queue see the stop
            join(reader);
        }
        Throwable failure = readFailure.get();
        if (failure instanceof RuntimeException e) throw e;
        if (failure != null) throw new IOException("Reading the incidents failed, nothing was written: " + failure, failure);
        return written;
    }

    private static void put(BlockingQueue<List<Feature>> queue, List<Feature> batch, AtomicBoolean stop) {
        try {
            while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                if (stop.get()) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Feature> take(BlockingQueue<List<Feature>> queue) throws IOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Export interrupted", e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The formats by their short names (shp, gpkg, geojson, kml, csv). */
    public static List<String> formats() {
        return ExportFormats.all().stream().map(ExportFormat::name).toList();
    }

    /** The main file extension of a format, with the dot. */
    public static String extension(String formatName) {
        return format(formatName).extension();
    }

    private static ExportFormat format(String name) {
        return ExportFormats.byName(name);
    }

    private static Feature feature(LocationRow r) {
        return new Feature(r.lon(), r.lat(), Arrays.asList(r.incident(), r.place(), r.placeAr(), r.placeEn(), r.role(),
                r.adm1Name(), r.adm1Code(), r.adm2Name(), r.adm2Code(), r.adm3Name(), r.adm3Code(),
                (long) r.locationPrecision(), r.dateStart(), r.dateEnd(), (long) r.timePrecision(), r.eventType(), r.subEventType(),
                r.actor1(), r.actor2(), asLong(r.killed()), asLong(r.killedLow()), asLong(r.killedHigh()), asLong(r.injured()),
                asLong(r.injuredLow()), asLong(r.injuredHigh()), r.status(), r.descriptionEn(), r.descriptionAr(), r.source(),
                r.outlet(), r.url(), r.evidence()));
    }

    /** Places with incidents under the filter; with no filter at all, every place of the gazetteer. */
    private List<Feature> places(FilterResult result) {
        Map<String, Integer> counts = result.places().stream()
                .collect(Collectors.toMap(s -> s.place().key(), PlaceSummary::incidentCount));
        List<Feature> features = new ArrayList<>();
        AdminLookup units = AdminLookup.shipped();
        for (Place p : workspace.places()) {
            Integer count = counts.get(p.key());
            if (count == null && !result.filter().isEmpty()) continue;
            List<Object> values = new ArrayList<>(Arrays.asList(p.key(), p.nameAr(), p.nameEn(),
                    String.join("|", p.variantsAr()), String.join("|", p.variantsEn()), p.kind().code(),
                    (long) p.precision().code(), p.district()));
            for (int level = 1; level <= 3; level++) {
                AdminUnit unit = units.unit(p.admin().at(level));
                values.add(unit == null ? null : unit.nameEn());
                values.add(unit == null ? null : unit.code());
            }
            values.addAll(Arrays.asList((long) (count == null ? 0 : count), p.source(), p.sourceRef(), p.licence(), p.note()));
            features.add(new Feature(p.lon(), p.lat(), values));
        }
        return features;
    }

    private static Long asLong(Integer value) {
        return value == null ? null : value.longValue();
    }
}
