package org.furat.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The mentions of a text filed by where they start, so the ones inside a sentence are found by a binary search
 * instead of a look at every mention of the text: a report of thousands of sentences would otherwise cost
 * sentences times mentions. Results keep the mentions' own order.
 */
final class Within<T> {

    private final List<T> mentions;
    private final Function<T, Span> spanOf;
    /** Positions in {@code mentions}, by start. */
    private final Integer[] byStart;

    Within(List<T> mentions, Function<T, Span> spanOf) {
        this.mentions = mentions;
        this.spanOf = spanOf;
        byStart = new Integer[mentions.size()];
        for (int i = 0; i < byStart.length; i++) byStart[i] = i;
        Arrays.sort(byStart, Comparator.comparingInt(i -> spanOf.apply(mentions.get(i)).start()));
    }

    /** The mentions whose span lies within {@code sentence}, in their original order. */
    List<T> in(Span sentence) {
        int lo = 0, hi = byStart.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start(mid) < sentence.start()) lo = mid + 1;
            else hi = mid;
        }
        List<Integer> found = new ArrayList<>();
        for (int k = lo; k < byStart.length && start(k) <= sentence.end(); k++) {
            if (spanOf.apply(mentions.get(byStart[k])).within(sentence)) found.add(byStart[k]);
        }
        found.sort(null);
        List<T> result = new ArrayList<>(found.size());
        for (int i : found) result.add(mentions.get(i));
        return result;
    }

    private int start(int k) {
        return spanOf.apply(mentions.get(byStart[k])).start();
    }
}
