package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.furat.text.Proclitics;
import org.junit.jupiter.api.Test;

/** A word's numbered cores are those of its {@link Proclitics#cores} that some lexicon numbered, in the same order. */
class LexiconCoresTest {

    /** Cores numbered here (other lexicons may have numbered more), some of them the endings of others. */
    private static final List<String> NUMBERED = List.of("قصف", "لقصف", "عنصر", "عنصرا", "صرا", "مقتل", "تل", "killed", "ed",
            "x\uD835\uDC00y"); // a letter outside the Basic Multilingual Plane, written as two chars

    @Test
    void aWordsNumberedCoresComeLongestFirstAndOnlyAfterProclitics() {
        NUMBERED.forEach(LexiconCores::number);
        assertArrayEquals(new int[] {LexiconCores.number("لقصف"), LexiconCores.number("قصف")}, LexiconCores.numbersOf("وبالقصف"));
        assertArrayEquals(new int[] {LexiconCores.number("عنصرا"), LexiconCores.number("عنصر")}, LexiconCores.numbersOf("عنصرا"),
                "the word, then the word without its accusative alef");
        assertArrayEquals(new int[0], LexiconCores.numbersOf("مقصف"), "م is no proclitic: قصف is no core of مقصف");
        assertArrayEquals(new int[0], LexiconCores.numbersOf("xqkilled"), "a Latin word has itself as its only core");
    }

    @Test
    void theyAreProcliticsCoresThatHaveNumbers() {
        NUMBERED.forEach(LexiconCores::number);
        for (String form : List.of("وبالقصف", "فلقصف", "قصف", "عنصرا", "والعنصرا", "بعنصر", "ومقتل", "مقتلا", "وللقصف", "killed",
                "ed", "kkilled", "وبلالقصف", "تل", "وتل", "ا", "فا", "x\uD835\uDC00y")) {
            int[] expected = Arrays.stream(Proclitics.cores(form)).filter(LexiconCores::has).mapToInt(LexiconCores::number).toArray();
            assertArrayEquals(expected, LexiconCores.numbersOf(form), form);
        }
    }

    @Test
    void coreWordsAreFoundWithTheirProclitics() {
        CoreWords verbs = new CoreWords(Set.of("تعرض", "تعرضت"));
        TokenizedText w = new TokenizedText("وتعرضت امرأة لإصابة وتعرض طفل لجروح ومعرض");
        assertEquals("تعرضت", verbs.at(w, 0), "the longest of the words the text word may be");
        assertNull(verbs.at(w, 1));
        assertEquals("تعرض", verbs.at(w, 3));
        assertNull(verbs.at(w, 6), "م is no proclitic");
    }
}
