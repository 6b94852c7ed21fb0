package org.furat.ingest;

import java.util.ArrayList;
import java.util.List;

/** Splits a text into sentences at full stops, question and exclamation marks (Arabic or Latin) and line breaks. */
final class Sentences {
    private Sentences() {}

    static List<Span> of(String text) {
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || isStop(text.charAt(i));
            if (!end) continue;
            // "18.5" and "..": a stop followed by a digit or another stop does not end the sentence.
            if (i < text.length() && text.charAt(i) == '.' && i + 1 < text.length()
                    && (Character.isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '.')) continue;
            if (i < text.length() && text.charAt(i) == '.' && abbreviation(text, i)) continue;
            int from = start, to = Math.min(text.length(), i + (i < text.length() && text.charAt(i) != '\n' ? 1 : 0));
            while (from < to && Character.isWhitespace(text.charAt(from))) from++;
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
            if (to > from) sentences.add(Span.of(text, from, to));
            start = i + 1;
        }
        return sentences;
    }

    /**
     * "Aug. 27", "U.S. forces", "Dr. Ali": a full stop after a short capitalised Latin word, or before a word in
     * lower case or a figure on the same line, abbreviates rather than ends a sentence.
     */
    private static boolean abbreviation(String text, int stop) {
        int next = stop + 1;
        if (next < text.length() && Character.isLetter(text.charAt(next)) && text.charAt(next) < 0x0250) return true; // "U.S"
        while (next < text.length() && text.charAt(next) == ' ') next++;
        if (next >= text.length() || next == stop + 1) return false;
        char after = text.charAt(next);
        if (after >= 'a' && after <= 'z') return true;
        int start = stop;
        while (start > 0 && Character.isLetter(text.charAt(start - 1)) && text.charAt(start - 1) < 0x0250) start--;
        int length = stop - start;
        boolean shortCapitalised = length >= 1 && length <= 4 && Character.isUpperCase(text.charAt(start))
                && (start == 0 || !Character.isLetter(text.charAt(start - 1)));
        return shortCapitalised && (Character.isDigit(after) || Character.isUpperCase(after) && length == 1);
    }

    private static boolean isStop(char c) {
        return c == '\n' || c == '.' || c == '!' || c == '?' || c == '؟';
    }
}
