package org.furat.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the analyst-edited lexicons of {@code data/lexicons/}, which the build puts on the class path at
 * {@code /org/furat/data/lexicons/NAME.csv}: UTF-8, RFC 4180 quoting, one header row, blank lines ignored.
 * Errors name the file and line, so a bad edit is easy to find.
 */
final class LexiconCsv {

    static final String ROOT = "/org/furat/data/lexicons/";

    /** One record of a lexicon: its fields by column name, and the line it starts on. */
    record Row(String file, int line, Map<String, String> fields) {

        /** The stripped value of {@code column}; empty when the field is empty. */
        String get(String column) {
            String v = fields.get(column);
            if (v == null) throw new IllegalArgumentException(file + " has no column '" + column + "'");
            return v.strip();
        }

        /** The value of {@code column} as an integer, or null when the field is empty. */
        Integer integer(String column) {
            String v = get(column);
            if (v.isEmpty()) return null;
            try {
                return Integer.valueOf(v);
            } catch (NumberFormatException e) {
                throw error("'" + v + "' in column " + column + " is not a whole number");
            }
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(file + ", line " + line + ": " + message);
        }
    }

    private LexiconCsv() {}

    /** The records of lexicon {@code name} (without ".csv"), checking that the header has {@code columns}. */
    static List<Row> read(String name, String... columns) {
        String file = name + ".csv";
        try (InputStream in = LexiconCsv.class.getResourceAsStream(ROOT + file)) {
            if (in == null) throw new IllegalStateException("Lexicon " + ROOT + file + " is not on the class path");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), file, columns);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read lexicon " + file, e);
        }
    }

    /** The records of lexicon {@code name} (without ".csv") as maps of stripped values, by column name. */
    static List<Map<String, String>> maps(String name) {
        List<Map<String, String>> maps = new ArrayList<>();
        for (Row row : read(name)) {
            Map<String, String> map = new LinkedHashMap<>();
            row.fields().forEach((k, v) -> map.put(k, v.strip()));
            maps.add(map);
        }
        return maps;
    }

    static List<Row> parse(String text, String file, String... columns) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') line++;
                    field.append(ch);
                }
            } else if (ch == '"' && field.length() == 0) {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') i++;
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                lines.add(rowLine);
                row = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                field.append(ch);
            }
        }
        if (quoted) throw new IllegalArgumentException(file + ", line " + rowLine + ": unterminated quoted field");
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
            lines.add(rowLine);
        }
        if (rows.isEmpty()) throw new IllegalArgumentException(file + " is empty: a header row is required");
        List<String> header = rows.get(0).stream().map(String::strip).toList();
        for (String c : columns) {
            if (!header.contains(c)) throw new IllegalArgumentException(file + ": the header lacks column '" + c + "'");
        }
        List<Row> records = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> fields = rows.get(r);
            if (fields.size() == 1 && fields.get(0).isBlank()) continue;
            if (fields.size() != header.size()) {
                throw new IllegalArgumentException(file + ", line " + lines.get(r) + ": " + fields.size()
                        + " fields where the header has " + header.size());
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (int f = 0; f < header.size(); f++) map.put(header.get(f), fields.get(f));
            records.add(new Row(file, lines.get(r), map));
        }
        return records;
    }
}
