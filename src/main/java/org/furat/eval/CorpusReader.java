package org.furat.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a corpus's annotations: one JSON object per line, each a report and its coded incidents (the format of
 * the corpus README). A line that is not such an object is refused with its number and what is wrong.
 */
public final class CorpusReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusReader() {}

    public static List<CodedReport> read(Path annotations) throws IOException {
        return parse(Files.readString(annotations, StandardCharsets.UTF_8), annotations.getFileName().toString());
    }

    /** The reports of an annotations text; {@code name} is what messages call it. Blank lines are skipped. */
    public static List<CodedReport> parse(String text, String name) {
        List<CodedReport> reports = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            try {
                reports.add(report(JSON.readTree(lines.get(i))));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(name + ", line " + (i + 1) + ": not JSON (" + e.getOriginalMessage() + ")");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ", line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return reports;
    }

    private static CodedReport report(JsonNode line) {
        if (!line.isObject()) throw new IllegalArgumentException("not a JSON object");
        String file = text(line, "file");
        if (file == null) throw new IllegalArgumentException("no \"file\"");
        List<CodedIncident> incidents = new ArrayList<>();
        JsonNode list = line.path("incidents");
        if (!list.isMissingNode() && !list.isArray()) throw new IllegalArgumentException("\"incidents\" is not a list");
        for (JsonNode i : list) incidents.add(incident(i, file));
        return new CodedReport(file, text(line, "lang"), date(line, "published"), text(line, "body_sha1"), incidents);
    }

    private static CodedIncident incident(JsonNode i, String file) {
        String type = text(i, "sub_event_type");
        if (type == null) throw new IllegalArgumentException(file + ": an incident has no sub_event_type");
        List<CodedPlace> places = new ArrayList<>();
        for (JsonNode p : i.path("places")) {
            places.add(new CodedPlace(text(p, "name"), text(p, "role"), number(p, "lat"), number(p, "lon"), text(p, "kind")));
        }
        JsonNode span = i.path("evidence_span");
        int start = span.isArray() && span.size() == 2 ? span.get(0).asInt() : -1;
        int end = span.isArray() && span.size() == 2 ? span.get(1).asInt() : -1;
        return new CodedIncident(type, places, date(i, "date_start"), date(i, "date_end"), count(i, "killed"), count(i, "injured"),
                text(i, "actor1"), text(i, "actor2"), start, end);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isNumber()) throw new IllegalArgumentException("\"" + field + "\" is not a number: " + v);
        return v.asDouble();
    }

    private static Integer count(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.canConvertToInt() || v.asInt() < 0) throw new IllegalArgumentException("\"" + field + "\" is not a count: " + v);
        return v.asInt();
    }

    private static LocalDate date(JsonNode node, String field) {
        String s = text(node, field);
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + field + "\" is not a date YYYY-MM-DD: " + s);
        }
    }
}
