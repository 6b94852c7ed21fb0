package org.furat.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cores of the lexicon words every {@link FirstWordIndex} files, each given a small number once. A word of a
 * text has up to six cores ({@link org.furat.text.Proclitics#cores}) and a dozen indexes look each word up, most
 * of them for cores no lexicon has: numbering the cores that some lexicon has, once per word
 * ({@link TokenizedText#lexiconCores}), turns those lookups into reads of an array. Numbers only grow, and
 * {@link #count} tells a text whether its numbering is out of date. Thread-safe.
 */
final class LexiconCores {

    private static final Map<String, Integer> NUMBERS = new ConcurrentHashMap<>();
    private static final int[] NONE = new int[0];
    /** {@code NUMBERS.size()}, read at every lookup of a text's numbering, so kept apart. */
    private static volatile int count;

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

    /** How many cores have a number: a numbering made when there were fewer may lack some. */
    static int count() {
        return count;
    }

    /** The numbers of those of {@code cores} that some lexicon has, in the same order. */
    static int[] numbersOf(String[] cores) {
        int[] found = null;
        int n = 0;
        for (String core : cores) {
            Integer number = NUMBERS.get(core);
            if (number == null) continue;
            if (found == null) found = new int[cores.length];
            found[n++] = number;
        }
        return found == null ? NONE : java.util.Arrays.copyOf(found, n);
    }
}
