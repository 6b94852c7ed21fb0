package org.furat.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.furat.text.ArabicNormalizer;
import org.furat.text.CsvRecords;

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

    /**
     * A lexicon phrase as normalised words ({@link ArabicNormalizer#normalize}) split at white space, as lexicon
     * words are compared with a text's tokens; slot names such as {@code {month}} pass through unchanged.
     */
    static String[] words(String phrase) {
        String n = ArabicNormalizer.normalize(phrase).text().strip();
        return n.isEmpty() ? new String[0] : n.split("\\s+");
    }

    /**
     * A line or a phrase as whole lines are compared with lexicon phrases: normalised, lower case ({@link
     * java.util.Locale#ROOT}), each run of what is neither letter nor digit one space, stripped.
     */
    static String folded(String text) {
        return NEITHER_LETTER_NOR_DIGIT.matcher(ArabicNormalizer.normalize(text).text().toLowerCase(java.util.Locale.ROOT))
                .replaceAll(" ").strip();
    }

    /** Compiled once: {@link #folded} runs on every line of every report. */
    private static final java.util.regex.Pattern NEITHER_LETTER_NOR_DIGIT = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

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
        CsvRecords.Table table = CsvRecords.parse(text, file);
        for (String c : columns) {
            if (!table.header().contains(c)) throw new IllegalArgumentException(file + ": the header lacks column '" + c + "'");
        }
        return table.records().stream().map(r -> new Row(file, r.line(), r.fields())).toList();
    }
}
