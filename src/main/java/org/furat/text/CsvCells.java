package org.furat.text;

import java.util.regex.Pattern;

/**
 * How Furat writes a CSV cell, in every CSV it writes (the CSV export and the command line's {@code --format csv}):
 * RFC 4180 quoting, and text that a spreadsheet would run as a formula neutralised as OWASP recommends. A text cell
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a single quote in front
 * ({@code '=HYPERLINK(…)}), which spreadsheets show and keep as text; a cell that is a plain decimal number ({@code -3},
 * {@code -35.12}) is left as it is, since a spreadsheet reads it as a number, never as a formula. Stateless and
 * thread-safe.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvCells() {}

    /** The text, with a single quote in front if a spreadsheet would otherwise read it as a formula. */
    public static String neutralised(String text) {
        if (text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0 || PLAIN_NUMBER.matcher(text).matches()) return text;
        return "'" + text;
    }

    /** A text value always in quotes (so that an empty text differs from no value), neutralised. */
    public static String quotedText(String text) {
        return quoted(neutralised(text));
    }

    /** A cell of text or of a number written as text: neutralised, in quotes only where CSV needs them; null is empty. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) return "";
        String safe = neutralised(value);
        return needsQuotes(safe) ? quoted(safe) : safe;
    }

    static boolean needsQuotes(String s) {
        if (s.isEmpty() || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) return true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') return true;
        }
        return false;
    }

    static String quoted(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
