package org.furat.io.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.furat.io.AtomicFiles;
import org.furat.io.Feature;
import org.furat.io.FeatureChecks;
import org.furat.io.Field;
import org.furat.io.Layer;
import org.furat.io.StreamingFeatureWriter;
import org.furat.io.ValueText;
import org.furat.text.CsvCells;

/**
 * Streams CSV records into a temporary file; the small {@code .csvt} and {@code .prj} companions are written at
 * open, and all three are switched into place together at commit. Text values are always quoted, so an empty text
 * ({@code ""}) differs from no value (an empty field), and one that a spreadsheet would run as a formula gets a
 * single quote in front ({@link CsvCells}); numbers and dates are never quoted or prefixed. Not thread-safe.
 */
final class CsvWriter extends StreamingFeatureWriter {

    static final String LON = "lon";
    static final String LAT = "lat";
    private static final String NEWLINE = "\r\n";

    /** WGS 84 as EPSG defines it, so GDAL identifies the CRS as EPSG:4326. */
    static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
            + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],"
            + "AUTHORITY[\"EPSG\",\"4326\"]]";

    private final Layer layer;
    private final Writer out;

    private CsvWriter(Layer layer, AtomicFiles files, Writer out) {
        super("CSV", layer.name(), files);
        this.layer = layer;
        this.out = out;
    }

    static CsvWriter open(Path target, Layer layer, Path csvt, Path prj) throws IOException {
        FeatureChecks.requireValidLayer(layer, List.of(LON, LAT));
        AtomicFiles files = new AtomicFiles();
        try {
            Path temporary = files.temporaryFor(target);
            Files.writeString(files.temporaryFor(csvt), types(layer), StandardCharsets.US_ASCII);
            Files.writeString(files.temporaryFor(prj), WGS84_WKT, StandardCharsets.US_ASCII);
            Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8), 1 << 16);
            CsvWriter writer = new CsvWriter(layer, files, out);
            writer.writeHeader();
            return writer;
        } catch (IOException | RuntimeException e) {
            files.abandon(e);
            throw e;
        }
    }

    /** GDAL's .csvt: one quoted type per column (Integer64 because INTEGER values are Java longs). */
    static String types(Layer layer) {
        List<String> types = new ArrayList<>(List.of("Real", "Real"));
        for (Field field : layer.fields()) {
            types.add(switch (field.type()) {
                case TEXT -> "String";
                case INTEGER -> "Integer64";
                case REAL -> "Real";
                case DATE -> "Date";
            });
        }
        return "\"" + String.join("\",\"", types) + "\"" + NEWLINE;
    }

    private void writeHeader() throws IOException {
        out.write('\uFEFF');
        out.write(LON);
        out.write(',');
        out.write(LAT);
        for (Field field : layer.fields()) {
            out.write(',');
            out.write(CsvCells.cell(field.name()));
        }
        out.write(NEWLINE);
    }

    @Override
    public void write(Feature feature) throws IOException {
        requireOpen();
        FeatureChecks.requireConforms(layer, feature);
        out.write(ValueText.number(feature.lon()));
        out.write(',');
        out.write(ValueText.number(feature.lat()));
        for (Object value : feature.values()) {
            out.write(',');
            if (value instanceof String s) out.write(CsvCells.quotedText(s));
            else if (value != null) out.write(ValueText.of(value));
        }
        out.write(NEWLINE);
    }

    @Override
    protected void finish() throws IOException {
        out.close();
    }

    @Override
    protected void release() throws IOException {
        out.close();
    }
}
