package org.furat.ingest;

import java.util.Collection;

/**
 * A few Arabic lexicon words a finder looks for at every word of a text («تعرض», «لقي»), found by the text word's
 * numbered cores ({@link TokenizedText#lexiconCores}) as a {@link FirstWordIndex} finds its items: a text word is
 * one of them if one of its cores is, with proclitics in front («وتعرض»). Immutable and thread-safe.
 */
final class CoreWords {

    /** The words by their core's number; null where a number is another lexicon's. */
    private final String[] byNumber;

    /** {@code words}, normalised and without a leading article. */
    CoreWords(Collection<String> words) {
        int[] numbers = words.stream().mapToInt(LexiconCores::number).toArray();
        byNumber = new String[java.util.Arrays.stream(numbers).max().orElse(-1) + 1];
        int k = 0;
        for (String word : words) byNumber[numbers[k++]] = word;
    }

    /** The longest of the words that word {@code i} of {@code w} is, with proclitics in front, or null. */
    String at(TokenizedText w, int i) {
        for (int number : w.lexiconCores(i)) {
            if (number < byNumber.length && byNumber[number] != null) return byNumber[number];
        }
        return null;
    }
}
