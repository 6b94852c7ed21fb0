package org.furat.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttachedWordsTest {

    private static final List<String> WORDS = List.of("ضبطت", "الفتره", "عدد", "بعد", "after", "مشاركتهم", "ال");

    @Test
    void readsTheFrontsAttachedToAllows() {
        AttachedWords words = AttachedWords.of(WORDS.toArray(String[]::new));
        assertTrue(words.has("وضبطت"));
        assertTrue(words.has("بالفتره"));
        assertTrue(words.has("فتره"), "a word's own article may be left out");
        assertTrue(words.has("للفتره"), "ل + ال written «لل»");
        assertTrue(words.has("وبعد"));
        assertTrue(words.has("after"));
        assertFalse(words.has("thereafter"));
        assertFalse(words.has("ضبطته"), "an ending after the word is another word");
        assertFalse(words.has("سعدد"), "a letter that attaches to nothing");
    }

    @Test
    void anEmptyWordIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> AttachedWords.of("بعد", ""));
        assertFalse(AttachedWords.of("بعد").has(""));
    }

    /** Every front of up to four letters that attachedTo allows or refuses, the same here. */
    @Test
    void agreesWithAttachedToOnEveryShortFront() {
        AttachedWords words = AttachedWords.of(WORDS.toArray(String[]::new));
        List<String> fronts = new java.util.ArrayList<>(List.of(""));
        for (int at = 0; at < fronts.size(); at++) {
            String front = fronts.get(at);
            if (front.length() < 4) for (char c : "وفبكلاسه".toCharArray()) fronts.add(front + c);
        }
        int compared = 0;
        for (String front : fronts) {
            for (String word : List.of("ضبطت", "الفتره", "فتره", "عدد", "بعد", "after")) {
                String text = front + word;
                boolean expected = WORDS.stream().anyMatch(w -> Proclitics.attachedTo(text, w, true));
                assertEquals(expected, words.has(text), text);
                compared++;
            }
        }
        assertTrue(compared > 1000);
    }
}
