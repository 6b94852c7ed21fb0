package org.furat.ingest;

import java.util.ArrayList;
import java.util.List;
import org.furat.text.FullStops;

/**
 * Splits a text into sentences at full stops, question and exclamation marks, semicolons (Arabic or Latin: a round-up
 * parts its incidents by them, «…؛ كما شنت قسد حملة دهم…؛ وفي بادية البصيرة، لقي راعي…») and line breaks, and
 * a sentence into clauses where a comma is followed by a connector of {@code data/lexicons/clause-connectors.csv}
 * («، في حين», «، بالإضافة إلى», ", while") or an opener of {@code separate-event-openers.csv} («، وفي سياق منفصل»):
 * news often joins two events in one sentence that way, and each clause is read as a sentence of its own.
 */
final class Sentences {
    private Sentences() {}

    /**
     * Relative pronouns, as written (normalised): a clause they open tells of the word before them, with a verb and a
     * tense of its own («البلدة التي شهدت اشتباكات», "attacks that target merchants").
     */
    static final java.util.Set<String> RELATIVE_PRONOUNS = java.util.Set.of("التي", "الذي", "الذين", "اللذين", "اللتين",
            "اللواتي", "which", "that", "who");

    /**
     * Words that open a clause after a comma («في حين», "while"), each to be followed by a blank; and the openers of
     * a separate event, which may follow a comma as well as open a sentence («…، وفي سياق منفصل أصيب طفل…»).
     */
    private static final List<String> CONNECTORS = java.util.stream.Stream.of("clause-connectors", "separate-event-openers")
            .flatMap(name -> LexiconCsv.read(name, "language", "phrase").stream()).map(r -> r.get("phrase")).toList();

    static List<Span> of(String text) {
        List<Span> clauses = new ArrayList<>();
        for (Span sentence : sentences(text)) {
            String words = sentence.text();
            int from = 0;
            for (int comma = 0; comma < words.length(); comma++) {
                char c = words.charAt(comma);
                if (c != '،' && c != ',') continue;
                int connector = connectorAfter(words, comma + 1);
                if (connector < 0) continue;
                if (comma > from) clauses.add(Span.of(text, sentence.start() + from, sentence.start() + comma));
                from = connector;
                comma = from - 1;
            }
            clauses.add(Span.of(text, sentence.start() + from, sentence.end()));
        }
        return clauses;
    }

    /**
     * Where a connector starts after blanks from {@code from} on, itself followed by a blank; -1 when none does. Looked
     * for only after a comma.
     */
    private static int connectorAfter(String words, int from) {
        int at = from;
        while (at < words.length() && blank(words.charAt(at))) at++;
        for (String connector : CONNECTORS) {
            int end = at + connector.length();
            if (end < words.length() && blank(words.charAt(end)) && words.startsWith(connector, at)) return at;
        }
        return -1;
    }

    /** A blank as a regular expression's {@code \s} reads one: a space, or tab to carriage return (ASCII 9–13). */
    static boolean blank(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static List<Span> sentences(String text) {
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
        return c == '\n' || c == '.' || c == '!' || c == '?' || c == '؟' || c == '؛' || c == ';';
    }
}
