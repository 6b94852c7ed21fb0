package org.furat.text;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words a text word may be with attachments in front, as {@link Proclitics#attachedTo} reads a name's first word, all
 * normalised: «ضبطت» in «وضبطت», «الفتره» in «بالفتره» or «فتره». Looked up by the word's endings after each front it may have (an
 * attachment is four letters at most), so a look-up costs a few probes however many words there are, where asking
 * {@code attachedTo} of each word cost a comparison per word, at every word before every event. Immutable.
 */
public final class AttachedWords {

    /** The longest front: a conjunction, a preposition and the article («وبال»). */
    private static final int LONGEST_FRONT = 4;

    /** The words without their own article, as {@code attachedTo} compares them. */
    private final Set<String> cores;

    /** The last letter of each word: most words of a text end in none of them, and are told apart by it. */
    private final String lastLetters;

    private AttachedWords(Set<String> cores) {
        this.cores = cores;
        this.lastLetters = cores.stream().map(core -> core.substring(core.length() - 1)).distinct().collect(Collectors.joining());
    }

    /** The normalised words {@code words}, none empty. */
    public static AttachedWords of(String... words) {
        for (String word : words) if (word.isEmpty()) throw new IllegalArgumentException("An empty word attaches to nothing");
        return new AttachedWords(Set.of(words).stream().map(AttachedWords::core).collect(Collectors.toUnmodifiableSet()));
    }

    /** Whether {@code word} is one of the words, with attachments in front or none ({@link Proclitics#attachedTo}). */
    public boolean has(String word) {
        if (word.isEmpty() || lastLetters.indexOf(word.charAt(word.length() - 1)) < 0) return false;
        for (int f = 0; f <= Math.min(LONGEST_FRONT, word.length() - 1); f++) {
            if (attaches(word, f) && cores.contains(word.substring(f))) return true;
        }
        return false;
    }

    /** As {@code attachedTo} takes a name's article off. */
    private static String core(String word) {
        return word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
    }

    /**
     * Whether the first {@code length} letters of {@code word} may be attached to a name's first word: nothing, the
     * article, a conjunction (و ف) then a preposition (ب ك ل), then the article or, after ل, «ل» (ل + ال written «لل»).
     */
    private static boolean attaches(String word, int length) {
        if (length == 0) return true;
        if (length == 2 && word.startsWith("ال")) return true;
        int k = 0;
        if (k < length && (word.charAt(k) == 'و' || word.charAt(k) == 'ف')) k++;
        if (k < length && "بكل".indexOf(word.charAt(k)) >= 0) k++;
        int rest = length - k;
        return rest == 0 || rest == 2 && word.startsWith("ال", k) || rest == 1 && word.charAt(k) == 'ل' && word.charAt(k - 1) == 'ل';
    }
}
