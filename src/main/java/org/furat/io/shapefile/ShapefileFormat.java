package org.furat.io.shapefile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.furat.io.ExportFormat;
import org.furat.io.FeatureWriter;
import org.furat.io.Layer;

/**
 * ESRI shapefile export of point layers in WGS 84 with UTF-8 attributes: {@code name.shp}, {@code .shx},
 * {@code .dbf}, {@code .prj}, {@code .cpg} and the field map {@code name.fields.csv} that gives each shortened
 * DBF field name its full name (see {@link DbfFieldNames} for the rule and {@link DbfColumn} for the types).
 * Writers stream: memory stays flat however many features are written; each file is limited to 2 GB. Stateless
 * and thread-safe; each writer is for one thread.
 */
public final class ShapefileFormat implements ExportFormat {

    /** The ESRI WKT of WGS 84 longitude/latitude, as ArcGIS and GDAL write it in a .prj. */
    public static final String WGS84_PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
            + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    /** The files written, in this order, after the base name. */
    static final List<String> SUFFIXES = List.of(".shp", ".shx", ".dbf", ".prj", ".cpg", ".fields.csv");

    @Override
    public String name() {
        return "shp";
    }

    @Override
    public String extension() {
        return ".shp";
    }

    /**
     * The six files for a target: the target's name without its {@code .shp} ending (if any) followed by
     * .shp, .shx, .dbf, .prj, .cpg and .fields.csv, in the target's folder.
     */
    @Override
    public List<Path> outputs(Path target) {
        return paths(target);
    }

    /**
     * Starts writing a layer; nothing appears under the final names before {@link FeatureWriter#commit}. Throws
     * an IOException if the target's folder does not exist or is not writable, or the layer's fields do not fit
     * in a DBF record (65,535 bytes).
     */
    @Override
    public FeatureWriter open(Path target, Layer layer) throws IOException {
        return ShapefileWriter.open(target, layer);
    }

    static List<Path> paths(Path target) {
        String base = baseName(target);
        Path folder = target.toAbsolutePath().getParent();
        return SUFFIXES.stream().map(suffix -> folder.resolve(base + suffix)).toList();
    }

    static String baseName(Path target) {
        Path fileName = target.getFileName();
        if (fileName == null) throw new IllegalArgumentException("Not a file path: " + target);
        String name = fileName.toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".shp") ? name.substring(0, name.length() - 4) : name;
    }
}
