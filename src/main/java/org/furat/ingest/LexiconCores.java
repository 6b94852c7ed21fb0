package org.furat.ingest;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.furat.text.Proclitics;

/**
 * The cores of the lexicon words every {@link FirstWordIndex} files, each given a small number once. A word of a
 * text has up to a dozen cores ({@link Proclitics#cores}) and a dozen indexes look each word up, most of them for
 * cores no lexicon has: numbering the cores that some lexicon has, once per word
 * ({@link TokenizedText#lexiconCores}), turns those lookups into reads of an array. Numbers only grow, and
 * {@link #count} tells a text whether its numbering is out of date. Thread-safe.
 *
 * <p>A word's cores are its endings, so the numbered cores are kept letter by letter from their last letter back
 * ({@link Suffixes}): walking a word from its end finds those of its cores that have numbers with no substring
 * made and no string hashed, which took a tenth of the extractor's time when every core was looked up.
 */
final class LexiconCores {

    private static final Map<String, Integer> NUMBERS = new HashMap<>(); // guarded by LexiconCores.class
    private static final int[] NONE = new int[0];
    /** The most cores a word has: up to six endings ({@link Proclitics#lastCoreStart}), with and without an accusative alef. */
    static final int MOST_CORES = 12;
    /** {@code NUMBERS.size()}, read at every lookup of a text's numbering, so kept apart. */
    private static volatile int count;
    /** The numbered cores as of some count; made again when a lookup finds more cores numbered since. */
    private static volatile Suffixes suffixes = new Suffixes(Map.of(), 0);

    private LexiconCores() {}

    /** The number of {@code core}, given now if no lexicon had it before. */
    static synchronized int number(String core) {
        Integer n = NUMBERS.get(core);
        if (n == null) {
            n = NUMBERS.size();
            NUMBERS.put(core, n);
            count = n + 1;
        }
        return n;
    }

    /** Whether {@code core} has a number: some lexicon has it. */
    static synchronized boolean has(String core) {
        return NUMBERS.containsKey(core);
    }

    /** How many cores have a number: a numbering made when there were fewer may lack some. */
    static int count() {
        return count;
    }

    /**
     * The numbers of those {@linkplain Proclitics#cores cores} of the normalised word {@code form} that some lexicon
     * has, in the order {@code Proclitics.cores} gives them.
     */
    static int[] numbersOf(String form) {
        return numbersOf(form, new int[MOST_CORES]);
    }

    /** {@link #numbersOf}, with {@code scratch} (of {@link #MOST_CORES}) to find them in: no array made for a word with none. */
    static int[] numbersOf(String form, int[] scratch) {
        Suffixes known = suffixes;
        if (known.count != count) known = remade();
        int[] found = scratch;
        int n = known.endingAt(form, form.length(), found, 0);
        int accusative = Proclitics.accusativeEnd(form);
        if (accusative > 0) n = known.endingAt(form, accusative, found, n);
        return n == 0 ? NONE : Arrays.copyOf(found, n);
    }

    private static synchronized Suffixes remade() {
        if (suffixes.count != count) suffixes = new Suffixes(NUMBERS, count);
        return suffixes;
    }

    /** Numbered cores, letter by letter from the last: each node is an ending, with its number if it is a core. */
    private static final class Suffixes {
        private final int count;
        private final Node root = new Node();

        Suffixes(Map<String, Integer> numbers, int count) {
            this.count = count;
            numbers.forEach((core, number) -> {
                Node node = root;
                for (int k = core.length() - 1; k >= 0; k--) node = node.childOrNew(core.charAt(k));
                node.number = number;
            });
            root.freeze();
        }

        /**
         * Puts in {@code into} from {@code n} on the numbers of the cores of {@code form} that end at {@code length},
         * longest first, and says where they end in it.
         */
        int endingAt(String form, int length, int[] into, int n) {
            int lastStart = Proclitics.lastCoreStart(form, length), from = n;
            Node node = root;
            for (int k = length - 1; k >= 0 && (node = node.child(form.charAt(k))) != null; k--) {
                if (k <= lastStart && node.number >= 0) into[n++] = node.number;
            }
            for (int a = from, b = n - 1; a < b; a++, b--) { // found shortest first
                int t = into[a];
                into[a] = into[b];
                into[b] = t;
            }
            return n;
        }
    }

    private static final class Node {
        private char[] letters = new char[0];
        private Node[] children = new Node[0];
        private int number = -1;

        /** {@link #children} by letter from {@link #first}, for a node with many: the root has one per last letter. */
        private Node[] byLetter;
        private char first;

        Node child(char letter) {
            if (byLetter != null) {
                int at = letter - first;
                return at >= 0 && at < byLetter.length ? byLetter[at] : null;
            }
            if (letters.length > FEW) {
                int at = Arrays.binarySearch(letters, letter);
                return at < 0 ? null : children[at];
            }
            for (int k = 0; k < letters.length; k++) { // a few letters: a scan is quicker than a search
                if (letters[k] == letter) return children[k];
            }
            return null;
        }

        /** Files the children of nodes with many by letter, once the tree is built. */
        void freeze() {
            if (letters.length > FEW && letters[letters.length - 1] - letters[0] < MAX_SPREAD) {
                first = letters[0];
                byLetter = new Node[letters[letters.length - 1] - first + 1];
                for (int k = 0; k < letters.length; k++) byLetter[letters[k] - first] = children[k];
            }
            for (Node child : children) child.freeze();
        }

        /** Up to this many children are scanned; more are filed by letter if their letters lie within MAX_SPREAD, else searched. */
        private static final int FEW = 6, MAX_SPREAD = 4096;

        Node childOrNew(char letter) {
            int at = Arrays.binarySearch(letters, letter);
            if (at >= 0) return children[at];
            int insert = -at - 1;
            letters = insertAt(letters, insert, letter);
            Node[] more = new Node[children.length + 1];
            System.arraycopy(children, 0, more, 0, insert);
            more[insert] = new Node();
            System.arraycopy(children, insert, more, insert + 1, children.length - insert);
            children = more;
            return more[insert];
        }

        private static char[] insertAt(char[] letters, int at, char letter) {
            char[] more = new char[letters.length + 1];
            System.arraycopy(letters, 0, more, 0, at);
            more[at] = letter;
            System.arraycopy(letters, at, more, at + 1, letters.length - at);
            return more;
        }
    }
}
