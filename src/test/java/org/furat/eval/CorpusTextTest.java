package org.furat.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CorpusTextTest {

    @Test
    void theHeaderGivesDateUrlAndLanguageAndTheBodyIsWhatFollowsTheEmptyLine() {
        CorpusText t = CorpusText.parse("001.txt", "URL: https://example.org/a\nDATE: 2023-05-01\nLANG: en\n\nFirst line.\n\nSecond.");
        assertEquals("https://example.org/a", t.url());
        assertEquals(LocalDate.of(2023, 5, 1), t.published());
        assertEquals("en", t.lang());
        assertEquals("First line.\n\nSecond.", t.body());
        // sha1("abc"), the standard test vector: the body's UTF-8 bytes are hashed as the annotations record them.
        assertEquals("a9993e364706816aba3e25717850c26c9cd0d89d", CorpusText.parse("x", "DATE: unknown\n\nabc").bodySha1());
    }

    @Test
    void anUnknownDateIsNullAndABadOneIsRefused() {
        assertNull(CorpusText.parse("x", "URL: u\nDATE: unknown\nLANG: ar\n\nنص").published());
        assertThrows(IllegalArgumentException.class, () -> CorpusText.parse("x", "DATE: 5/1/2023\n\nbody"));
        assertThrows(IllegalArgumentException.class, () -> CorpusText.parse("x", "no header at all"));
    }
}
