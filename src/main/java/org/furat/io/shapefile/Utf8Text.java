package org.furat.io.shapefile;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text cut to a byte budget, as fixed-width DBF character fields need: the cut falls between code
 * points, so it never splits a multi-byte sequence (Arabic letters take two bytes, emoji four) nor a UTF-16
 * surrogate pair. Stateless and thread-safe.
 */
public final class Utf8Text {

    private static final String REPLACEMENT = "\uFFFD";

    private Utf8Text() {}

    /** How many bytes the code point takes in UTF-8; a lone surrogate counts as U+FFFD (three bytes). */
    static int utf8Length(int codePoint) {
        if (codePoint < 0x80) return 1;
        if (codePoint < 0x800) return 2;
        if (codePoint < 0x10000) return 3;
        return 4;
    }

    /**
     * The longest prefix of {@code text} whose UTF-8 encoding takes at most {@code maxBytes} bytes, ending on a
     * code point boundary. A lone (unpaired) surrogate is replaced by U+FFFD, which is what gets written.
     */
    public static String truncate(String text, int maxBytes) {
        if (maxBytes < 0) throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        StringBuilder out = null;
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int chars = Character.charCount(codePoint);
            boolean lone = chars == 1 && Character.isSurrogate(text.charAt(i));
            int length = utf8Length(codePoint);
            if (bytes + length > maxBytes) return out != null ? out.toString() : text.substring(0, i);
            if (lone && out == null) out = new StringBuilder(text.substring(0, i));
            if (out != null) {
                if (lone) out.append(REPLACEMENT);
                else out.appendCodePoint(codePoint);
            }
            bytes += length;
            i += chars;
        }
        return out != null ? out.toString() : text;
    }

    /** The UTF-8 bytes of the text cut to {@code maxBytes} as {@link #truncate} does. */
    static byte[] truncatedBytes(String text, int maxBytes) {
        return truncate(text, maxBytes).getBytes(StandardCharsets.UTF_8);
    }
}
