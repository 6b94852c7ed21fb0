package org.furat.ingest;

import java.util.ArrayList;
import java.util.List;
import org.furat.text.Token;
import org.furat.text.Tokenizer;

/**
 * A text as a list of words, each with its search form (normalised, prefixes stripped) and its place in the
 * original text, for matching phrases word by word. Immutable.
 */
final class Words {

    /** One word: its normalised form, its search form and its original span. */
    record Word(String form, String key, int start, int end) {}

    private final String text;
    private final List<Word> words;

    Words(String text) {
        this(text, Tokenizer.tokens(text));
    }

    /** The words of {@code text}, already split into {@code tokens} ({@link Tokenizer#tokens}). */
    Words(String text, List<Token> tokens) {
        this.text = text;
        List<Word> list = new ArrayList<>();
        for (Token token : tokens) {
            list.add(new Word(token.form(), token.key(), token.start(), token.end()));
        }
        this.words = List.copyOf(list);
    }

    String text() { return text; }

    List<Word> list() { return words; }

    int size() { return words.size(); }

    Word get(int i) { return words.get(i); }

    /** The span from word {@code from} to word {@code to} (inclusive). */
    Span span(int from, int to) {
        return Span.of(text, words.get(from).start(), words.get(to).end());
    }

    /** A phrase as the search forms of its words. */
    static List<String> keys(String phrase) {
        return Tokenizer.tokens(phrase).stream().map(Token::key).toList();
    }
}
