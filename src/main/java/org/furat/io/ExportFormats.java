package org.furat.io;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.furat.io.csv.CsvFormat;
import org.furat.io.geojson.GeoJsonFormat;
import org.furat.io.geopackage.GeoPackageFormat;
import org.furat.io.kml.KmlFormat;
import org.furat.io.shapefile.ShapefileFormat;

/** Every format Furat exports to, looked up by its short name. Immutable and thread-safe. */
public final class ExportFormats {

    private static final List<ExportFormat> ALL = List.of(
            new ShapefileFormat(),
            new GeoPackageFormat(),
            new GeoJsonFormat(),
            new KmlFormat(),
            new CsvFormat());

    private ExportFormats() {}

    /** The formats in the order a user is offered them. */
    public static List<ExportFormat> all() {
        return ALL;
    }

    /** The format with this short name (case-insensitive, "gpkg"), or an exception that lists the known names. */
    public static ExportFormat byName(String name) {
        if (name != null) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            for (ExportFormat format : ALL) if (format.name().equals(wanted)) return format;
        }
        throw new IllegalArgumentException("Unknown export format '" + name + "'; known formats: "
                + ALL.stream().map(ExportFormat::name).collect(Collectors.joining(", ")));
    }
}
