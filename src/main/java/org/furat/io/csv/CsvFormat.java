package org.furat.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.furat.io.ExportFormat;
import org.furat.io.FeatureWriter;
import org.furat.io.Layer;

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark (so spreadsheets read the Arabic right): columns lon, lat, then the
 * layer's fields. Beside it GDAL's companions: a {@code .csvt} with the column types and a {@code .prj} with the
 * CRS (WGS 84), so {@code ogrinfo -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat} reads typed points.
 * Stateless and thread-safe.
 */
public final class CsvFormat implements ExportFormat {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String extension() {
        return ".csv";
    }

    /** The CSV, its {@code .csvt} and its {@code .prj}, named as GDAL looks for them (the extension replaced). */
    @Override
    public List<Path> outputs(Path target) {
        return List.of(target, companion(target, "csvt"), companion(target, "prj"));
    }

    @Override
    public FeatureWriter open(Path target, Layer layer) throws IOException {
        return CsvWriter.open(target, layer, companion(target, "csvt"), companion(target, "prj"));
    }

    /** The target with its extension replaced (or added if it has none), as GDAL's CPLResetExtension does. */
    static Path companion(Path target, String extension) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        Path companion = target.resolveSibling(base + "." + extension);
        if (companion.getFileName().toString().equals(name)) {
            throw new IllegalArgumentException("A CSV export cannot be named " + name + ": its ." + extension + " companion would overwrite it");
        }
        return companion;
    }
}
