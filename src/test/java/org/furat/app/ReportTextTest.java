package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A report's bytes as text: UTF-8, and UTF-16 with or without its byte-order mark; binary refused. */
class ReportTextTest {

    private static final String ARABIC = "قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور، ما أدى إلى مقتل مدنيين اثنين وإصابة 5 آخرين.";
    private static final String ENGLISH = "US forces shelled Khasham in the Deir ez-Zor countryside yesterday, killing two civilians.";

    @Test
    void utf16IsTextWithOrWithoutItsByteOrderMark() {
        for (String text : new String[]{ARABIC, ENGLISH}) {
            assertEquals(text, ReportText.decode("le.txt", bytes(text, StandardCharsets.UTF_16LE, false)));
            assertEquals(text, ReportText.decode("be.txt", bytes(text, StandardCharsets.UTF_16BE, false)));
            assertEquals(text, ReportText.decode("le-bom.txt", bytes(text, StandardCharsets.UTF_16LE, true)));
            assertEquals(text, ReportText.decode("be-bom.txt", bytes(text, StandardCharsets.UTF_16BE, true)));
        }
    }

    @Test
    void utf8WithOrWithoutItsByteOrderMark() {
        assertEquals(ARABIC, ReportText.decode("a.txt", ARABIC.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ARABIC, ReportText.decode("a.txt", ("\uFEFF" + ARABIC).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void zeroBytesThatAreNoUtf16AreBinary() {
        byte[] binary = new byte[64];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i % 3 == 0 ? 0 : 7 * i);
        var e = assertThrows(IllegalArgumentException.class, () -> ReportText.decode("x.bin", binary));
        assertEquals("x.bin is a binary file, not text; nothing was stored", e.getMessage());
        // Zeros on one side of each pair, but control characters once read as UTF-16: still binary.
        byte[] pairs = new byte[64];
        Arrays.fill(pairs, (byte) 1);
        for (int i = 1; i < pairs.length; i += 2) pairs[i] = 0;
        assertEquals("p.bin is a binary file, not text; nothing was stored",
                assertThrows(IllegalArgumentException.class, () -> ReportText.decode("p.bin", pairs)).getMessage());
        // The start of a JPEG: zeros only at odd positions, but no UTF-16 (a lone surrogate).
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10, 'J', 'F', 'I', 'F', 0};
        assertEquals("photo.html is a binary file, not text; nothing was stored",
                assertThrows(IllegalArgumentException.class, () -> ReportText.decode("photo.html", jpeg)).getMessage());
    }

    @Test
    void brokenUtf8IsRefused() {
        byte[] bytes = {(byte) 0xD9, (byte) 0x82, (byte) 0xD9};
        assertEquals("bad.txt is not valid UTF-8 text; nothing was stored",
                assertThrows(IllegalArgumentException.class, () -> ReportText.decode("bad.txt", bytes)).getMessage());
    }

    private static byte[] bytes(String text, Charset charset, boolean mark) {
        return ((mark ? "\uFEFF" : "") + text).getBytes(charset);
    }
}
