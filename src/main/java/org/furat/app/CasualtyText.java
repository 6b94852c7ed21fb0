package org.furat.app;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.furat.model.Casualties;

/**
 * Casualty figures as the analyst types them: "3", "10–15" (or "10-15"), "≥10" or "at least 10", "~20";
 * empty for unknown. Written back the way {@link Casualties#describe} shows them.
 */
public final class CasualtyText {

    private static final Pattern EXACT = Pattern.compile("\\d+");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[-–]\\s*(\\d+)");
    private static final Pattern AT_LEAST = Pattern.compile("(?:≥|>=|at least\\s*|more than\\s*)(\\d+)");
    private static final Pattern ABOUT = Pattern.compile("(?:~|about\\s*)(\\d+)");

    private CasualtyText() {}

    public static Casualties parse(String text) {
        String t = westernDigits(text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT));
        if (t.isEmpty() || t.equals("?")) return Casualties.UNKNOWN;
        if (EXACT.matcher(t).matches()) return Casualties.exactly(Integer.parseInt(t));
        Matcher m = RANGE.matcher(t);
        if (m.matches()) return new Casualties(null, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        m = AT_LEAST.matcher(t);
        if (m.matches()) return new Casualties(null, Integer.parseInt(m.group(1)), null);
        m = ABOUT.matcher(t);
        if (m.matches()) return new Casualties(Integer.parseInt(m.group(1)), null, null);
        throw new IllegalArgumentException("“" + text + "” is not a casualty figure: write 3, 10–15, ≥10 or ~20, or leave it empty");
    }

    /** Arabic-Indic and Persian digits (٣, ۳) as the digits 0–9, as an Arabic keyboard types them. */
    private static String westernDigits(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\u0660' && c <= '\u0669') b.append((char) ('0' + c - '\u0660'));
            else if (c >= '\u06F0' && c <= '\u06F9') b.append((char) ('0' + c - '\u06F0'));
            else b.append(c);
        }
        return b.toString();
    }

    /**
     * The figure as typed, except that text left as {@link #format} showed {@code was} keeps {@code was} whole: the short
     * form cannot say every figure exactly ("≥5" is both "at least 5" and "best 5, at least 5").
     */
    public static Casualties parse(String text, Casualties was) {
        if (was != null && (text == null ? "" : text.strip()).equals(format(was))) return was;
        return parse(text);
    }

    public static String format(Casualties c) {
        return c.known() ? c.describe() : "";
    }
}
