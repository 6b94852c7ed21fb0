package org.furat.io.gazetteer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.furat.model.PlaceKind;
import org.furat.text.CsvRecords;

/**
 * Reads an analyst's own point layer, a CSV file or a GeoJSON FeatureCollection of points, with the columns
 * (properties) named by {@link Columns}. The whole file is checked before anything is returned: every problem
 * (a missing column, a coordinate that is not a number or out of range, a row without a name, an unknown kind, a
 * repeated id) is listed with its line or feature number, and then no record is returned at all. Stateless.
 */
public final class PointLayerReader {

    /** At most this many problems are listed; the rest are counted. */
    private static final int MAX_LISTED = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Which columns hold what. Null columns take the default names; {@code lat} and {@code lon} are required in
     * a CSV file (a GeoJSON point gives its own unless they are named), and at least one name column must exist.
     */
    public record Columns(String nameAr, String nameEn, String lat, String lon, String id, String kind) {
        public static Columns defaults() { return new Columns(null, null, null, null, null, null); }

        String nameArOr() { return nameAr != null ? nameAr : "name_ar"; }
        String nameEnOr() { return nameEn != null ? nameEn : "name_en"; }
        String latOr() { return lat != null ? lat : "lat"; }
        String lonOr() { return lon != null ? lon : "lon"; }
        String idOr() { return id != null ? id : "id"; }
        String kindOr() { return kind != null ? kind : "kind"; }
    }

    private PointLayerReader() {}

    public static List<GazetteerRecord> readCsv(Path file, Columns columns) {
        CsvRecords.Table table;
        try {
            table = CsvRecords.parse(text(file), file.toString());
        } catch (IllegalArgumentException e) {
            throw new GazetteerFileException(e.getMessage() + ". Nothing was imported.", e);
        }
        List<String> header = table.header();
        Problems problems = new Problems(file);
        checkColumns(header, columns, true, problems);
        problems.throwIfAny();
        List<Row> rows = new ArrayList<>();
        for (CsvRecords.Record r : table.records()) rows.add(new Row("line " + r.line(), r.fields(), null));
        return records(file, rows, columns, problems);
    }

    public static List<GazetteerRecord> readGeoJson(Path file, Columns columns) {
        JsonNode root;
        try {
            root = JSON.readTree(text(file));
        } catch (JsonProcessingException e) {
            throw new GazetteerFileException(file + " is not valid JSON (line " + e.getLocation().getLineNr() + "): "
                    + e.getOriginalMessage() + ". Nothing was imported.", e);
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new GazetteerFileException(file + " is not a GeoJSON FeatureCollection. Nothing was imported.");
        }
        Problems problems = new Problems(file);
        List<Row> rows = new ArrayList<>();
        java.util.Set<String> header = new java.util.LinkedHashSet<>();
        int n = 0;
        for (JsonNode feature : root.path("features")) {
            n++;
            Map<String, String> fields = new LinkedHashMap<>();
            feature.path("properties").fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
            header.addAll(fields.keySet());
            JsonNode g = feature.path("geometry");
            double[] point = null;
            if ("Point".equals(g.path("type").asText()) && g.path("coordinates").size() >= 2
                    && g.path("coordinates").get(0).isNumber() && g.path("coordinates").get(1).isNumber()) {
                point = new double[] {g.path("coordinates").get(0).asDouble(), g.path("coordinates").get(1).asDouble()};
            } else if (columns.lat() == null) {
                problems.add("feature " + n + ": its geometry is not a point (" + (g.isMissingNode() || g.isNull() ? "none" : g.path("type").asText()) + ")");
            }
            rows.add(new Row("feature " + n, fields, point));
        }
        if (columns.lat() != null) checkColumns(List.copyOf(header), columns, true, problems);
        else checkColumns(List.copyOf(header), columns, false, problems);
        problems.throwIfAny();
        return records(file, rows, columns, problems);
    }

    private record Row(String where, Map<String, String> fields, double[] point) {}

    private static void checkColumns(List<String> header, Columns c, boolean needsCoordinates, Problems problems) {
        if (needsCoordinates) {
            for (String column : List.of(c.latOr(), c.lonOr())) {
                if (!header.contains(column)) problems.add("there is no column '" + column + "' (" + describe(header) + ")");
            }
        }
        for (String given : new String[] {c.nameAr(), c.nameEn(), c.id(), c.kind()}) {
            if (given != null && !header.contains(given)) problems.add("there is no column '" + given + "' (" + describe(header) + ")");
        }
        if (!header.contains(c.nameArOr()) && !header.contains(c.nameEnOr())) {
            problems.add("there is no name column: name one with --name-ar or --name-en (" + describe(header) + ")");
        }
    }

    private static String describe(List<String> header) {
        return header.isEmpty() ? "the file has no columns" : "the columns are " + String.join(", ", header);
    }

    private static List<GazetteerRecord> records(Path file, List<Row> rows, Columns c, Problems problems) {
        List<GazetteerRecord> records = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (Row row : rows) {
            Map<String, String> f = row.fields();
            String nameAr = blankToNull(f.get(c.nameArOr()));
            String nameEn = blankToNull(f.get(c.nameEnOr()));
            if (nameAr == null && nameEn == null) problems.add(row.where() + ": no name (both name columns are empty)");
            for (String name : new String[] {nameAr, nameEn}) {
                if (name != null && name.indexOf('|') >= 0) problems.add(row.where() + ": the name '" + name + "' contains '|'");
            }
            double lon, lat;
            if (row.point() != null && c.lat() == null) {
                lon = row.point()[0];
                lat = row.point()[1];
                if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) problems.add(row.where() + ": the point " + lon + ", " + lat + " is not a longitude and latitude");
            } else {
                lat = coordinate(row.where(), c.latOr(), f.get(c.latOr()), 90, problems);
                lon = coordinate(row.where(), c.lonOr(), f.get(c.lonOr()), 180, problems);
            }
            PlaceKind kind = PlaceKind.VILLAGE;
            String kindText = blankToNull(f.get(c.kindOr()));
            if (kindText != null) {
                try {
                    kind = PlaceKind.parse(kindText);
                } catch (IllegalArgumentException e) {
                    problems.add(row.where() + ": unknown kind '" + kindText + "' (use one of "
                            + String.join(", ", java.util.Arrays.stream(PlaceKind.values()).map(PlaceKind::code).toList()) + ")");
                }
            }
            String id = blankToNull(f.get(c.idOr()));
            if (c.id() != null && id == null) problems.add(row.where() + ": the id column '" + c.id() + "' is empty");
            if (id != null) {
                String earlier = ids.putIfAbsent(id, row.where());
                if (earlier != null) problems.add(row.where() + ": the id '" + id + "' is already used on " + earlier);
            }
            if (problems.isEmpty()) {
                String ref = id != null ? id : row.where().replace(' ', '-');
                records.add(new GazetteerRecord(file.toString(), ref, null, nameEn != null ? nameEn : nameAr, nameAr,
                        List.of(), List.of(), kind, lon, lat, null));
            }
        }
        problems.throwIfAny();
        return records;
    }

    private static double coordinate(String where, String column, String text, double limit, Problems problems) {
        if (text == null || text.isBlank()) {
            problems.add(where + ": '" + column + "' is empty");
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            if (Math.abs(value) <= limit) return value;
            problems.add(where + ": '" + column + "' is " + text.strip() + ", outside -" + (int) limit + "…" + (int) limit);
        } catch (NumberFormatException e) {
            problems.add(where + ": '" + column + "' is not a number: '" + text.strip() + "'");
        }
        return Double.NaN;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new GazetteerFileException(file + " is not UTF-8 text; save it as UTF-8 and import it again. Nothing was imported.", e);
        } catch (IOException e) {
            throw new GazetteerFileException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The problems found in a file, thrown together. */
    private static final class Problems {
        private final Path file;
        private final List<String> list = new ArrayList<>();

        Problems(Path file) { this.file = file; }

        void add(String problem) { list.add(problem); }

        boolean isEmpty() { return list.isEmpty(); }

        void throwIfAny() {
            if (list.isEmpty()) return;
            StringBuilder message = new StringBuilder(file + " cannot be imported; nothing was imported. ");
            message.append(list.size() == 1 ? "Problem: " : list.size() + " problems: ");
            message.append(String.join("; ", list.subList(0, Math.min(MAX_LISTED, list.size()))));
            if (list.size() > MAX_LISTED) message.append("; and ").append(list.size() - MAX_LISTED).append(" more");
            message.append('.');
            throw new GazetteerFileException(message.toString());
        }
    }

}
