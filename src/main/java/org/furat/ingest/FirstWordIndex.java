package org.furat.ingest;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.furat.text.Proclitics;

/**
 * The items of a lexicon (phrases, names, numbers) filed under the core of their first word, so that at each
 * word of a text only the items that can start there are tried, not the whole lexicon: trying every item at
 * every word was most of the extractor's time.
 *
 * <p>A text word matches a lexicon word ({@link Proclitics#matchWord}, {@link Proclitics#matchNoun}) only if
 * it ends with the lexicon word's core, the word without a leading ال, after at most five letters (three
 * proclitics and an article), possibly before an accusative alef. So the items worth trying at a word are
 * those filed under one of its {@linkplain Proclitics#cores cores}. The index only narrows the search:
 * callers still match every item it gives, in lexicon order, so what they find does not change. Immutable and
 * thread-safe.
 *
 * @param <T> a lexicon item
 */
final class FirstWordIndex<T> {

    private final List<T> items;
    /** Positions in {@link #items}, ascending, by the {@linkplain LexiconCores number} of their core (null for none). */
    private final int[][] byCore;

    /** An index of {@code items}, each filed under the core of {@code firstWord} (a normalised lexicon word). */
    FirstWordIndex(List<T> items, Function<T, String> firstWord) {
        this.items = List.copyOf(items);
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int k = 0; k < this.items.size(); k++) {
            positions.computeIfAbsent(Proclitics.core(firstWord.apply(this.items.get(k))), c -> new ArrayList<>()).add(k);
        }
        Map<Integer, int[]> numbered = new HashMap<>();
        positions.forEach((core, list) -> numbered.put(LexiconCores.number(core), list.stream().mapToInt(Integer::intValue).toArray()));
        byCore = new int[numbered.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1][];
        numbered.forEach((number, list) -> byCore[number] = list);
    }

    /** The items that may start at word {@code i} of {@code w}, in lexicon order (a superset of those that do). */
    List<T> at(TokenizedText w, int i) {
        return withCores(w.lexiconCores(i));
    }

    /** Whether some item may start at word {@code i} of {@code w}: {@code !at(w, i).isEmpty()}, with nothing made. */
    boolean any(TokenizedText w, int i) {
        for (int core : w.lexiconCores(i)) {
            if (core < byCore.length && byCore[core] != null) return true;
        }
        return false;
    }

    /** The items that may match {@code form}, a normalised word that is not one of a text's (a stem, say). */
    List<T> at(String form) {
        return withCores(LexiconCores.numbersOf(form));
    }

    private List<T> withCores(int[] cores) {
        int[] first = null;
        TreeSet<Integer> more = null;
        for (int core : cores) {
            int[] positions = core < byCore.length ? byCore[core] : null;
            if (positions == null) continue;
            if (first == null) {
                first = positions;
            } else {
                // Rare: two endings of one word are both cores (a word that is a lexicon word both with and
                // without its first letter). Merge, keeping lexicon order.
                if (more == null) more = positions(first);
                more.addAll(positions(positions));
            }
        }
        // Most words start no item: an empty list whose iterator is shared, as callers loop over what comes back.
        if (first == null) return Collections.emptyList();
        return new Items(more == null ? first : more.stream().mapToInt(Integer::intValue).toArray());
    }

    private static TreeSet<Integer> positions(int[] positions) {
        TreeSet<Integer> set = new TreeSet<>();
        for (int p : positions) set.add(p);
        return set;
    }

    /** The items at some positions, as a list: no copying for the common case of one core. */
    private final class Items extends AbstractList<T> {
        private final int[] positions;

        Items(int[] positions) { this.positions = positions; }

        @Override
        public T get(int index) { return items.get(positions[index]); }

        @Override
        public int size() { return positions.length; }
    }
}
