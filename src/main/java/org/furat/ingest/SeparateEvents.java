package org.furat.ingest;

import java.util.List;

/**
 * The words that open a sentence telling an event apart from those told before it: «وفي سياق منفصل», «وفي حادثة
 * أخرى», "In a separate incident" ({@code data/lexicons/separate-event-openers.csv}); not "Separately", which opens
 * another item of news, often another source on the same event. What such a sentence
 * tells is a new event, never the last one told again or more of it, even at the same place on the same day: «عثر
 * أهالٍ على جثث ثلاثة من جامعي الكمأة في بادية الكسرة», then «وفي سياق منفصل، أصيب سائق صهريج … على طريق الكسرة».
 * Immutable and thread-safe.
 */
final class SeparateEvents {

    private final PhraseMatcher<Boolean> openers = new PhraseMatcher<>(false);

    SeparateEvents() {
        for (LexiconCsv.Row row : LexiconCsv.read("separate-event-openers", "language", "phrase")) openers.add(row.get("phrase"), true);
    }

    /** The spans of the opening words in {@code words}, wherever they stand; {@link #opens} tells which open a sentence. */
    List<Span> find(TokenizedText words) {
        return openers.find(words).stream().map(m -> words.span(m.from(), m.to() + 1)).toList();
    }

    /** Whether {@code opener}, one of {@link #find}, is the first words of {@code sentence}. */
    static boolean opens(TokenizedText words, Span sentence, Span opener) {
        int first = words.indexAt(opener.start());
        return opener.within(sentence) && (first == 0 || words.get(first - 1).start() < sentence.start());
    }
}
