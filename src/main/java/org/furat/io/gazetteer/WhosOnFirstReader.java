package org.furat.io.gazetteer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.furat.model.PlaceKind;

/**
 * Reads Who's On First GeoJSON records: one {@code .geojson} file, or every one in a folder tree (the layout of
 * a WOF data repository). Localities become place records; every other placetype (regions, counties and other
 * administrative polygons) is returned as skipped, as are records that are superseded, deprecated or not current
 * ({@code mz:is_current} 0, or a cessation date). Arabic names come from {@code name:ara_x_preferred} and
 * {@code name:ara_x_variant} (Latin transliterations found there go with the English names). Stateless.
 */
public final class WhosOnFirstReader {

    /** The namespace of Who's On First's own properties, and the property that says what kind of place a record is. */
    public static final String WOF = "wof:";
    public static final String PLACETYPE = WOF + "placetype";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> UNKNOWN_DATES = Set.of("", "uuuu", "..");

    private WhosOnFirstReader() {}

    /** Whether a file looks like a WOF record: a GeoJSON Feature whose properties carry a wof:id. */
    public static boolean isRecord(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            return root != null && root.path("properties").has("wof:id");
        } catch (IOException e) {
            return false;
        }
    }

    /** The records of a file, or of every .geojson file under a folder, in path order. */
    public static List<GazetteerRecord> read(Path path) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".geojson")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new GazetteerFileException("Cannot read the folder " + path + ": " + e.getMessage(), e);
            }
        } else {
            files.add(path);
        }
        List<GazetteerRecord> records = new ArrayList<>();
        for (Path file : files) records.add(record(file));
        return records;
    }

    static GazetteerRecord record(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new GazetteerFileException(file + " is not valid JSON (line " + e.getLocation().getLineNr() + "): "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new GazetteerFileException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        JsonNode p = root == null ? null : root.get("properties");
        if (p == null || !p.has("wof:id")) {
            throw new GazetteerFileException(file + " is not a Who's On First record: it has no properties with a wof:id");
        }
        String name = file.toString();
        String id = p.get("wof:id").asText();
        String wofName = p.path("wof:name").asText(null);
        String placetype = p.path(PLACETYPE).asText("");
        if (!placetype.equals("locality")) {
            return GazetteerRecord.skipped(name, id, wofName, "not a locality (" + (placetype.isEmpty() ? "no placetype" : placetype)
                    + "): administrative areas are not imported as places");
        }
        if (nonEmptyArray(p.get("wof:superseded_by"))) {
            return GazetteerRecord.skipped(name, id, wofName, "superseded by another record (wof:superseded_by)");
        }
        if (!UNKNOWN_DATES.contains(p.path("edtf:deprecated").asText(""))) {
            return GazetteerRecord.skipped(name, id, wofName, "deprecated (edtf:deprecated)");
        }
        if (p.path("mz:is_current").asInt(-1) == 0) {
            return GazetteerRecord.skipped(name, id, wofName, "not current (mz:is_current = 0)");
        }
        if (!UNKNOWN_DATES.contains(p.path("edtf:cessation").asText(""))) {
            return GazetteerRecord.skipped(name, id, wofName, "ceased to exist (edtf:cessation)");
        }
        double[] point = point(root, p);
        if (point == null) throw new GazetteerFileException(file + ": the locality " + id + " has no point");

        Set<String> arabic = Names.set();
        Set<String> latin = Names.set();
        for (String field : List.of("name:ara_x_preferred", "name:ara_x_variant")) {
            for (String n : strings(p.get(field))) (Names.isArabic(n) ? arabic : latin).add(n.strip());
        }
        for (String field : List.of("name:eng_x_preferred", "wof:name", "gn:asciiname", "gn:name", "name:eng_x_variant", "name:und_x_variant")) {
            for (String n : strings(p.get(field))) {
                if (Names.isArabic(n)) arabic.add(n.strip());
                else if (Names.isLatin(n)) latin.add(n.strip());
            }
        }
        arabic.removeIf(n -> !Names.usable(n));
        latin.removeIf(n -> !Names.usable(n));
        if (arabic.isEmpty() && latin.isEmpty()) return GazetteerRecord.skipped(name, id, wofName, "no name in Arabic or English");
        String nameAr = arabic.isEmpty() ? null : arabic.iterator().next();
        String nameEn = latin.isEmpty() ? nameAr : latin.iterator().next();
        Long geonameId = p.path("wof:concordances").has("gn:id") ? Long.valueOf(p.path("wof:concordances").path("gn:id").asLong())
                : p.has("gn:geonameid") ? Long.valueOf(p.get("gn:geonameid").asLong()) : null;
        PlaceKind kind = FeatureCodes.populated(p.path("gn:feature_code").asText(""), p.path("gn:population").asLong(0));
        return new GazetteerRecord(name, id, geonameId, nameEn, nameAr, Names.others(latin, nameEn), Names.others(arabic, nameAr),
                kind, point[0], point[1], null);
    }

    /** The record's point: its geometry when that is a point, else its label or centroid. */
    private static double[] point(JsonNode root, JsonNode p) {
        JsonNode g = root.path("geometry");
        if ("Point".equals(g.path("type").asText()) && g.path("coordinates").size() >= 2) {
            return new double[] {g.path("coordinates").get(0).asDouble(), g.path("coordinates").get(1).asDouble()};
        }
        for (String prefix : List.of("lbl:", "geom:")) {
            if (p.has(prefix + "longitude") && p.has(prefix + "latitude")) {
                return new double[] {p.get(prefix + "longitude").asDouble(), p.get(prefix + "latitude").asDouble()};
            }
        }
        return null;
    }

    private static boolean nonEmptyArray(JsonNode node) {
        return node != null && node.isArray() && node.size() > 0;
    }

    private static List<String> strings(JsonNode node) {
        List<String> list = new ArrayList<>();
        if (node == null || node.isNull()) return list;
        if (node.isArray()) node.forEach(n -> { if (n.isTextual()) list.add(n.asText()); });
        else if (node.isTextual()) list.add(node.asText());
        return list;
    }
}
