package org.furat.app;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A report's bytes as text. UTF-8 is expected; UTF-16 is recognised by its byte-order mark, or without one when
 * the zero bytes of its ASCII characters (spaces, digits, Latin letters) all fall on one side of each pair.
 * A byte-order mark says only how the file is encoded, so it is not kept. Anything else (zero bytes elsewhere,
 * invalid sequences, and control characters in guessed UTF-16) is refused as binary or as not UTF-8 text, with a
 * message naming the file.
 */
final class ReportText {
    private ReportText() {}

    /** At least one unit in this many must have a zero byte, on the same side of every pair, to read BOM-less UTF-16. */
    private static final int UTF16_ZERO_SHARE = 20;

    static String decode(String name, byte[] bytes) {
        if (bytes.length == 0) throw new IllegalArgumentException(name + " is empty; nothing was stored");
        if (bytes.length > ReportFiles.MAX_BYTES) throw new IllegalArgumentException(ReportFiles.tooLarge(name));
        Charset utf16 = utf16(bytes);
        if (utf16 != null) {
            // Without a byte-order mark UTF-16 is only a guess from the zero bytes: if it does not decode, it was binary.
            boolean marked = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                    || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
            String text;
            try {
                text = strict(name, bytes, utf16, "UTF-16 text with a broken character");
            } catch (IllegalArgumentException e) {
                if (marked) throw e;
                throw binary(name);
            }
            text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            if (hasControlCharacters(text)) throw binary(name);
            return text;
        }
        for (byte b : bytes) if (b == 0) throw binary(name);
        String text = strict(name, bytes, StandardCharsets.UTF_8, "not valid UTF-8 text");
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** UTF-16 with the byte order its mark gives, or that its zero bytes show; null for anything else. */
    static Charset utf16(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (bytes.length % 2 != 0) return null;
        int zerosEven = 0, zerosOdd = 0;
        for (int i = 0; i < bytes.length; i += 2) {
            if (bytes[i] == 0) zerosEven++;
            if (bytes[i + 1] == 0) zerosOdd++;
        }
        int units = bytes.length / 2;
        boolean enough = Math.max(zerosEven, zerosOdd) * UTF16_ZERO_SHARE >= units;
        // A rare character such as U+0600 or U+2000 has a zero low byte: allow a few on the other side.
        if (!enough || Math.min(zerosEven, zerosOdd) * 100 > Math.max(zerosEven, zerosOdd)) return null;
        // Big-endian puts the zero high byte of an ASCII character first, little-endian second.
        return zerosEven > zerosOdd ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    }

    private static String strict(String name, byte[] bytes, Charset charset, String what) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(name + " is " + what + "; nothing was stored");
        }
    }

    private static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') return true;
        }
        return false;
    }

    private static IllegalArgumentException binary(String name) {
        return new IllegalArgumentException(name + " is a binary file, not text; nothing was stored");
    }
}
