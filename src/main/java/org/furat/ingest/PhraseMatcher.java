package org.furat.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.furat.text.Token;
import org.furat.text.Tokenizer;

/**
 * Finds phrases in a text word by word, after normalisation and prefix stripping (so «الصاروخية» finds
 * «وبالصاروخية»). In prefix mode each word of a phrase need only begin the text's word («قصف» finds «قصفت»);
 * otherwise words must be equal, which names need ("IS" must not find "Israel"). A {@code …} in a phrase stands for
 * up to {@link #GAP_WORDS} words of the same sentence: Arabic tells the verb first and its subject before the rest
 * («سيطرت … على» finds «سيطرت قوات العشائر على»). Where matches overlap the longest wins; of two as long, the one whose
 * first word is longer. Thread-safe once filled.
 *
 * @param <T> what a phrase stands for (a sub-event type, an actor key)
 */
final class PhraseMatcher<T> {

    /** A phrase found: what it stands for and its words, from {@code from} to {@code to} (both included), as token indexes. */
    record Match<T>(T value, int from, int to) {}

    /**
     * A phrase, numbered in the order it was added, and how many letters its first word has: of two that match the same
     * words, the one whose first word is longer wins, being more exact in prefix mode («غامض», mysterious, over «غام»
     * of «ألغام», mines), then the first added.
     */
    private record Phrase<T>(T value, int order, int firstLetters) {}

    /**
     * The phrases that share their words up to here: those that end here, and the words or gap that come next. A word
     * shared by many phrases (the «قوات» of a dozen names) is compared once, not once a phrase.
     */
    private static final class Rest<T> {
        private final List<Phrase<T>> ending = new ArrayList<>();
        private final Map<String, Rest<T>> next = new LinkedHashMap<>();
        /**
         * In prefix mode, {@link #next} letter by letter, each key's rest at the node where the key ends: the keys that
         * begin a word lie on the path of its letters, where comparing the word with every key took 3 % of the extractor.
         * Null until a key comes, and in whole-word mode, which looks keys up in {@link #next}.
         */
        private LetterNode<Rest<T>> nextByLetter;
        private Rest<T> gap;
        private Rest<T> longGap;

        Rest<T> after(String key, boolean prefixes) {
            if (key.equals(GAP)) return gap == null ? gap = new Rest<>() : gap;
            if (key.equals(LONG_GAP)) return longGap == null ? longGap = new Rest<>() : longGap;
            return next.computeIfAbsent(key, k -> {
                Rest<T> rest = new Rest<>();
                if (prefixes) {
                    if (nextByLetter == null) nextByLetter = new LetterNode<>();
                    nextByLetter.add(k).value(rest);
                }
                return rest;
            });
        }
    }

    /** The phrases' first words letter by letter, the phrases that go on after each at the node where it ends. */
    private final LetterNode<Rest<T>> firstWords = new LetterNode<>();
    private int added;
    private final boolean prefixes;

    PhraseMatcher(boolean prefixes) {
        this.prefixes = prefixes;
    }

    /** The key that stands for a gap of words in a phrase's keys: no word has it. */
    private static final String GAP = "…";
    /** The most words a gap stands for: a subject of a few words («قوات سوريا الديمقراطية»). */
    static final int GAP_WORDS = 4;
    /**
     * The key of a long gap, written "……" in a phrase: a subject and whose it is («فككت …… عبوة» over «فرق الهندسة التابعة
     * لـ"قسد"», "breaking …… siege" over "a nearly three-year Islamic State"), for phrases whose ends say enough together.
     */
    private static final String LONG_GAP = "……";
    /** The most words a long gap stands for. */
    static final int LONG_GAP_WORDS = 6;
    /**
     * Words of the time of day or week, as keys (without the article): «صباح اليوم الثلاثاء», «مساء أمس», "Monday". Not
     * «الأحد» (Sunday), whose key is also «أحد», one of.
     */
    static final java.util.Set<String> TIME_WORDS = java.util.Set.of("صباح", "مساء", "فجر", "ظهر", "عصر", "ليله",
            "يوم", "امس", "ماضي", "سبت", "اثنين", "ثلاثاء", "اربعاء", "خميس", "جمعه", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

    void add(String phrase, T value) {
        List<String> keys = new ArrayList<>();
        // "……" is a long gap, "…" a gap; a part between them may be empty, as between the two stops of "……".
        String[] parts = phrase.split("…", -1);
        for (int p = 0; p < parts.length; p++) {
            if (p > 0 && parts[p].isEmpty() && p + 1 < parts.length) {
                keys.add(LONG_GAP);
                p++;
                Tokenizer.tokens(parts[p]).stream().map(Token::key).forEach(keys::add);
                continue;
            }
            if (p > 0) keys.add(GAP);
            Tokenizer.tokens(parts[p]).stream().map(Token::key).forEach(keys::add);
        }
        // A phrase of one letter alone would be found in every "a"; one whose first word is a letter ("U.S. forces",
        // cut at its stops into "u", "s", "forces") is kept. One that starts with a gap has no first word to find.
        if (keys.isEmpty() || keys.get(0).isEmpty() || keys.get(0).equals(GAP) || keys.size() == 1 && keys.get(0).length() < 2) return;
        LetterNode<Rest<T>> node = firstWords.add(keys.get(0));
        if (node.value() == null) node.value(new Rest<>());
        Rest<T> rest = node.value();
        for (String key : keys.subList(1, keys.size())) rest = rest.after(key, prefixes);
        rest.ending.add(new Phrase<>(value, added++, keys.get(0).length()));
    }

    List<Match<T>> find(TokenizedText words) {
        List<Match<T>> found = new ArrayList<>();
        Best<T> best = new Best<>(added);
        for (int i = 0; i < words.size(); i++) {
            String key = words.get(i).key();
            if (key.isEmpty()) continue;
            best.startAt(i);
            LetterNode<Rest<T>> node = firstWords;
            for (int c = 0; c < key.length() && (node = node.child(key.charAt(c))) != null; c++) {
                if (node.value() == null) continue;
                // In prefix mode a first word of two letters or more may begin the word; otherwise it must be the
                // word, or the word but its accusative alef.
                boolean whole = c == key.length() - 1;
                boolean accusative = c == key.length() - 2 && key.charAt(c + 1) == 'ا'
                        && (prefixes || accusative(key, key.substring(0, c + 1)));
                if (prefixes && c >= 1 || whole || accusative) follow(words, node.value(), i + 1, best);
            }
            if (best.found()) {
                found.add(new Match<>(best.phrase.value(), i, best.end));
                i = best.end;
            }
        }
        return found;
    }

    /**
     * Offers {@code best} the phrases of {@code rest} whose other words are found from word {@code i} on. A gap tries
     * its fewest words first: the end a phrase is offered first is the one it has.
     */
    private void follow(TokenizedText words, Rest<T> rest, int i, Best<T> best) {
        for (Phrase<T> phrase : rest.ending) best.offer(phrase, i - 1);
        if (rest.gap != null) gap(words, rest.gap, i, best, GAP_WORDS);
        if (rest.longGap != null) gap(words, rest.longGap, i, best, LONG_GAP_WORDS);
        if (rest.next.isEmpty() || i >= words.size() || !words.joined(i)) return;
        String word = words.get(i).key();
        if (prefixes) {
            // The keys the word begins with are followed shortest first, where a loop over the map followed them in the
            // order they were added. That changes nothing found: each phrase lies under one key, so the ends it is offered
            // at come in the same order, and Best keeps the phrase that ends last (then has the longer first word, then
            // was added first) whatever order phrases come in.
            LetterNode<Rest<T>> node = rest.nextByLetter;
            if (node.value() != null) follow(words, node.value(), i + 1, best);
            for (int c = 0; c < word.length() && (node = node.child(word.charAt(c))) != null; c++) {
                if (node.value() != null) follow(words, node.value(), i + 1, best);
            }
            return;
        }
        Rest<T> same = rest.next.get(word);
        if (same != null) follow(words, same, i + 1, best);
        if (word.length() > 1 && word.endsWith("ا")) {
            String wanted = word.substring(0, word.length() - 1);
            Rest<T> bare = rest.next.get(wanted);
            if (bare != null && accusative(word, wanted)) follow(words, bare, i + 1, best);
        }
    }

    /**
     * Offers {@code best} the phrases of {@code rest}, after a gap of up to {@code most} words from word {@code i}.
     * «سيطرت قوات سوريا الديمقراطية، صباح اليوم الثلاثاء، على القرية»: the time told between a verb and the rest of its
     * phrase counts for no word of the gap.
     */
    private void gap(TokenizedText words, Rest<T> rest, int i, Best<T> best, int most) {
        int counted = 0;
        for (int next = i; counted <= most && next <= words.size() && (next == i || words.joined(next - 1)); next++) {
            follow(words, rest, next, best);
            if (next < words.size() && !TIME_WORDS.contains(words.get(next).key())) counted++;
        }
    }

    /**
     * The phrase found at a word that ends last, of those that end last the first added; each phrase counted at the
     * first end it is offered.
     */
    private static final class Best<T> {
        private final int[] offeredAt;
        private int start;
        private Phrase<T> phrase;
        private int end;

        Best(int phrases) {
            offeredAt = new int[phrases];
            java.util.Arrays.fill(offeredAt, -1);
        }

        void startAt(int word) {
            start = word;
            phrase = null;
        }

        void offer(Phrase<T> p, int last) {
            if (offeredAt[p.order()] == start) return;
            offeredAt[p.order()] = start;
            if (phrase == null || last > end || last == end && (p.firstLetters() > phrase.firstLetters()
                    || p.firstLetters() == phrase.firstLetters() && p.order() < phrase.order())) {
                phrase = p;
                end = last;
            }
        }

        boolean found() { return phrase != null; }
    }

    /** Whether {@code word} is {@code wanted} with the alef of an Arabic indefinite accusative («طفلاً», «مدنياً»). */
    private static boolean accusative(String word, String wanted) {
        return word.length() == wanted.length() + 1 && word.endsWith("ا") && word.startsWith(wanted)
                && Character.UnicodeBlock.of(wanted.charAt(0)) == Character.UnicodeBlock.ARABIC && !wanted.endsWith("ا")
                && !wanted.endsWith("ة");
    }
}
