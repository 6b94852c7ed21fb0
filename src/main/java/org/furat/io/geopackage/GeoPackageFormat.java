package org.furat.io.geopackage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.furat.io.ExportFormat;
import org.furat.io.FeatureWriter;
import org.furat.io.Layer;

/**
 * A fresh GeoPackage 1.2 file holding one point features table named after the layer, in WGS 84, with an R-tree
 * spatial index. Stateless and thread-safe; each {@link #open} returns its own writer.
 */
public final class GeoPackageFormat implements ExportFormat {

    @Override
    public String name() {
        return "gpkg";
    }

    @Override
    public String extension() {
        return ".gpkg";
    }

    @Override
    public List<Path> outputs(Path target) {
        return List.of(target);
    }

    @Override
    public FeatureWriter open(Path target, Layer layer) throws IOException {
        return GeoPackageWriter.open(target, layer);
    }
}
