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
 * otherwise words must be equal, which names need ("IS" must not find "Israel"). Where matches overlap the
 * longest wins. Thread-safe once filled.
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

    void add(String phrase, T value) {
        List<String> keys = Tokenizer.tokens(phrase).stream().map(Token::key).toList();
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
                int end = i + phrase.keys().size() - 1;
                if (end >= words.size() || (best != null && end <= best.to())) continue;
                boolean all = true;
                for (int k = 0; k < phrase.keys().size() && all; k++) {
                    String word = words.get(i + k).key(), wanted = phrase.keys().get(k);
                    all = prefixes ? word.startsWith(wanted) : word.equals(wanted);
                }
                if (all) best = new Match<>(phrase.value(), i, end);
            }
            if (best != null) {
                found.add(best);
                i = best.to();
            }
        }
        return found;
    }
}
