package org.furat.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.furat.app.ChangeLine.Kind;
import org.furat.geo.GeoPackageGeometry;
import org.furat.model.ChangeEntry;
import org.furat.model.ChangeRecord;
import org.furat.model.GeoPrecision;
import org.furat.model.TimePrecision;

/**
 * Turns the change log's rows into lines an analyst reads, for the window and the command line alike: field names as
 * words ("killed (best)", not killed_best), links by the names of what they join rather than their keys, evidence by
 * the words it quotes, whole rows added or removed summarised in a few words, codes (date and location precision) and
 * times (local) as the rest of Furat shows them.
 */
public final class ChangeDescriptions {

    /** A quote longer than this is cut: the history says which words, the source view shows them in full. */
    static final int QUOTE_LENGTH = 140;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

    /** Fields whose words are not their column's name with the underscores taken out. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("date_start", "date from"), Map.entry("date_end", "date to"), Map.entry("time_prec", "date precision"),
            Map.entry("loc_prec", "location precision"), Map.entry("precision", "location precision"),
            Map.entry("sub_event_type", "sub-event type"), Map.entry("deleted_at", "deleted on"),
            Map.entry("deleted_reason", "reason for deletion"), Map.entry("span_start", "quote starts at"),
            Map.entry("span_end", "quote ends at"), Map.entry("lon", "longitude"), Map.entry("lat", "latitude"),
            Map.entry("geom", "point"), Map.entry("published_prec", "publication date precision"),
            Map.entry("source_ref", "id in its source"), Map.entry("text_sha256", "text fingerprint"));

    private final ChangeNames names;
    private final ZoneId zone;

    public ChangeDescriptions(ChangeNames names, ZoneId zone) {
        this.names = names;
        this.zone = zone;
    }

    /**
     * Each change of an action, in the order it was made; a casualty figure's best, lowest and highest, which the log
     * holds as a field each, read as one change where the first of them was.
     */
    public List<ChangeLine> describe(ChangeRecord action) {
        List<ChangeLine> lines = new ArrayList<>();
        Map<String, CasualtyChange> figures = new HashMap<>();
        for (ChangeEntry change : action.changes()) {
            String figure = CasualtyChange.figureOf(change);
            if (figure == null) {
                lines.add(describe(change));
                continue;
            }
            String subject = change.key() + "|" + figure;
            CasualtyChange known = figures.get(subject);
            if (known == null) {
                known = new CasualtyChange(figure, change, lines.size());
                figures.put(subject, known);
                lines.add(null); // its place in the order, filled in below once all its fields are read
            }
            known.add(change);
        }
        for (CasualtyChange figure : figures.values()) {
            ChangeEntry first = figure.first;
            String[] parts = first.key() == null ? new String[] {""} : first.key().split("\\|", -1);
            lines.set(figure.line, new ChangeLine(kind(first.table()), parts[0], subject(first.table(), parts), figure.figure,
                    figure.before(), figure.after(), true));
        }
        return lines;
    }

    /** When an action was made, in local time ("2026-12-02 15:04"); the log's own text when it is not a time. */
    public String when(String isoUtc) {
        if (isoUtc == null) return "unknown time";
        try {
            return LOCAL.format(Instant.parse(isoUtc).atZone(zone));
        } catch (DateTimeParseException e) {
            return isoUtc;
        }
    }

    /** A column's name as words: killed_best → "killed (best)", description_ar → "description (Arabic)". */
    public static String field(String column) {
        if (column == null) return "";
        String known = FIELDS.get(column);
        if (known != null) return known;
        for (String[] suffix : new String[][] {{"_best", " (best)"}, {"_low", " (lowest)"}, {"_high", " (highest)"}, {"_en", " (English)"},
                {"_ar", " (Arabic)"}}) {
            if (column.endsWith(suffix[0]) && column.length() > suffix[0].length()) {
                return column.substring(0, column.length() - suffix[0].length()).replace('_', ' ') + suffix[1];
            }
        }
        return column.replace('_', ' ');
    }

    public ChangeLine describe(ChangeEntry change) {
        String[] parts = change.key() == null ? new String[] {""} : change.key().split("\\|", -1);
        return switch (change.operation()) {
            case "update" -> update(change, parts);
            case "insert", "delete" -> row(change, parts, "insert".equals(change.operation()));
            case "bulk" -> new ChangeLine(Kind.OTHER, change.table(), "table " + change.table(), "loaded in bulk",
                    null, rowsAdded(change.after()), false);
            default -> new ChangeLine(Kind.OTHER, change.table(), "table " + change.table(), change.operation(), change.before(), change.after(),
                    false);
        };
    }

    private ChangeLine update(ChangeEntry change, String[] parts) {
        String what = field(change.field());
        String link = linkName(change.table(), parts);
        if (link != null) what = link + ": " + what;
        return new ChangeLine(kind(change.table()), parts[0], subject(change.table(), parts), what, value(change.field(), change.before()),
                value(change.field(), change.after()), true);
    }

    private ChangeLine row(ChangeEntry change, String[] parts, boolean added) {
        JsonNode row = json(added ? change.after() : change.before());
        String table = change.table();
        String what;
        String value;
        switch (table) {
            case "incidents" -> {
                what = added ? "created" : "removed from the database";
                value = join(text(row, "event_type"), dates(row), text(row, "status"));
            }
            case "incident_places" -> {
                what = added ? "place added" : "place removed";
                value = linkName(table, parts);
            }
            case "incident_actors" -> {
                what = added ? "actor added" : "actor removed";
                value = linkName(table, parts);
            }
            case "evidence" -> {
                what = added ? "evidence added" : "evidence removed";
                value = evidence(parts, row);
            }
            case "places" -> {
                what = added ? "place created" : "place removed";
                value = join(WorkspaceChangeNames.bothNames(text(row, "name_en"), text(row, "name_ar")), text(row, "kind"));
            }
            case "place_variant_sources" -> {
                what = added ? "spelling added" : "spelling removed";
                value = parts.length > 2 ? parts[2] : null;
            }
            case "place_sources" -> {
                what = added ? "record added from a gazetteer" : "gazetteer record removed";
                value = parts.length > 2 ? parts[1] + " " + parts[2] : null;
            }
            case "place_group_members" -> {
                what = added ? "member added" : "member removed";
                value = parts.length > 1 ? placeName(parts[1]) : null;
            }
            case "sources" -> {
                what = added ? "report added" : "report removed";
                value = firstOf(text(row, "title"), text(row, "outlet"));
            }
            case "source_readings" -> {
                what = added ? "reading stored" : "reading removed";
                value = text(row, "extractor");
            }
            case "actors" -> {
                what = added ? "actor created" : "actor removed";
                value = WorkspaceChangeNames.bothNames(text(row, "name_en"), text(row, "name_ar"));
            }
            case "furat_settings" -> {
                what = added ? "set" : "cleared";
                value = text(row, "value");
            }
            default -> {
                what = added ? "added" : "removed";
                value = firstOf(text(row, "name"), text(row, "name_en"), text(row, "key"));
            }
        }
        return new ChangeLine(kind(table), parts[0], subject(table, parts), what, added ? null : value, added ? value : null, false);
    }

    /** What a change belongs to, for a list that holds several things' changes: "incident KEY", "place Hatla (حطلة)". */
    private String subject(String table, String[] parts) {
        return switch (kind(table)) {
            case INCIDENT -> "incident " + parts[0];
            case PLACE -> "place " + placeName(parts[0]);
            case REPORT -> "report " + parts[0];
            case ACTOR -> "actor " + names.actor(parts[0]).orElse(parts[0]);
            case SETTING -> "setting " + parts[0];
            case OTHER -> switch (table) {
                case "place_groups", "place_group_members" -> "place group " + parts[0];
                case "gazetteer_sources" -> "gazetteer import " + parts[0];
                case "admin_units" -> "administrative unit " + parts[0];
                default -> "table " + table + (parts[0].isEmpty() ? "" : " " + parts[0]);
            };
        };
    }

    private static Kind kind(String table) {
        return switch (table) {
            case "incidents", "incident_places", "incident_actors", "evidence" -> Kind.INCIDENT;
            case "places", "place_sources", "place_variant_sources" -> Kind.PLACE;
            case "sources", "source_readings" -> Kind.REPORT;
            case "actors" -> Kind.ACTOR;
            case "furat_settings" -> Kind.SETTING;
            default -> Kind.OTHER;
        };
    }

    /** A link's other end by name, with its role: "Hatla (حطلة) as target", "US forces as actor 1"; null for other rows. */
    private String linkName(String table, String[] parts) {
        if (parts.length < 3) return null;
        return switch (table) {
            case "incident_places" -> placeName(parts[1]) + " as " + parts[2];
            case "incident_actors" -> names.actor(parts[1]).orElse(parts[1]) + " as " + role(parts[2]);
            case "evidence" -> "evidence in report " + parts[1];
            default -> null;
        };
    }

    private String placeName(String key) {
        return names.place(key).orElse(key);
    }

    /** actor1 → "actor 1", assoc_actor2 → "associated actor 2". */
    private static String role(String role) {
        return role.replace("assoc_", "associated ").replaceAll("(\\D)(\\d)$", "$1 $2");
    }

    /** The words an evidence row quotes, «cut» when long; else where they are. */
    private String evidence(String[] parts, JsonNode row) {
        String source = parts.length > 1 ? parts[1] : text(row, "source_id");
        int start = row.path("span_start").asInt(-1);
        int end = row.path("span_end").asInt(-1);
        return names.quote(source, start, end).map(q -> "«" + cut(q.strip().replaceAll("\\s+", " ")) + "»")
                .orElse("characters " + start + "–" + end + " of report " + source);
    }

    private static String cut(String s) {
        if (s.codePointCount(0, s.length()) <= QUOTE_LENGTH) return s;
        String head = s.substring(0, s.offsetByCodePoints(0, QUOTE_LENGTH - 1));
        int space = head.lastIndexOf(' ');
        return (space > QUOTE_LENGTH / 2 ? head.substring(0, space) : head) + "…";
    }

    /** A field's value as the rest of Furat shows it: precisions by name, times local. */
    private String value(String field, String value) {
        if (value == null || field == null) return value;
        try {
            return switch (field) {
                case "time_prec", "published_prec" -> TimePrecision.ofCode(Integer.parseInt(value)).label();
                case "loc_prec", "precision" -> geoPrecision(GeoPrecision.ofCode(Integer.parseInt(value)));
                case "deleted_at" -> when(value);
                case "geom" -> point(value);
                default -> value;
            };
        } catch (IllegalArgumentException e) {
            return value; // a code this version does not know: shown as stored
        }
    }

    /**
     * A point as latitude, longitude: the log holds a geometry as the hexadecimal of its GeoPackage blob (x'4750…'),
     * which says nothing to a reader; anything else (another geometry, a value another program wrote) as stored.
     */
    static String point(String logged) {
        String hex = logged.startsWith("x'") && logged.endsWith("'") ? logged.substring(2, logged.length() - 1) : logged;
        try {
            double[] xy = GeoPackageGeometry.pointXY(HexFormat.of().parseHex(hex));
            return String.format(Locale.ROOT, "%.5f, %.5f", xy[1], xy[0]);
        } catch (IllegalArgumentException e) {
            return logged;
        }
    }

    static String geoPrecision(GeoPrecision precision) {
        return switch (precision) {
            case EXACT -> "exact";
            case APPROXIMATE -> "approximate";
            case REGION -> "region only";
        };
    }

    private static String dates(JsonNode row) {
        String from = text(row, "date_start");
        String to = text(row, "date_end");
        if (from == null) return to;
        return to == null || to.equals(from) ? from : from + " – " + to;
    }

    private static String rowsAdded(String summary) {
        long n = json(summary).path("rows_added").asLong(0);
        return String.format(Locale.ENGLISH, "%,d row%s added", n, n == 1 ? "" : "s");
    }

    private static JsonNode json(String text) {
        if (text == null) return JSON.createObjectNode();
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            return JSON.createObjectNode(); // not a row (a value another program logged): summarised by its key alone
        }
    }

    private static String text(JsonNode row, String field) {
        JsonNode v = row.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isBlank()) continue;
            if (b.length() > 0) b.append(", ");
            b.append(p);
        }
        return b.length() == 0 ? null : b.toString();
    }

    private static String firstOf(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }
}
