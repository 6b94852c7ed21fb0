package org.furat.io.kml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.furat.io.ExportFormat;
import org.furat.io.FeatureWriter;
import org.furat.io.Layer;

/**
 * KML 2.2 for Google Earth and GIS readers: a Placemark per feature, coloured by the layer's style field (ACLED
 * event type), with every field in its ExtendedData and a right-to-left-aware HTML table in its balloon.
 * Stateless and thread-safe.
 */
public final class KmlFormat implements ExportFormat {

    @Override
    public String name() {
        return "kml";
    }

    @Override
    public String extension() {
        return ".kml";
    }

    @Override
    public List<Path> outputs(Path target) {
        return List.of(target);
    }

    @Override
    public FeatureWriter open(Path target, Layer layer) throws IOException {
        return KmlWriter.open(target, layer);
    }
}
