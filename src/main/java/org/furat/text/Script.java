package org.furat.text;

/**
 * The script a word is written in, told by its first normalised char: Arabic (the Arabic blocks), a digit
 * (normalisation has made Eastern digits ASCII), or Latin, which here stands for any other letters.
 */
public enum Script {
    ARABIC, LATIN, DIGIT;

    /** The script of a normalised word starting with {@code first}. */
    public static Script of(char first) {
        if (isArabic(first)) return ARABIC;
        return Character.isDigit(first) ? DIGIT : LATIN;
    }

    /** Whether {@code c} lies in one of the Arabic blocks (Arabic, Arabic Supplement, Arabic Extended-A). */
    public static boolean isArabic(char c) {
        return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF);
    }
}
