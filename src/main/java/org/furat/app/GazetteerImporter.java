package org.furat.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.furat.io.gazetteer.GazetteerFileException;
import org.furat.io.gazetteer.GazetteerRecord;
import org.furat.io.gazetteer.GeoNamesReader;
import org.furat.io.gazetteer.PointLayerReader;
import org.furat.io.gazetteer.WhosOnFirstReader;
import org.furat.store.GazetteerSources;

/**
 * Imports places from gazetteer files (Who's On First records, a GeoNames dump, an analyst's own CSV or GeoJSON
 * point layer) and takes an import back out. Every file is read and every record decided
 * ({@link GazetteerMerge}) before anything is written; then the whole import is one transaction. After a write
 * the workspace forgets its places, so the map, the filters, the exports and the extractor see the new gazetteer.
 */
public final class GazetteerImporter {

    /** Who's On First's credit line and licence (its GeoNames-derived properties are CC BY 4.0, GeoNames). */
    public static final String WOF_ATTRIBUTION = "Data from Who's On First (whosonfirst.org); place names from GeoNames.org";
    public static final String GEONAMES_ATTRIBUTION = "GeoNames.org";
    public static final String CC_BY_4 = "CC-BY-4.0";

    /** The file formats an import reads; {@code AUTO} tells them apart by name and content. */
    public enum Format { AUTO, WOF, GEONAMES, CSV, GEOJSON }

    /**
     * What to import and how.
     *
     * @param source      the name the places are recorded under; null for the format's own (whosonfirst, geonames)
     * @param area        the box places must lie in
     * @param columns     the columns of a point layer
     * @param licence     the licence of a point layer (registries have their own)
     * @param attribution the credit a point layer's licence asks for
     */
    public record Request(List<Path> paths, Format format, String source, StudyArea area, PointLayerReader.Columns columns,
                          String licence, String attribution, boolean dryRun) {
        public Request {
            paths = List.copyOf(paths);
            if (paths.isEmpty()) throw new IllegalArgumentException("Name at least one file or folder to import");
            if (format == null) format = Format.AUTO;
            if (area == null) area = StudyArea.ofMap();
            if (columns == null) columns = PointLayerReader.Columns.defaults();
        }

        /**
         * A request in the words of a form: column names, licence and attribution as typed, a blank one meaning
         * "not given" (the column's default name, no licence stated); the default study area ({@link StudyArea#ofMap}).
         */
        public static Request of(List<Path> paths, Format format, String source, String nameAr, String nameEn, String lat,
                                 String lon, String id, String kind, String licence, String attribution, boolean dryRun) {
            return new Request(paths, format, blankToNull(source), StudyArea.ofMap(),
                    new PointLayerReader.Columns(blankToNull(nameAr), blankToNull(nameEn), blankToNull(lat), blankToNull(lon),
                            blankToNull(id), blankToNull(kind)),
                    blankToNull(licence), blankToNull(attribution), dryRun);
        }

        /** The same request, to write (after a dry run showed what it would do). */
        public Request toWrite() {
            return new Request(paths, format, source, area, columns, licence, attribution, false);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /** One outcome listed by record: merges and far duplicates. */
    public record Note(String record, String name, String outcome, String reason, String placeKey) {}

    /** What an import did (or, in a dry run, would do). */
    public record Summary(String source, boolean dryRun, int read, int added, int merged, int skipped, int variantsAdded,
                          Map<String, Integer> mergedBy, Map<String, Integer> skippedBy, List<Note> notes, long millis) {

        /** The outcome table (outcome, count, reason) that the command line prints and the window shows. */
        public List<List<String>> rows() {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("added", Integer.toString(added), "new places"));
            mergedBy.forEach((why, n) -> rows.add(List.of("merged", Integer.toString(n), why)));
            skippedBy.forEach((why, n) -> rows.add(List.of("skipped", Integer.toString(n), why)));
            rows.add(List.of("spellings", Integer.toString(variantsAdded), "added to places already in the gazetteer"));
            for (Note n : notes) {
                if (n.outcome().equals("skipped")) rows.add(List.of("far duplicate", n.record(), n.name() + ": " + n.reason()));
            }
            return rows;
        }

        /** One sentence saying what was (or, in a dry run, would be) done. */
        public String sentence() {
            return (dryRun ? "Dry run, nothing written: would add " : "Added ") + count(added, "place") + ", merged "
                    + count(merged, "record") + " into places already there and skipped " + skipped + " of "
                    + count(read, "record") + " from " + source + " in " + millis + " ms.";
        }

        private static String count(int n, String noun) {
            return n + " " + (n == 1 ? noun : noun + "s");
        }
    }

    private final Workspace workspace;
    private final GazetteerSources store;

    GazetteerImporter(Workspace workspace, GazetteerSources store) {
        this.workspace = workspace;
        this.store = store;
    }

    public Summary importFiles(Request request) {
        long started = System.nanoTime();
        Planned planned = plan(request, workspace.places(), store.origins());
        GazetteerMerge.Plan plan = planned.plan();
        if (!request.dryRun()) {
            try {
                store.apply(plan.changes());
            } finally {
                workspace.gazetteerChanged();
                workspace.dataChanged();
            }
        }
        List<Note> notes = plan.notes().stream().map(n -> new Note(n.record(), n.name(), n.outcome(), n.reason(), n.placeKey())).toList();
        return new Summary(planned.source(), request.dryRun(), plan.read(), plan.added(), plan.merged(), plan.skipped(), plan.variantsAdded(),
                plan.mergedBy(), plan.skippedBy(), notes, (System.nanoTime() - started) / 1_000_000);
    }

    /** An import decided and not yet written: the name it is recorded under and what it adds and merges. */
    record Planned(String source, GazetteerMerge.Plan plan) {}

    /**
     * Reads the files and decides every record against the places already there ({@code places}, and the source
     * records that name them, {@code origins}); writes nothing.
     */
    static Planned plan(Request request, List<org.furat.model.Place> places, List<GazetteerSources.Origin> origins) {
        Format format = request.format() == Format.AUTO ? detect(request.paths()) : request.format();
        String source = request.source() != null ? request.source().strip() : switch (format) {
            case WOF -> "whosonfirst";
            case GEONAMES -> "geonames";
            default -> throw new IllegalArgumentException("Name the source of " + request.paths().get(0)
                    + " with --source NAME: it is recorded with every place it adds, and `furat gazetteer remove --source NAME` takes them out again");
        };
        if (source.isEmpty() || source.indexOf('|') >= 0) throw new IllegalArgumentException("The source name '" + source + "' cannot be used");
        List<GazetteerRecord> records = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        String licence, attribution, note;
        switch (format) {
            case WOF -> {
                for (Path p : request.paths()) records.addAll(WhosOnFirstReader.read(p));
                licence = CC_BY_4;
                attribution = WOF_ATTRIBUTION;
                note = "From Who's On First (whosonfirst.org); its GeoNames-derived names and point: GeoNames.org, CC BY 4.0.";
            }
            case GEONAMES -> {
                Path table = null, alternates = null;
                for (Path p : request.paths()) {
                    if (GeoNamesReader.isGeonameTable(p) && table == null) table = p;
                    else if (GeoNamesReader.isAlternateNames(p) && alternates == null) alternates = p;
                    else throw new GazetteerFileException(p + " is neither a GeoNames geoname table (19 tab-separated columns, such as SY.txt) "
                            + "nor its alternate names (alternateNamesV2.txt), or the same kind of file was given twice");
                }
                if (table == null) throw new GazetteerFileException("No GeoNames geoname table (such as SY.txt) among " + request.paths());
                records.addAll(GeoNamesReader.read(table, alternates, xy -> request.area().contains(xy[0], xy[1]), outside));
                licence = CC_BY_4;
                attribution = GEONAMES_ATTRIBUTION;
                note = "From GeoNames.org, CC BY 4.0.";
            }
            case CSV, GEOJSON -> {
                for (Path p : request.paths()) {
                    records.addAll(format == Format.CSV ? PointLayerReader.readCsv(p, request.columns()) : PointLayerReader.readGeoJson(p, request.columns()));
                }
                licence = request.licence() == null || request.licence().isBlank() ? "not stated" : request.licence().strip();
                attribution = request.attribution();
                note = "From " + source + " (" + request.paths().get(0).getFileName() + ").";
            }
            default -> throw new IllegalStateException(format.name());
        }
        return new Planned(source, new GazetteerMerge(source, request.area(), places, origins)
                .plan(records, outside.size(), licence, attribution, note));
    }

    /** What {@link #remove} did. */
    public record Removal(String source, List<String> removedPlaces, int removedVariants, int removedNotes, List<Kept> kept) {}

    /** A place kept because incidents or place groups refer to it. */
    public record Kept(String key, String nameEn, int incidents, int groups) {}

    /** Takes an import back out in one transaction; places that incidents refer to are kept and listed. */
    public Removal remove(String source) {
        if (!store.knows(source)) {
            List<String> known = store.attributions().stream().map(GazetteerSources.Attribution::source).toList();
            throw new IllegalArgumentException("No gazetteer import is recorded under the source '" + source + "'"
                    + (known.isEmpty() ? "; nothing was imported yet." : "; the imported sources are " + String.join(", ", known) + "."));
        }
        GazetteerSources.Removal r;
        try {
            r = store.remove(source);
        } finally {
            workspace.gazetteerChanged();
            workspace.dataChanged();
        }
        return new Removal(r.source(), r.removedPlaces(), r.removedVariants(), r.removedNotes(),
                r.kept().stream().map(k -> new Kept(k.key(), k.nameEn(), k.incidents(), k.groups())).toList());
    }

    /**
     * A gazetteer import recorded in the database.
     *
     * @param places     how many places it added (and are still there)
     * @param importedAt when it was last imported, ISO-8601 UTC
     */
    public record Source(String name, String licence, String attribution, int places, String importedAt) {}

    /** The imports recorded in the database, by name. */
    public List<Source> sources() {
        return store.attributions().stream().map(a -> new Source(a.source(), a.licence(), a.attribution(), a.places(), a.importedAt()))
                .toList();
    }

    /** The imported sources and the credit each asks for, for the map's attribution line. */
    public List<String> attributions() {
        return store.attributions().stream().filter(a -> a.places() > 0 && a.attribution() != null && !a.attribution().isBlank())
                .map(GazetteerSources.Attribution::attribution).distinct().toList();
    }

    /** Tells the formats apart: a folder or a WOF record, a GeoNames table, a CSV file, a GeoJSON layer. */
    static Format detect(List<Path> paths) {
        Path first = paths.get(0);
        String name = first.getFileName() == null ? "" : first.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.exists(first)) throw new GazetteerFileException(first + " does not exist");
        if (Files.isDirectory(first)) return Format.WOF;
        if (name.endsWith(".csv")) return Format.CSV;
        if (name.endsWith(".geojson") || name.endsWith(".json")) return WhosOnFirstReader.isRecord(first) ? Format.WOF : Format.GEOJSON;
        if (GeoNamesReader.isGeonameTable(first) || GeoNamesReader.isAlternateNames(first)) return Format.GEONAMES;
        throw new GazetteerFileException("Cannot tell what kind of gazetteer " + first + " is: give a folder or .geojson files of Who's On "
                + "First, a GeoNames dump (such as SY.txt, 19 tab-separated columns) with optionally alternateNamesV2.txt, or a .csv or "
                + ".geojson point layer");
    }
}
