package org.furat.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into its {@link Token}s, once, with everything the readers of a report compare words by. A word
 * is a run of letters and digits of any script, with any combining marks that follow, in the text's normalised
 * form; everything else separates, and a figure typed against an Arabic word of two letters or more is a word of
 * its own («18عنصراً»), as is one typed after Arabic letters («الـ24»). Stateless and thread-safe.
 */
public final class Tokenizer {

    /** Normalised chars that end a sentence or a clause: no phrase runs across them. */
    private static final String SENTENCE_BREAKS = ".!?؟;؛:\n\r\u2029";
    /** Original chars that part a name: sentence punctuation, commas, brackets and line breaks. */
    private static final String HARD_SEPARATORS = ".,;:!?()[]{}\n\r\u060C\u061B\u061F\u06D4";

    private Tokenizer() {}

    /** The words of {@code text} ({@code null} counts as empty). */
    public static List<Token> tokens(String text) {
        return tokens(text, ArabicNormalizer.normalize(text));
    }

    /**
     * The words of a text already normalised, for callers that need both and would otherwise normalise it
     * twice. {@code normalized} must be {@code ArabicNormalizer.normalize(text)}.
     */
    public static List<Token> tokens(String text, Normalized normalized) {
        String s = text == null ? "" : text;
        String t = normalized.text();
        List<Token> tokens = new ArrayList<>();
        int previousEnd = 0; // in the original
        int previousNormalizedEnd = 0;
        int i = 0;
        while (i < t.length()) {
            int a = ArabicNormalizer.wordStart(t, i);
            if (a < 0) break;
            int b = thousandsEnd(t, a, figureEnd(t, a, ArabicNormalizer.wordEnd(t, a)));
            int start = normalized.originalStart(a);
            int end = normalized.originalEnd(b);
            int limit = normalized.originalStart(b);
            while (end < limit && ArabicNormalizer.removedMark(s.charAt(end))) end++;
            String form = t.substring(a, b);
            Script script = Script.of(form.charAt(0));
            boolean sentenceBreak = false;
            for (int k = previousNormalizedEnd; k < a && !sentenceBreak; k++) {
                char c = t.charAt(k);
                sentenceBreak = SENTENCE_BREAKS.indexOf(c) >= 0
                        && (c != '.' || FullStops.endsSentence(s, normalized.originalStart(k)));
            }
            boolean hard = false, spaced = true;
            for (int k = previousEnd; k < start; k++) {
                char c = s.charAt(k);
                // "U.S. soldiers", "Aug. 27": the stop of an abbreviation parts nothing.
                if (HARD_SEPARATORS.indexOf(c) >= 0 && (c != '.' || FullStops.endsSentence(s, k))) hard = true;
                if (!Character.isWhitespace(c)) spaced = false;
            }
            String key = Proclitics.stem(form);
            String folded = script == Script.ARABIC ? form : foldLatin(form);
            tokens.add(new Token(form, start, end, a, b, script, key, folded, sentenceBreak, hard, spaced,
                    Character.isUpperCase(s.codePointAt(start))));
            previousEnd = end;
            previousNormalizedEnd = b;
            i = b;
        }
        return tokens;
    }

    /**
     * Where a word from {@code a} to {@code b} ends where figures and Arabic letters are typed against each other, as
     * news often types them: after a figure followed by an Arabic word («18عنصراً», eighteen members), whose single
     * letter is its own suffix instead («2022م» AD, «5ك» km); before a figure that follows Arabic letters («الـ24»,
     * «بـ5», «عام2020», tatweel gone), so that «الـ 24 ساعة» and «الـ24 ساعة» read alike. Otherwise at {@code b}. Each
     * cut looks no further than the letters it parts, so any run of the words cuts the same way on its own.
     */
    private static int figureEnd(String t, int a, int b) {
        int p = a;
        while (p < b && Script.of(t.charAt(p)) == Script.ARABIC) p++;
        if (p > a && p < b && Character.isDigit(t.charAt(p))) return p;
        int k = a;
        while (k < b && Character.isDigit(t.charAt(k))) k++;
        if (k == a) return b;
        int letters = k;
        while (letters < b && Script.of(t.charAt(letters)) == Script.ARABIC) letters++;
        if (letters - k >= 2) return k;
        return letters - k == 1 ? letters : b;
    }

    /**
     * Where a figure written with thousands separators ends: "40,000" and «1٬200» are one word. A word of one to three
     * digits goes on over each separator followed by exactly three digits; otherwise it ends at {@code b}.
     */
    private static int thousandsEnd(String t, int a, int b) {
        if (b - a < 1 || b - a > 3) return b;
        for (int k = a; k < b; k++) if (!Character.isDigit(t.charAt(k))) return b;
        int end = b;
        // Two separators at most: a figure of people never runs past the millions, and "1,2,3" stays a list.
        for (int groups = 0; groups < 2 && end + 3 < t.length() && (t.charAt(end) == ',' || t.charAt(end) == '\u066C')
                && Character.isDigit(t.charAt(end + 1)) && Character.isDigit(t.charAt(end + 2)) && Character.isDigit(t.charAt(end + 3))
                && (end + 4 == t.length() || !Character.isLetterOrDigit(t.charAt(end + 4))); groups++) {
            end += 4;
        }
        return end;
    }

    /** Lower case without accents and modifier letters, so that transliterations meet: "ʿAṭiyah" is "atiyah". */
    private static String foldLatin(String form) {
        String d = Normalizer.normalize(form, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char c = d.charAt(k);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.MODIFIER_LETTER) {
                continue;
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }
}
