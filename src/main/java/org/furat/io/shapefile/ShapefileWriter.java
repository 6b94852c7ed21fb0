package org.furat.io.shapefile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.furat.io.AtomicFiles;
import org.furat.io.Feature;
import org.furat.io.FeatureChecks;
import org.furat.io.Field;
import org.furat.io.Layer;
import org.furat.io.StreamingFeatureWriter;

/**
 * The streaming writer behind {@link ShapefileFormat}: each feature goes straight to the temporary .shp, .shx
 * and .dbf files; {@link #commit} patches their headers and switches all six files into place together, removing
 * with the old files the spatial indexes a GIS built for them. Layers and
 * features go through {@link FeatureChecks} first. A feature that would take a file past its size limit is
 * refused with an IOException before any of it is written. Not thread-safe.
 */
final class ShapefileWriter extends StreamingFeatureWriter {

    /** ArcGIS and most readers stop at 2 GB per file (the format's offsets would allow 4 GB). */
    static final long MAX_FILE_BYTES = Integer.MAX_VALUE;

    /** Index files that a GIS builds beside a shapefile; they describe the old content once it is replaced. */
    private static final List<String> STALE_INDEXES = List.of(".qix", ".sbn", ".sbx");

    private final Path target;
    private final Layer layer;
    private final boolean featureIds;
    private final List<ChannelOutput> outputs = new ArrayList<>();
    private ShpWriter shp;
    private DbfWriter dbf;
    private long written;
    private boolean failed;

    private ShapefileWriter(Path target, Layer layer) {
        super("shapefile", layer.name(), new AtomicFiles());
        this.target = target;
        this.layer = layer;
        this.featureIds = layer.fields().isEmpty();
    }

    static ShapefileWriter open(Path target, Layer layer, long maxFileBytes, LocalDate today) throws IOException {
        FeatureChecks.requireValidLayer(layer, List.of());
        List<DbfColumn> columns = columns(layer);
        check(target, columns);
        ShapefileWriter writer = new ShapefileWriter(target, layer);
        try {
            writer.start(columns, maxFileBytes, today);
            return writer;
        } catch (IOException | RuntimeException e) {
            try {
                writer.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    static ShapefileWriter open(Path target, Layer layer) throws IOException {
        return open(target, layer, MAX_FILE_BYTES, LocalDate.now(ZoneOffset.UTC));
    }

    static List<DbfColumn> columns(Layer layer) {
        if (layer.fields().isEmpty()) return List.of(DbfColumn.featureId());
        List<String> names = DbfFieldNames.shorten(layer.fields().stream().map(Field::name).toList());
        List<DbfColumn> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) columns.add(DbfColumn.of(layer.fields().get(i), names.get(i)));
        return List.copyOf(columns);
    }

    private static void check(Path target, List<DbfColumn> columns) throws IOException {
        if (columns.size() > DbfWriter.MAX_FIELDS) {
            throw new IOException("Cannot write " + target + ": a DBF file holds at most " + DbfWriter.MAX_FIELDS
                    + " fields, the layer has " + columns.size());
        }
        int recordLength = DbfWriter.recordLength(columns);
        if (recordLength > DbfWriter.MAX_RECORD_LENGTH) {
            throw new IOException("Cannot write " + target + ": the fields take " + recordLength
                    + " bytes a record, more than the " + DbfWriter.MAX_RECORD_LENGTH + " a DBF file allows; make the text fields narrower");
        }
    }

    private void start(List<DbfColumn> columns, long maxFileBytes, LocalDate today) throws IOException {
        AtomicFiles files = files();
        List<Path> finals = ShapefileFormat.paths(target);
        Path shpFile = files.temporaryFor(finals.get(0));
        Path shxFile = files.temporaryFor(finals.get(1));
        Path dbfFile = files.temporaryFor(finals.get(2));
        Files.writeString(files.temporaryFor(finals.get(3)), ShapefileFormat.WGS84_PRJ, StandardCharsets.US_ASCII);
        Files.writeString(files.temporaryFor(finals.get(4)), "UTF-8", StandardCharsets.US_ASCII);
        Files.writeString(files.temporaryFor(finals.get(5)), FieldMap.csv(columns), StandardCharsets.UTF_8);
        String base = ShapefileFormat.baseName(target);
        for (String extension : STALE_INDEXES) files.alsoReplaces(finals.get(0).resolveSibling(base + extension));
        String name = target.getFileName().toString();
        ChannelOutput shpOut = output(shpFile, maxFileBytes, "the .shp file of " + name);
        ChannelOutput shxOut = output(shxFile, maxFileBytes, "the .shx file of " + name);
        ChannelOutput dbfOut = output(dbfFile, maxFileBytes, "the .dbf file of " + name);
        shp = new ShpWriter(shpOut, shxOut);
        dbf = new DbfWriter(dbfOut, columns, today);
    }

    private ChannelOutput output(Path file, long maxFileBytes, String description) throws IOException {
        ChannelOutput output = new ChannelOutput(file, maxFileBytes, description);
        outputs.add(output);
        return output;
    }

    @Override
    public void write(Feature feature) throws IOException {
        requireOpen();
        if (failed) throw new IOException("An earlier write to " + target + " failed; the shapefile is incomplete");
        FeatureChecks.requireConforms(layer, feature);
        List<Object> values = featureIds ? List.of(written) : feature.values();
        dbf.encode(values);
        shp.ensureRoom(feature.lon(), feature.lat());
        dbf.ensureRoom();
        try {
            shp.append(feature.lon(), feature.lat());
            dbf.append();
            written++;
        } catch (IOException | RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    protected void finish() throws IOException {
        if (failed) throw new IOException("An earlier write to " + target + " failed; the shapefile is incomplete");
        failed = true; // a commit that fails from here on cannot be retried; once committed, requireOpen refuses first
        shp.finish();
        dbf.finish();
        closeOutputs();
    }

    @Override
    protected void release() throws IOException {
        closeOutputs();
    }

    private void closeOutputs() throws IOException {
        IOException error = null;
        for (ChannelOutput output : outputs) {
            try {
                output.close();
            } catch (IOException e) {
                if (error == null) error = e;
                else error.addSuppressed(e);
            }
        }
        outputs.clear();
        if (error != null) throw error;
    }
}
