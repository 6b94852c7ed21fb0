package org.furat.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.furat.text.Token;
import org.furat.text.Tokenizer;

/**
 * Finds phrases in a text word by word, after normalisation and prefix stripping (so «الصاروخية» finds
 * «وبالصاروخية»). In prefix mode each word of a phrase need only begin the text's word («قصف» finds «قصفت»);
 * otherwise words must be equal, which names need ("IS" must not find "Israel"). A {@code …} in a phrase stands for
 * up to {@link #GAP_WORDS} words of the same sentence: Arabic tells the verb first and its subject before the rest
 * («سيطرت … على» finds «سيطرت قوات العشائر على»). Where matches overlap the longest wins. Thread-safe once filled.
 *
 * @param <T> what a phrase stands for (a sub-event type, an actor key)
 */
final class PhraseMatcher<T> {

    /** A phrase found: what it stands for and its words, from {@code from} to {@code to} (both included), as token indexes. */
    record Match<T>(T value, int from, int to) {}

    private record Phrase<T>(List<String> keys, T value) {}

    /** Phrases by the first two letters of their first word (see {@link #firstLetters}). */
    private final Map<Integer, List<Phrase<T>>> byFirstLetters = new HashMap<>();
    private final boolean prefixes;

    PhraseMatcher(boolean prefixes) {
        this.prefixes = prefixes;
    }

    /** The key that stands for a gap of words in a phrase's keys: no word has it. */
    private static final String GAP = "…";
    /** The most words a gap stands for: a subject of a few words («قوات سوريا الديمقراطية»). */
    static final int GAP_WORDS = 4;

    void add(String phrase, T value) {
        List<String> keys = new ArrayList<>();
        String[] parts = phrase.split(GAP, -1);
        for (int p = 0; p < parts.length; p++) {
            if (p > 0) keys.add(GAP);
            Tokenizer.tokens(parts[p]).stream().map(Token::key).forEach(keys::add);
        }
        // A phrase of one letter alone would be found in every "a"; one whose first word is a letter ("U.S. forces",
        // cut at its stops into "u", "s", "forces") is kept.
        if (keys.isEmpty() || keys.get(0).isEmpty() || keys.size() == 1 && keys.get(0).length() < 2) return;
        byFirstLetters.computeIfAbsent(firstLetters(keys.get(0)), k -> new ArrayList<>()).add(new Phrase<>(keys, value));
    }

    /** A word's first two letters (its only one, for a word of one) as one number: a key that needs no substring. */
    private static int firstLetters(String key) {
        return key.charAt(0) << 16 | (key.length() > 1 ? key.charAt(1) : 0);
    }

    List<Match<T>> find(TokenizedText words) {
        List<Match<T>> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String key = words.get(i).key();
            if (key.isEmpty()) continue;
            Match<T> best = null;
            for (Phrase<T> phrase : byFirstLetters.getOrDefault(firstLetters(key), List.of())) {
                int end = lastWord(words, phrase.keys(), 0, i);
                if (end >= 0 && (best == null || end > best.to())) best = new Match<>(phrase.value(), i, end);
            }
            if (best != null) {
                found.add(best);
                i = best.to();
            }
        }
        return found;
    }

    /** The index of the last word of {@code keys} from key {@code k} on found at word {@code i}, or -1. */
    private int lastWord(TokenizedText words, List<String> keys, int k, int i) {
        if (k == keys.size()) return i - 1;
        if (keys.get(k).equals(GAP)) {
            for (int next = i; next <= i + GAP_WORDS && (next == i || words.joined(next - 1)); next++) {
                int end = lastWord(words, keys, k + 1, next);
                if (end >= 0) return end;
            }
            return -1;
        }
        if (i >= words.size() || k > 0 && !words.joined(i)) return -1;
        String word = words.get(i).key(), wanted = keys.get(k);
        return (prefixes ? word.startsWith(wanted) : word.equals(wanted) || accusative(word, wanted))
                ? lastWord(words, keys, k + 1, i + 1) : -1;
    }

    /** Whether {@code word} is {@code wanted} with the alef of an Arabic indefinite accusative («طفلاً», «مدنياً»). */
    private static boolean accusative(String word, String wanted) {
        return word.length() == wanted.length() + 1 && word.endsWith("ا") && word.startsWith(wanted)
                && Character.UnicodeBlock.of(wanted.charAt(0)) == Character.UnicodeBlock.ARABIC && !wanted.endsWith("ا")
                && !wanted.endsWith("ة");
    }
}
