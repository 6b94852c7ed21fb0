package org.furat.io.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.furat.model.PlaceKind;

/**
 * Reads a GeoNames dump: the tab-separated {@code geoname} table (a country file such as {@code SY.txt}, 19
 * columns) and, optionally, {@code alternateNamesV2.txt} for the Arabic and English names. Only the rows a
 * filter keeps (the study area) are turned into records, and only their alternate names are kept, so that a
 * whole-country or whole-world file does not fill memory. Rows that are not populated places, airfields, bases,
 * oil or gas fields or islands are returned as skipped. Stateless.
 */
public final class GeoNamesReader {

    /** Columns of the geoname table. */
    public static final int GEONAME_COLUMNS = 19;
    private static final Set<String> ALTERNATE_COLUMNS = Set.of("8", "10");

    private GeoNamesReader() {}

    /** A row's coordinate, for the filter that decides which rows are read further. */
    public interface Area extends Predicate<double[]> {}

    /** Whether the file's first line has the column count of the geoname table (rather than alternate names). */
    public static boolean isGeonameTable(Path file) {
        return columnsOfFirstLine(file) == GEONAME_COLUMNS;
    }

    /** Whether the file's first line has the column count of alternateNames (8) or alternateNamesV2 (10). */
    public static boolean isAlternateNames(Path file) {
        return ALTERNATE_COLUMNS.contains(Integer.toString(columnsOfFirstLine(file)));
    }

    private static int columnsOfFirstLine(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            return line == null ? 0 : line.split("\t", -1).length;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private record Row(String id, String name, String ascii, List<String> alternates, String featureClass, String code,
                       long population, double lon, double lat) {}

    private record Alternate(String name, boolean preferred) {}

    /**
     * The records of the rows inside {@code area}; rows outside it are counted in {@code outside} (by id) and
     * otherwise not returned.
     */
    public static List<GazetteerRecord> read(Path geonames, Path alternateNames, Area area, List<String> outside) {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(geonames, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) continue;
                Row row = row(geonames, lineNumber, line);
                if (area.test(new double[] {row.lon(), row.lat()})) rows.put(row.id(), row);
                else outside.add(row.id());
            }
        } catch (IOException e) {
            throw new GazetteerFileException("Cannot read " + geonames + " as UTF-8 text: " + e.getMessage(), e);
        }
        Map<String, List<Alternate>> arabic = new HashMap<>();
        Map<String, List<Alternate>> english = new HashMap<>();
        if (alternateNames != null) readAlternates(alternateNames, rows.keySet(), arabic, english);
        List<GazetteerRecord> records = new ArrayList<>();
        for (Row row : rows.values()) records.add(record(geonames.toString(), row, arabic.get(row.id()), english.get(row.id())));
        return records;
    }

    private static Row row(Path file, int lineNumber, String line) {
        String[] f = line.split("\t", -1);
        if (f.length != GEONAME_COLUMNS) {
            throw new GazetteerFileException(file + ", line " + lineNumber + ": " + f.length + " tab-separated columns where the "
                    + "GeoNames geoname table has " + GEONAME_COLUMNS + ". Is this a GeoNames country dump (such as SY.txt)?");
        }
        if (!f[0].matches("\\d+")) throw new GazetteerFileException(file + ", line " + lineNumber + ": the geonameid '" + f[0] + "' is not a number");
        double lat = number(file, lineNumber, "latitude", f[4], 90);
        double lon = number(file, lineNumber, "longitude", f[5], 180);
        long population = f[14].isBlank() ? 0 : parseLong(f[14]);
        List<String> alternates = f[3].isBlank() ? List.of() : List.of(f[3].split(","));
        return new Row(f[0], f[1].strip(), f[2].strip(), alternates, f[6].strip(), f[7].strip(), population, lon, lat);
    }

    private static double number(Path file, int lineNumber, String what, String text, double limit) {
        try {
            double value = Double.parseDouble(text.strip());
            if (Math.abs(value) <= limit) return value;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new GazetteerFileException(file + ", line " + lineNumber + ": the " + what + " '" + text + "' is not a number between -"
                + (int) limit + " and " + (int) limit);
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Keeps the Arabic and English names of the wanted ids, preferred ones first; historic names are left out. */
    private static void readAlternates(Path file, Set<String> wanted, Map<String, List<Alternate>> arabic,
                                       Map<String, List<Alternate>> english) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 4) {
                    throw new GazetteerFileException(file + ", line " + lineNumber + ": " + f.length + " tab-separated columns where "
                            + "GeoNames alternate names have 8 (alternateNames) or 10 (alternateNamesV2)");
                }
                if (!wanted.contains(f[1])) continue;
                boolean historic = f.length > 7 && "1".equals(f[7]);
                if (historic || !Names.usable(f[3])) continue;
                Alternate alternate = new Alternate(f[3].strip(), f.length > 4 && "1".equals(f[4]));
                if ("ar".equals(f[2]) && Names.isArabic(alternate.name())) arabic.computeIfAbsent(f[1], k -> new ArrayList<>()).add(alternate);
                else if ("en".equals(f[2]) && Names.isLatin(alternate.name())) english.computeIfAbsent(f[1], k -> new ArrayList<>()).add(alternate);
            }
        } catch (IOException e) {
            throw new GazetteerFileException("Cannot read " + file + " as UTF-8 text: " + e.getMessage(), e);
        }
    }

    private static GazetteerRecord record(String file, Row row, List<Alternate> arabicAlternates, List<Alternate> englishAlternates) {
        String label = row.ascii().isBlank() ? row.name() : row.ascii();
        PlaceKind kind = FeatureCodes.kind(row.featureClass(), row.code(), row.population());
        if (kind == null) {
            return GazetteerRecord.skipped(file, row.id(), label, "not a populated place (GeoNames feature " + row.featureClass()
                    + "." + row.code() + ")");
        }
        Set<String> arabic = Names.set();
        Set<String> latin = Names.set();
        if (arabicAlternates != null) {
            arabicAlternates.stream().filter(Alternate::preferred).forEach(a -> arabic.add(a.name()));
            arabicAlternates.forEach(a -> arabic.add(a.name()));
        } else {
            // Without the alternate names file the language is unknown: any Arabic-script name is taken.
            for (String a : row.alternates()) if (Names.isArabic(a) && Names.usable(a)) arabic.add(a.strip());
        }
        if (englishAlternates != null) englishAlternates.stream().filter(Alternate::preferred).forEach(a -> latin.add(a.name()));
        if (Names.usable(row.ascii())) latin.add(row.ascii());
        if (Names.usable(row.name()) && Names.isLatin(row.name())) latin.add(row.name());
        if (englishAlternates != null) englishAlternates.forEach(a -> latin.add(a.name()));
        // GeoNames' lower-case letter-by-letter transliterations are left out, as in data/gazetteer.
        for (String a : row.alternates()) {
            String s = a.strip();
            if (Names.usable(s) && Names.isLatin(s) && Character.isUpperCase(s.codePointAt(0))) latin.add(s);
        }
        if (arabic.isEmpty() && latin.isEmpty()) return GazetteerRecord.skipped(file, row.id(), label, "no name in Arabic or English");
        String nameAr = arabic.isEmpty() ? null : arabic.iterator().next();
        String nameEn = latin.isEmpty() ? nameAr : latin.iterator().next();
        return new GazetteerRecord(file, row.id(), Long.valueOf(row.id()), nameEn, nameAr, Names.others(latin, nameEn),
                Names.others(arabic, nameAr), kind, row.lon(), row.lat(), null);
    }
}
