package org.furat.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Folds Arabic and Latin text into the form Furat indexes and searches, char by char and with a map back to
 * the original offsets (diacritics, tatweel and invisible controls go; hamza and alef variants, alef maqsura,
 * ta marbuta, Persian letters, presentation forms and Eastern digits fold to one letter or digit; letters are
 * lower-cased; nothing else changes), and splits and strips words into search keys. Stateless and
 * thread-safe: every method is a pure function of its argument, and {@code null} counts as empty text.
 *
 * <h2>Stemming</h2>
 * {@link #stem} removes attached proclitics only: the conjunctions و ف, the prepositions ب ك ل and the article
 * ال, repeatedly and in any order, while a single letter leaves at least three letters behind and ال at least
 * two (ل + ال, written لل, is thus two steps). Stripping repeats rather than follows the grammatical sequences
 * so that a word gets one key with and without any prefix: a stem that merely starts with one of those
 * letters loses it in every form alike (لجنة, اللجنة, للجنة all give جنه; بلبل and البلبل give لبل), which
 * costs some precision and keeps recall. Short words keep their letters (ولد, بيت, وقت stay), so their
 * prefixed forms (بولد) do not meet them. A few stems are kept whole wherever the stripping reaches them: the
 * name of God (الله, لله, والله, بالله give الله), and place names and nouns of the region's news that would
 * otherwise collide with other words (فرات, بوكمال, فرقه, لواء, ...). Words that do not start with an Arabic
 * letter are not stemmed. Changing these rules changes the keys: a search index built with the old ones must
 * be rebuilt.
 */
public final class ArabicNormalizer {

    private static final char ALEF = '\u0627';
    private static final char LAM = '\u0644';
    private static final String ALLAH = "الله";
    /** ل + الله, written with two lams. */
    private static final String LILLAH = "لله";
    /**
     * Normalised stems that start with a proclitic letter yet are kept whole, so that they meet neither each
     * other nor unrelated words once stripped (فرقه would become رقه, the key of الرقة; بوكمال would become
     * مال): the name of God, place names of the region and frequent nouns of its news.
     */
    private static final Set<String> KEPT_WHOLE = Set.of(
            ALLAH, "اللهم",
            "فرات", "بوكمال", "كمال", "بوليل", "باغوز", "بصيره", "كسره", "بقرص", "كشكيه", "باديه",
            "فرقه", "لواء", "ولايه", "وزير", "وزاره", "كتيبه", "كتايب", "فصيل", "فصايل", "بلده", "بلدات");

    private static final int MAX_KEPT_LENGTH = KEPT_WHOLE.stream().mapToInt(String::length).max().orElse(0);

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
        StringBuilder out = new StringBuilder(n);
        int[] map = new int[n + 1];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String expansion = presentation(c);
            if (expansion != null) {
                int len = expansion.length();
                if (k + len >= map.length) map = Arrays.copyOf(map, Math.max(map.length * 2, k + len + 1));
                out.append(expansion);
                for (int j = 0; j < len; j++) map[k++] = i;
                continue;
            }
            int f = fold(c);
            if (f == REMOVE) continue;
            if (k + 1 >= map.length) map = Arrays.copyOf(map, map.length * 2);
            out.append((char) f);
            map[k++] = i;
        }
        map[k] = n;
        return new Normalized(out.toString(), k + 1 == map.length ? map : Arrays.copyOf(map, k + 1));
    }

    /**
     * The words of {@code text}: runs of letters and digits of any script (with any combining marks that follow
     * them) in its normalised form; everything else separates. Forms are normalised, spans original.
     */
    public static List<Token> tokens(String text) {
        return tokens(text, normalize(text));
    }

    /**
     * {@link #tokens(String)} of a text already normalised, for callers that need both and would otherwise
     * normalise it twice. {@code normalized} must be {@code normalize(text)}.
     */
    public static List<Token> tokens(String text, Normalized normalized) {
        String s = text == null ? "" : text;
        Normalized nz = normalized;
        String t = nz.text();
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            int a = wordStart(t, i);
            if (a < 0) break;
            int b = wordEnd(t, a);
            int start = nz.originalStart(a);
            int end = nz.originalEnd(b);
            int limit = nz.originalStart(b);
            while (end < limit && removedMark(s.charAt(end))) end++;
            tokens.add(new Token(t.substring(a, b), start, end));
            i = b;
        }
        return tokens;
    }

    /**
     * A normalised word without its attached proclitics (see the class comment). Words that do not start
     * with an Arabic letter come back unchanged, as does anything too short to strip.
     */
    public static String stem(String normalizedWord) {
        if (normalizedWord == null) return "";
        String w = normalizedWord;
        if (w.isEmpty() || !isArabic(w.charAt(0))) return w;
        int from = 0;
        while (true) {
            int left = w.length() - from;
            if (left <= MAX_KEPT_LENGTH) {
                String rest = w.substring(from);
                if (KEPT_WHOLE.contains(rest)) return rest;
                if (rest.equals(LILLAH)) return ALLAH;
            }
            if (left >= 4 && w.charAt(from) == ALEF && w.charAt(from + 1) == LAM) {
                from += 2;
            } else if (left >= 4 && isProclitic(w.charAt(from))) {
                from += 1;
            } else {
                return w.substring(from);
            }
        }
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
            key.append(stem(t.substring(a, b)));
            i = b;
        }
        return key.toString();
    }

    // ---- words

    /** The index of the first word char at or after {@code from}, or -1. */
    private static int wordStart(String t, int from) {
        int i = from;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) return i;
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** The index one past the word that starts at {@code start}. */
    private static int wordEnd(String t, int start) {
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
    private static boolean removedMark(char c) {
        return Character.getType(c) != Character.FORMAT && "".equals(normalizeChar(c));
    }

    private static String normalizeChar(char c) {
        String expansion = presentation(c);
        if (expansion != null) return expansion;
        int f = fold(c);
        return f == REMOVE ? "" : String.valueOf((char) f);
    }

    private static boolean isProclitic(char c) {
        return c == '\u0648' || c == '\u0641' || c == '\u0628' || c == '\u0643' || c == LAM;
    }

    private static boolean isArabic(char c) {
        return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF);
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
                else if (isArabic((char) f) && Character.isLetter(f)) letters.append((char) f);
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
