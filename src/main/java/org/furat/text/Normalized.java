package org.furat.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A normalised text with a map back to the text it came from: {@code toOriginal[i]} is the UTF-16 index,
 * in the original, of the char that produced normalised char {@code i}, and one extra last entry holds the
 * original's length. The map never decreases; a char of the original that normalisation removed maps from
 * nowhere, and one that expanded (a presentation-form ligature such as U+FEFB) maps from several
 * consecutive normalised chars. Immutable: the array is copied in and out. Equal when text and map are.
 */
public final class Normalized {

    private final String text;
    private final int[] toOriginal;

    /**
     * @param text the normalised text
     * @param toOriginal {@code text.length() + 1} non-decreasing offsets into the original
     */
    public Normalized(String text, int[] toOriginal) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(toOriginal, "toOriginal");
        if (toOriginal.length != text.length() + 1) {
            throw new IllegalArgumentException("toOriginal needs " + (text.length() + 1) + " entries, not "
                    + toOriginal.length);
        }
        int[] map = toOriginal.clone();
        for (int i = 0; i < map.length; i++) {
            if (map[i] < 0 || (i > 0 && map[i] < map[i - 1])) {
                throw new IllegalArgumentException("toOriginal must be non-negative and non-decreasing at " + i);
            }
        }
        this.text = text;
        this.toOriginal = map;
    }

    /**
     * The normaliser's own result: a map it made fresh, right by construction and held by nobody else, so neither
     * checked nor copied (both were a sixtieth of reading a report).
     */
    private Normalized(int[] ownMap, String text) {
        this.text = text;
        this.toOriginal = ownMap;
    }

    /** {@link ArabicNormalizer}'s result, whose {@code map} it made for this text and keeps no reference to. */
    static Normalized made(String text, int[] map) {
        assert map.length == text.length() + 1;
        return new Normalized(map, text);
    }

    /** The normalised text. */
    public String text() { return text; }

    /** A copy of the offset map; prefer {@link #originalStart} and {@link #originalEnd}, which copy nothing. */
    public int[] toOriginal() { return toOriginal.clone(); }

    /** The length of the original text (the map's last entry). */
    public int originalLength() { return toOriginal[toOriginal.length - 1]; }

    /**
     * Where in the original a span of the normalised text starting at {@code normalizedIndex} starts;
     * {@code normalizedIndex == text().length()} gives the original's length.
     */
    public int originalStart(int normalizedIndex) {
        Objects.checkIndex(normalizedIndex, toOriginal.length);
        return toOriginal[normalizedIndex];
    }

    /**
     * Where in the original a span of the normalised text ending (exclusive) at {@code normalizedEndExclusive}
     * ends: one past the original char that produced the span's last char, so chars that normalisation
     * removed after it stay outside. Zero for zero. Meant for non-empty spans.
     */
    public int originalEnd(int normalizedEndExclusive) {
        Objects.checkIndex(normalizedEndExclusive, toOriginal.length);
        return normalizedEndExclusive == 0 ? 0 : toOriginal[normalizedEndExclusive - 1] + 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normalized n && text.equals(n.text) && Arrays.equals(toOriginal, n.toOriginal);
    }

    @Override
    public int hashCode() { return 31 * text.hashCode() + Arrays.hashCode(toOriginal); }

    @Override
    public String toString() { return "Normalized[text=" + text + ", toOriginal=" + Arrays.toString(toOriginal) + "]"; }
}
