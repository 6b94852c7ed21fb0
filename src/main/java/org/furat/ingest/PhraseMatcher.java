package org.furat.ingest;

import java.util.ArrayList;
import java.util.List;
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

    /** A phrase, numbered in the order it was added: of two that match the same words, the first added wins. */
    private record Phrase<T>(List<String> keys, T value, int order) {}

    /**
     * The phrases' first words letter by letter, each phrase kept at the node where its first word ends: the phrases
     * a word can start lie on the path of its letters, found with no substring, hash or boxed key.
     */
    private static final class Node<T> {
        private char[] letters = new char[0];
        private final List<Node<T>> children = new ArrayList<>();
        private final List<Phrase<T>> ending = new ArrayList<>();

        Node<T> child(char letter) {
            int at = java.util.Arrays.binarySearch(letters, letter);
            return at < 0 ? null : children.get(at);
        }

        Node<T> childOrNew(char letter) {
            int at = java.util.Arrays.binarySearch(letters, letter);
            if (at >= 0) return children.get(at);
            int insert = -at - 1;
            char[] more = new char[letters.length + 1];
            System.arraycopy(letters, 0, more, 0, insert);
            more[insert] = letter;
            System.arraycopy(letters, insert, more, insert + 1, letters.length - insert);
            letters = more;
            Node<T> child = new Node<>();
            children.add(insert, child);
            return child;
        }
    }

    private final Node<T> firstWords = new Node<>();
    private int added;
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
        Node<T> node = firstWords;
        for (char letter : keys.get(0).toCharArray()) node = node.childOrNew(letter);
        node.ending.add(new Phrase<>(keys, value, added++));
    }

    List<Match<T>> find(TokenizedText words) {
        List<Match<T>> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String key = words.get(i).key();
            if (key.isEmpty()) continue;
            Match<T> best = null;
            int bestOrder = Integer.MAX_VALUE;
            Node<T> node = firstWords;
            for (int c = 0; c < key.length() && (node = node.child(key.charAt(c))) != null; c++) {
                // In prefix mode a first word of two letters or more may begin the word; otherwise it must be the
                // word, or the word but its accusative alef.
                boolean whole = c == key.length() - 1, accusative = c == key.length() - 2 && key.charAt(c + 1) == 'ا';
                if (!(prefixes && c >= 1) && !whole && !accusative) continue;
                for (Phrase<T> phrase : node.ending) {
                    int end = lastWord(words, phrase.keys(), 0, i);
                    if (end < 0 || best != null && (end < best.to() || end == best.to() && phrase.order() > bestOrder)) continue;
                    best = new Match<>(phrase.value(), i, end);
                    bestOrder = phrase.order();
                }
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
