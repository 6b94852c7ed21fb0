package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirstWordLengthsTest {

    @Test
    void theLongestNameStartingWithAWord() {
        FirstWordLengths lengths = new FirstWordLengths(Set.of("دير الزور", "دير الزور الجديده", "دير", "ميادين", "al bukamal"));
        assertEquals(3, lengths.longest("دير"));
        assertEquals(1, lengths.longest("ميادين"));
        assertEquals(2, lengths.longest("al"));
        assertEquals(0, lengths.longest("الزور"), "a word inside a name starts none");
        assertEquals(0, lengths.longest("قصف"));
        assertEquals(0, new FirstWordLengths(Set.of()).longest("دير"));
    }

    /** Many names and many more words that start none: the sieve in front of the map never turns a first word away. */
    @Test
    void everyFirstWordIsFoundAndNoOtherWord() {
        Random random = new Random(3L);
        Set<String> names = new HashSet<>();
        Map<String, Integer> most = new HashMap<>();
        for (int n = 0; n < 5000; n++) {
            int words = 1 + random.nextInt(4);
            StringBuilder name = new StringBuilder();
            for (int w = 0; w < words; w++) name.append(w == 0 ? "" : " ").append(word(random));
            names.add(name.toString());
            most.merge(name.toString().split(" ")[0], words, Math::max);
        }
        FirstWordLengths lengths = new FirstWordLengths(names);
        most.forEach((first, longest) -> assertEquals(longest, lengths.longest(first), first));
        for (int n = 0; n < 20000; n++) {
            String w = word(random);
            assertEquals(most.getOrDefault(w, 0), lengths.longest(w), w);
        }
    }

    private static String word(Random random) {
        StringBuilder b = new StringBuilder();
        for (int k = 2 + random.nextInt(4); k > 0; k--) b.append((char) ('\u0627' + random.nextInt(20)));
        return b.toString();
    }
}
