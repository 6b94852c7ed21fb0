package org.furat.ingest;

import java.util.ArrayList;
import java.util.List;
import org.furat.text.FullStops;

/** Splits a text into sentences at full stops, question and exclamation marks (Arabic or Latin) and line breaks. */
final class Sentences {
    private Sentences() {}

    static List<Span> of(String text) {
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || isStop(text.charAt(i));
            if (!end) continue;
            if (i < text.length() && text.charAt(i) == '.' && !FullStops.endsSentence(text, i)) continue;
            int from = start, to = Math.min(text.length(), i + (i < text.length() && text.charAt(i) != '\n' ? 1 : 0));
            while (from < to && Character.isWhitespace(text.charAt(from))) from++;
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
            if (to > from) sentences.add(Span.of(text, from, to));
            start = i + 1;
        }
        return sentences;
    }

    private static boolean isStop(char c) {
        return c == '\n' || c == '.' || c == '!' || c == '?' || c == '؟';
    }
}
