package org.furat.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Folds Arabic and Latin text into the form Furat indexes and searches, char by char and with a map back to
 * the original offsets (diacritics, tatweel and invisible controls go; hamza and alef variants, alef maqsura,
 * ta marbuta, Persian letters, presentation forms and Eastern digits fold to one letter or digit; letters are
 * lower-cased; nothing else changes), and says what a word of the normalised text is (a run of letters and
 * digits of any script with the combining marks that follow; {@link Tokenizer} cuts texts by it) and what a
 * text's search key is (its words, each {@linkplain Proclitics#stem stemmed}). Stateless and thread-safe:
 * every method is a pure function of its argument, and {@code null} counts as empty text.
 */
public final class ArabicNormalizer {

    private static final char ALEF = '\u0627';
    /** Marks a char that normalisation removes. */
    private static final int REMOVE = -1;

    private static final int PRESENTATION_START = 0xFB50;
    private static final int PRESENTATION_END = 0xFEFF; // inclusive
    /**
     * What each presentation form (U+FB50–U+FDFF, U+FE70–U+FEFE) becomes: null to go through the ordinary
     * rules unchanged, "" to vanish (isolated harakat), otherwise the Arabic letters of its NFKC form.
     */
    private static final String[] PRESENTATION = buildPresentationTable();

    private ArabicNormalizer() {}

    /** The normalised form of {@code text} with its map back to the original offsets. */
    public static Normalized normalize(String text) {
        String s = text == null ? "" : text;
        int n = s.length();
        // Chars and their offsets side by side in arrays: a StringBuilder checked its capacity and coder at each char.
        char[] out = new char[n];
        int[] map = new int[n + 1];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String expansion = presentation(c);
            if (expansion != null) {
                int len = expansion.length();
                if (k + len >= map.length) {
                    map = Arrays.copyOf(map, Math.max(map.length * 2, k + len + 1));
                    out = Arrays.copyOf(out, map.length);
                }
                for (int j = 0; j < len; j++) {
                    out[k] = expansion.charAt(j);
                    map[k++] = i;
                }
                continue;
            }
            int f = fold(c);
            if (f == REMOVE) continue;
            if (k + 1 >= map.length) {
                map = Arrays.copyOf(map, map.length * 2);
                out = Arrays.copyOf(out, map.length);
            }
            out[k] = (char) f;
            map[k++] = i;
        }
        map[k] = n;
        return Normalized.made(new String(out, 0, k), k + 1 == map.length ? map : Arrays.copyOf(map, k + 1));
    }

    /**
     * The form to index a text under and to query with: its normalised words, each stemmed, joined by single
     * spaces. For example {@code searchKey("وبالقرى السبع")} is {@code "قري سبع"}.
     */
    public static String searchKey(String text) {
        Normalized nz = normalize(text);
        String t = nz.text();
        StringBuilder key = new StringBuilder(t.length());
        int i = 0;
        while (i < t.length()) {
            int a = wordStart(t, i);
            if (a < 0) break;
            int b = wordEnd(t, a);
            if (key.length() > 0) key.append(' ');
            key.append(Proclitics.stem(t.substring(a, b)));
            i = b;
        }
        return key.toString();
    }

    // ---- words

    /** The index of the first word char at or after {@code from}, or -1. */
    static int wordStart(String t, int from) {
        int i = from;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) return i;
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** The index one past the word that starts at {@code start}. */
    static int wordEnd(String t, int start) {
        int i = start;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            if (!Character.isLetterOrDigit(cp) && !isMark(cp)) break;
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** A char that normalisation removes and that belongs to the letter before it (not an invisible control). */
    static boolean removedMark(char c) {
        return Character.getType(c) != Character.FORMAT && "".equals(normalizeChar(c));
    }

    private static String normalizeChar(char c) {
        String expansion = presentation(c);
        if (expansion != null) return expansion;
        int f = fold(c);
        return f == REMOVE ? "" : String.valueOf((char) f);
    }

    // ---- chars

    /** What one char (outside the presentation forms) becomes: a char, or {@link #REMOVE}. */
    private static int fold(char c) {
        if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        if (c >= 0x0600 && c <= 0x06FF) return foldArabic(c);
        switch (c) {
            case '\u00AD': // soft hyphen
            case '\u200B': case '\u200C': case '\u200D': case '\u200E': case '\u200F': // zero width, LRM, RLM
            case '\u202A': case '\u202B': case '\u202C': case '\u202D': case '\u202E': // bidi embeddings
            case '\u2060': case '\u2061': case '\u2062': case '\u2063': case '\u2064': // word joiner, invisibles
            case '\u2066': case '\u2067': case '\u2068': case '\u2069': // bidi isolates
            case '\uFEFF': // zero-width no-break space, byte order mark
                return REMOVE;
            default:
                return Character.toLowerCase(c);
        }
    }

    private static int foldArabic(char c) {
        if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED)) return REMOVE; // marks
        if (c == 0x0640 || c == 0x061C) return REMOVE; // tatweel, Arabic letter mark
        if (c >= 0x0660 && c <= 0x0669) return '0' + (c - 0x0660);
        if (c >= 0x06F0 && c <= 0x06F9) return '0' + (c - 0x06F0);
        switch (c) {
            case '\u0623': case '\u0625': case '\u0622': case '\u0671': return ALEF; // أ إ آ ٱ
            case '\u0649': return '\u064A'; // ى -> ي
            case '\u0629': return '\u0647'; // ة -> ه
            case '\u0624': return '\u0648'; // ؤ -> و
            case '\u0626': return '\u064A'; // ئ -> ي
            case '\u06A9': return '\u0643'; // ک -> ك
            case '\u06CC': return '\u064A'; // ی -> ي
            case '\u06C1': return '\u0647'; // ہ -> ه
            case '\u06C0': return '\u0647'; // ۀ (heh with yeh above) -> ه, as ه + U+0654 would give
            default: return c;
        }
    }

    private static String presentation(char c) {
        return c >= PRESENTATION_START && c <= PRESENTATION_END ? PRESENTATION[c - PRESENTATION_START] : null;
    }

    private static String[] buildPresentationTable() {
        String[] table = new String[PRESENTATION_END - PRESENTATION_START + 1];
        for (int c = PRESENTATION_START; c <= PRESENTATION_END; c++) {
            if ((c > 0xFDFF && c < 0xFE70) || c == 0xFEFF) continue;
            String own = String.valueOf((char) c);
            String nfkc = Normalizer.normalize(own, Normalizer.Form.NFKC);
            if (nfkc.equals(own)) continue;
            StringBuilder letters = new StringBuilder();
            boolean space = false, removed = false, other = false;
            for (int i = 0; i < nfkc.length(); i++) {
                char d = nfkc.charAt(i);
                int f = fold(d);
                if (f == REMOVE) removed = true;
                else if (d == ' ') space = true;
                else if (Script.isArabic((char) f) && Character.isLetter(f)) letters.append((char) f);
                else other = true;
            }
            if (other) continue;
            if (letters.length() == 0) {
                if (removed) table[c - PRESENTATION_START] = ""; // an isolated haraka such as U+FE70
            } else if (!space) {
                table[c - PRESENTATION_START] = letters.toString(); // several words (U+FDFA) stay one char
            }
        }
        return table;
    }
}
