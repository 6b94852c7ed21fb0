package org.furat.ingest;

import java.util.List;
import java.util.Locale;
import org.furat.text.ArabicNormalizer;
import org.furat.text.Normalized;
import org.furat.text.Proclitics;
import org.furat.text.Token;
import org.furat.text.Tokenizer;

/**
 * A report as every finder reads it, built once per report: the original text, its normalised form with the
 * map back to the original, its {@link Token}s (normalised form, original and normalised offsets, script,
 * search key, Latin folding, what parts each from the word before) and its sentences ({@link Sentences}).
 * Finders address words by their index in {@link #tokens}. Lexicon words are compared with the rules of
 * {@link Proclitics}; {@link #phraseAt} matches a whole lexicon phrase. Not thread-safe while the numbered cores,
 * lower-case forms or person stems are being worked out: one per report and thread.
 */
final class TokenizedText {

    /** Where a lexicon phrase matched: the word index one past its end, and the proclitic chars to leave out. */
    record Hit(int end, int trim) {}

    private final String original;
    private final Normalized normalized;
    private final List<Token> tokens;
    /** Where each word starts in the original, for {@link #indexAt}: read far more often than any other field. */
    private final int[] starts;
    /**
     * For each run of 16 original chars ({@link #BUCKET_BITS}), the first word that starts in or after it:
     * {@link #indexAt} reads from there over the few words that start in the run, where a binary search over all
     * words took 4 % of the extractor.
     */
    private final int[] firstWordFrom;
    private static final int BUCKET_BITS = 4;
    /**
     * How many sentence or clause breaks stand before each word, counted from the start of the text, at
     * {@code clause[i + 1]} for word {@code i}: two words share a clause when they share this count. One more entry on each side, so that the word before the
     * first (-1) and the index one past the last ({@link #size}, which {@link #indexAt} gives for an offset after every
     * word's start: «أمس» inside a last word «وأمس») are read as a walk over the words between would read them.
     */
    private final int[] clause;
    /** For each word, whether a comma stands between it and the word before. */
    private final boolean[] commaBefore;
    private List<Span> sentences;
    /** {@link #lower} by word, worked out when first asked for. */
    private String[] lower;
    /** {@link LexiconCores#numbersOf} the words, by word, and how many cores had numbers when they were worked out. */
    private int[][] lexiconCores;
    private int lexiconCoresCount;
    /** Where {@link #lexiconCores} are found, before those of a word that has some are copied out. */
    private int[] coresScratch;
    /** {@link #personStems} by word, worked out when first asked for. */
    private List<String>[] personStems;

    TokenizedText(String text) {
        this.original = text == null ? "" : text;
        this.normalized = ArabicNormalizer.normalize(original);
        this.tokens = List.copyOf(Tokenizer.tokens(original, normalized));
        this.starts = tokens.stream().mapToInt(Token::start).toArray();
        this.firstWordFrom = new int[(original.length() >> BUCKET_BITS) + 1];
        int word = 0;
        for (int b = 0; b < firstWordFrom.length; b++) {
            while (word < starts.length && starts[word] < b << BUCKET_BITS) word++;
            firstWordFrom[b] = word;
        }
        this.clause = new int[tokens.size() + 2];
        this.commaBefore = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            clause[i + 1] = clause[i] + (tokens.get(i).sentenceBreakBefore() ? 1 : 0);
        }
        clause[tokens.size() + 1] = clause[tokens.size()];
        for (int i = 1; i < tokens.size(); i++) {
            for (int c = tokens.get(i - 1).end(); c < tokens.get(i).start() && !commaBefore[i]; c++) {
                commaBefore[i] = original.charAt(c) == ',' || original.charAt(c) == '،';
            }
        }
    }

    String original() { return original; }

    Normalized normalized() { return normalized; }

    List<Token> tokens() { return tokens; }

    int size() { return tokens.size(); }

    Token get(int i) { return tokens.get(i); }

    /** Whether a word of {@code span} has one of {@code keys} ({@link #key}): «اتفاق» in «بموجب اتفاق». */
    boolean hasKey(Span span, java.util.Set<String> keys) {
        for (int k = indexAt(span.start()); k < tokens.size() && tokens.get(k).start() < span.end(); k++) {
            if (keys.contains(key(k))) return true;
        }
        return false;
    }

    /**
     * The index of the word that holds the original offset {@code offset}: the last that starts at or before it (a span
     * may start inside a word, after a proclitic: «ومقتل» read from «مقتل»), or 0.
     */
    int wordAt(int offset) {
        int i = indexAt(offset);
        return i < tokens.size() && tokens.get(i).start() == offset ? i : Math.max(0, i - 1);
    }

    /**
     * The index of the first word that starts at or after the original offset {@code offset} ({@link #size} when
     * none does).
     */
    int indexAt(int offset) {
        if (offset <= 0) return 0;
        int bucket = offset >> BUCKET_BITS;
        // Past the last run lies past the end of the text, where every word starts before the offset.
        if (bucket >= firstWordFrom.length) return starts.length;
        int i = firstWordFrom[bucket];
        while (i < starts.length && starts[i] < offset) i++;
        return i;
    }

    /** The normalised form of word {@code i}. */
    String form(int i) { return tokens.get(i).form(); }

    /** The search key of word {@code i}: its form without attached proclitics ({@link org.furat.text.Token#key}). */
    String key(int i) { return tokens.get(i).key(); }

    /**
     * {@link #form} in lower case ({@link Locale#ROOT}), as finders compare English words: worked out once per word,
     * as lowering an Arabic word still reads each of its letters.
     */
    String lower(int i) {
        if (lower == null) lower = new String[size()];
        if (lower[i] == null) lower[i] = caseless(form(i)) ? form(i) : form(i).toLowerCase(Locale.ROOT);
        return lower[i];
    }

    /**
     * Whether {@code word} is all chars of the Arabic block (letters, marks, signs) and ASCII digits, which have no case:
     * lowering it would only read it.
     */
    private static boolean caseless(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (!(c >= '\u0600' && c <= '\u06FF') && !(c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    /**
     * The nouns word {@code i} may be without a possessive ending a person noun may carry ({@link Possessives#stems}):
     * worked out once per word, as a toll's finder asks it of the same words again and again.
     */
    @SuppressWarnings("unchecked")
    List<String> personStems(int i) {
        if (personStems == null) personStems = new List[size()];
        if (personStems[i] == null) {
            List<String> stems = Possessives.standard().stems(form(i), true);
            // Most words have none: an empty list whose iterator is shared, as a toll's finder loops over them.
            personStems[i] = stems.isEmpty() ? java.util.Collections.emptyList() : List.copyOf(stems);
        }
        return personStems[i];
    }

    /** The sentences of the text, split once ({@link Sentences}). */
    List<Span> sentences() {
        if (sentences == null) sentences = Sentences.of(original);
        return sentences;
    }

    /** The numbers of those cores of word {@code i} that some lexicon has ({@link LexiconCores}). */
    int[] lexiconCores(int i) {
        int count = LexiconCores.count();
        if (lexiconCores == null || lexiconCoresCount != count) {
            lexiconCores = new int[size()][];
            lexiconCoresCount = count;
        }
        if (lexiconCores[i] == null) {
            if (coresScratch == null) coresScratch = new int[LexiconCores.MOST_CORES];
            lexiconCores[i] = LexiconCores.numbersOf(form(i), coresScratch);
        }
        return lexiconCores[i];
    }

    /** Whether words {@code i - 1} and {@code i} lie in one sentence (no sentence break between them). */
    boolean joined(int i) { return i > 0 && i < size() && !tokens.get(i).sentenceBreakBefore(); }

    /** Whether a comma, Arabic or Latin, stands between word {@code i - 1} and word {@code i}. */
    boolean commaBefore(int i) {
        return i > 0 && i < size() && commaBefore[i];
    }

    /** The original offset where word {@code i} starts, {@code trim} normalised chars in. */
    int start(int i, int trim) {
        Token t = tokens.get(i);
        return trim == 0 ? t.start() : normalized.originalStart(t.normalizedStart() + trim);
    }

    /**
     * Whether no sentence or clause break ({@code . ! ? ؟ ; ؛ :}, a line break) parts words {@code from} and {@code to}.
     */
    boolean sameSentence(int from, int to) {
        return from == to || clause[from + 1] == clause[to + 1];
    }

    /** The original offset one past word {@code i}, with any marks right after its last letter. */
    int end(int i) { return tokens.get(i).end(); }

    /** The span of words [{@code from}, {@code to}). */
    Span span(int from, int to) { return span(from, 0, to); }

    /** The span of words [{@code from}, {@code to}), the first one's {@code trim} chars left out. */
    Span span(int from, int trim, int to) { return Span.of(original, start(from, trim), end(to - 1)); }

    /** Where the lexicon phrase {@code phrase} (normalised words) matches the words from {@code i}, or null. */
    Hit phraseAt(int i, String[] phrase) {
        return phraseAt(i, phrase, false);
    }

    /**
     * {@link #phraseAt}, with {@code conjoined} the first word matched by {@link Proclitics#matchConjoined}
     * rather than {@link Proclitics#matchWord}. Only the first word may carry proclitics; the others must be
     * equal and in the same sentence.
     */
    Hit phraseAt(int i, String[] phrase, boolean conjoined) {
        if (i + phrase.length > size()) return null;
        int trim = conjoined ? Proclitics.matchConjoined(form(i), phrase[0]) : Proclitics.matchWord(form(i), phrase[0]);
        if (trim < 0) return null;
        for (int k = 1; k < phrase.length; k++) {
            if (!joined(i + k) || !form(i + k).equals(phrase[k])) return null;
        }
        return new Hit(i + phrase.length, trim);
    }
}
