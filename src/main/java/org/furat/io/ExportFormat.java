package org.furat.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A file format Furat exports to; {@link #open} starts a streaming write of one layer. */
public interface ExportFormat {

    /** Short name used on the command line: shp, gpkg, geojson, kml, csv. */
    String name();

    /** The main file's extension, with the dot (".shp"). */
    String extension();

    /** Every file the format writes for a target path (a shapefile is five or six), for overwrite checks. */
    List<Path> outputs(Path target);

    FeatureWriter open(Path target, Layer layer) throws IOException;
}
