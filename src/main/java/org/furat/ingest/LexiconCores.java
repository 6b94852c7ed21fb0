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
        private final LetterNode<Integer> root = new LetterNode<>();

        Suffixes(Map<String, Integer> numbers, int count) {
            this.count = count;
            numbers.forEach((core, number) -> {
                // Char by char from the last, as endingAt walks a word: a reversed string would keep surrogate pairs in order.
                LetterNode<Integer> node = root;
                for (int k = core.length() - 1; k >= 0; k--) node = node.childOrNew(core.charAt(k));
                node.value(number);
            });
        }

        /**
         * Puts in {@code into} from {@code n} on the numbers of the cores of {@code form} that end at {@code length},
         * longest first, and says where they end in it.
         */
        int endingAt(String form, int length, int[] into, int n) {
            int lastStart = Proclitics.lastCoreStart(form, length), from = n;
            LetterNode<Integer> node = root;
            for (int k = length - 1; k >= 0 && (node = node.child(form.charAt(k))) != null; k--) {
                if (k <= lastStart && node.value() != null) into[n++] = node.value();
            }
            for (int a = from, b = n - 1; a < b; a++, b--) { // found shortest first
                int t = into[a];
                into[a] = into[b];
                into[b] = t;
            }
            return n;
        }
    }
}
