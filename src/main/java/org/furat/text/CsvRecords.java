package org.furat.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's hand-edited CSV files (gazetteer, actors, lexicons): UTF-8, RFC 4180 quoting, one header
 * row, blank lines ignored, a leading byte-order mark dropped. Errors name the file and line, so a bad edit is
 * easy to find. Shared here because the store (seed data) and the extractor (lexicons) both read such files and
 * may not depend on each other.
 */
public final class CsvRecords {

    /** One record: its fields by (stripped) column name, and the line it starts on. */
    public record Record(int line, Map<String, String> fields) {}

    /** A file's header (stripped column names) and its records. */
    public record Table(List<String> header, List<Record> records) {}

    private CsvRecords() {}

    public static Table parse(String text, String file) {
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
        if (quoted) throw new IllegalArgumentException(file + ", line " + rowLine + ": a quoted field is never closed");
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
            lines.add(rowLine);
        }
        if (rows.isEmpty()) throw new IllegalArgumentException(file + " is empty: a header row is required");
        List<String> header = rows.get(0).stream().map(String::strip).toList();
        List<Record> records = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> fields = rows.get(r);
            if (fields.size() == 1 && fields.get(0).isBlank()) continue;
            if (fields.size() != header.size()) {
                throw new IllegalArgumentException(file + ", line " + lines.get(r) + ": " + fields.size()
                        + " fields where the header has " + header.size());
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (int f = 0; f < header.size(); f++) map.put(header.get(f), fields.get(f));
            records.add(new Record(lines.get(r), map));
        }
        return new Table(header, records);
    }
}
