package org.furat.io.geojson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.furat.io.ExportFormat;
import org.furat.io.FeatureWriter;
import org.furat.io.Layer;

/**
 * An RFC 7946 GeoJSON FeatureCollection of points in UTF-8, one feature per line, with typed properties (dates as
 * "YYYY-MM-DD" strings) and the layer's name as the collection's "name". Stateless and thread-safe.
 */
public final class GeoJsonFormat implements ExportFormat {

    @Override
    public String name() {
        return "geojson";
    }

    @Override
    public String extension() {
        return ".geojson";
    }

    @Override
    public List<Path> outputs(Path target) {
        return List.of(target);
    }

    @Override
    public FeatureWriter open(Path target, Layer layer) throws IOException {
        return GeoJsonWriter.open(target, layer);
    }
}
