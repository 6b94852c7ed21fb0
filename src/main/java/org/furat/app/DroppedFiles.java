package org.furat.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.furat.io.gazetteer.GeoNamesReader;

/**
 * Tells files dropped on the window apart: news reports to import, or gazetteer files to add places from. Looks
 * at names and, for a .txt file, at its first line (a GeoNames dump has 19 tab-separated columns, its alternate
 * names 8 or 10; a report has prose), so it touches the disk: call it off the FX thread.
 */
public final class DroppedFiles {

    /** What a drop holds. {@code MIXED}: reports and gazetteer files together, which only the analyst can sort out. */
    public enum Kind { REPORTS, GAZETTEER, MIXED }

    private DroppedFiles() {}

    public static Kind classify(List<Path> files) {
        boolean reports = false, gazetteer = false;
        for (Path file : files) {
            if (isGazetteer(file)) gazetteer = true;
            else reports = true;
        }
        return gazetteer && reports ? Kind.MIXED : gazetteer ? Kind.GAZETTEER : Kind.REPORTS;
    }

    /**
     * A folder (a Who's On First tree: the report import refuses folders), a .geojson, .json or .csv layer, or a
     * GeoNames table or alternate-names file. Anything else goes to the report import, which says what it cannot read.
     */
    static boolean isGazetteer(Path file) {
        if (Files.isDirectory(file)) return true;
        Path fileName = file.getFileName();
        String name = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".geojson") || name.endsWith(".json") || name.endsWith(".csv")) return true;
        return name.endsWith(".txt") && (GeoNamesReader.isGeonameTable(file) || GeoNamesReader.isAlternateNames(file));
    }
}
