package org.furat.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the place lexicons of data/lexicons/ (packaged at /org/furat/data/lexicons/NAME): CSV with a header row,
 * fields optionally in double quotes (a doubled quote inside stands for one), blank lines and lines starting
 * with # skipped. Each row comes back as a map from header name to stripped value.
 */
final class PlaceMatcherLexicons {

    static final String ROOT = "/org/furat/data/lexicons/";

    private PlaceMatcherLexicons() {}

    static List<Map<String, String>> rows(String name) {
        try (InputStream in = PlaceMatcherLexicons.class.getResourceAsStream(ROOT + name)) {
            if (in == null) throw new IllegalStateException("The lexicon data/lexicons/" + name + " is missing from the build");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the lexicon data/lexicons/" + name, e);
        }
    }

    static List<Map<String, String>> parse(String text, String name) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = records(body, name);
        List<Map<String, String>> rows = new ArrayList<>();
        if (records.isEmpty()) return rows;
        List<String> header = records.get(0);
        for (int r = 1; r < records.size(); r++) {
            List<String> fields = records.get(r);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c).strip(), c < fields.size() ? fields.get(c).strip() : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> records(String s, String name) {
        List<List<String>> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean lineStart = true;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (lineStart && !quoted && c == '#') { // a comment line
                while (i < s.length() && s.charAt(i) != '\n') i++;
                i++;
                continue;
            }
            lineStart = false;
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') { field.append('"'); i++; }
                    else quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                fields.add(field.toString());
                field.setLength(0);
                if (!(fields.size() == 1 && fields.get(0).isBlank())) out.add(fields);
                fields = new ArrayList<>();
                lineStart = true;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) throw new IllegalStateException("The lexicon data/lexicons/" + name + " has an unclosed quote");
        fields.add(field.toString());
        if (!(fields.size() == 1 && fields.get(0).isBlank())) out.add(fields);
        return out;
    }
}
