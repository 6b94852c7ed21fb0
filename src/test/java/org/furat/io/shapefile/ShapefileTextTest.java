package org.furat.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Text cut to a DBF field's width in bytes never splits a code point. */
class ShapefileTextTest {

    @Test
    void arabicTakesTwoBytesALetter() {
        assertEquals("مر", Utf8Text.truncate("مرحبا", 5));
        assertEquals("مرح", Utf8Text.truncate("مرحبا", 6));
        assertEquals("مرحبا", Utf8Text.truncate("مرحبا", 10));
    }

    @Test
    void anEmojiIsNotSplitNorItsSurrogatePair() {
        assertEquals("a", Utf8Text.truncate("a😀b", 4));
        assertEquals("a😀", Utf8Text.truncate("a😀b", 5));
        assertEquals("", Utf8Text.truncate("😀", 3));
    }

    @Test
    void shortTextIsUnchanged() {
        String text = "Deir ez-Zor دير الزور";
        assertEquals(text, Utf8Text.truncate(text, 254));
    }

    @Test
    void aLoneSurrogateBecomesTheReplacementCharacter() {
        assertEquals("a\uFFFDb", Utf8Text.truncate("a\uD800b", 10));
        assertEquals("a", Utf8Text.truncate("a\uDC00b", 3));
    }

    /**
     * Property: over random strings mixing Arabic (with vowel marks), Latin, digits and emoji, the cut is a prefix
     * of the text, fits the width, is the longest that fits, and is valid UTF-8 whose decoding gives it back.
     */
    @Test
    void randomTextIsCutOnCodePointBoundaries() throws CharacterCodingException {
        long seed = 1_000_003L;
        Random random = new Random(seed);
        int[][] ranges = {{'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {' ', ' '}, {0x0621, 0x064A}, {0x064B, 0x0652}, {0x00E0, 0x00FF},
                {0x1F600, 0x1F64F}, {0x1F1E6, 0x1F1FF}, {0x4E00, 0x4E20}};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                int[] range = ranges[random.nextInt(ranges.length)];
                text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
            }
            String input = text.toString();
            int width = random.nextInt(255);
            String cut = Utf8Text.truncate(input, width);
            String context = "seed " + seed + ", round " + round + ", width " + width;
            assertTrue(input.startsWith(cut), context);
            byte[] bytes = cut.getBytes(StandardCharsets.UTF_8);
            assertTrue(bytes.length <= width, context);
            if (cut.length() < input.length()) {
                assertFalse(Character.isLowSurrogate(input.charAt(cut.length())), "split a surrogate pair: " + context);
                int next = input.codePointAt(cut.length());
                assertTrue(bytes.length + new String(Character.toChars(next)).getBytes(StandardCharsets.UTF_8).length > width,
                        "not the longest prefix that fits: " + context);
            }
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            assertEquals(cut, decoded, context);
            assertEquals(bytes.length, Utf8Text.truncatedBytes(input, width).length, context);
        }
    }
}
