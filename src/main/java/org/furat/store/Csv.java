package org.furat.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads RFC 4180 CSV with a header row into one map per record; errors name the file and line. */
final class Csv {
    private Csv() {}

    static List<Map<String, String>> parse(String text, String name) {
        List<List<String>> rows = rows(text.startsWith("\uFEFF") ? text.substring(1) : text, name);
        if (rows.isEmpty()) throw new IllegalArgumentException(name + " is empty: a header row is required");
        List<String> header = rows.get(0);
        List<Map<String, String>> records = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() == 1 && row.get(0).isBlank()) continue;
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(name + ", record " + i + ": " + row.size() + " fields where the header has " + header.size());
            }
            Map<String, String> record = new LinkedHashMap<>();
            for (int f = 0; f < header.size(); f++) record.put(header.get(f).strip(), row.get(f));
            records.add(record);
        }
        return records;
    }

    private static List<List<String>> rows(String text, String name) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
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
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                line++;
            } else {
                field.append(ch);
            }
        }
        if (quoted) throw new IllegalArgumentException(name + ": a quoted field opened before line " + line + " is never closed");
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
