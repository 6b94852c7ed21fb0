package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LetterNodeTest {

    /** The value of the word that ends at the node its letters lead to, or null. */
    private static <V> V lookUp(LetterNode<V> root, String word) {
        LetterNode<V> node = root;
        for (int k = 0; k < word.length() && node != null; k++) node = node.child(word.charAt(k));
        return node == null ? null : node.value();
    }

    @Test
    void aWordLeadsToItsValueAndAWordOnTheWayToNone() {
        LetterNode<String> root = new LetterNode<>();
        root.add("قصف").value("shelling");
        root.add("قصفت").value("shelled");
        assertEquals("shelling", lookUp(root, "قصف"));
        assertEquals("shelled", lookUp(root, "قصفت"));
        assertNull(lookUp(root, "قص"), "a word on the way to others has no value of its own");
        assertNull(lookUp(root, "قصفته"));
        assertNull(lookUp(root, "غارة"));
    }

    /**
     * Words of few and of many letters at one node, Arabic and Latin letters together (filed by letter) and letters far
     * apart (searched): every word added is found with its value, and no other.
     */
    @Test
    void nodesWithFewAndManyChildrenFindTheSameWords() {
        char[] alphabet = "abcXYZابتثجحخدذرزسشصضطظعغفقكلمنهوي\u4e00\u4e01".toCharArray();
        Random random = new Random(7L);
        LetterNode<Integer> root = new LetterNode<>();
        Map<String, Integer> added = new HashMap<>();
        for (int n = 0; n < 3000; n++) {
            String word = word(random, alphabet);
            added.put(word, n);
            root.add(word).value(n);
        }
        added.forEach((word, value) -> assertEquals(value, lookUp(root, word), word));
        for (int n = 0; n < 10000; n++) {
            String word = word(random, alphabet);
            assertEquals(added.get(word), lookUp(root, word), word);
        }
    }

    private static String word(Random random, char[] alphabet) {
        StringBuilder b = new StringBuilder();
        for (int k = 1 + random.nextInt(4); k > 0; k--) b.append(alphabet[random.nextInt(alphabet.length)]);
        return b.toString();
    }
}
