package org.furat.text;

import java.util.Objects;

/**
 * A word of a text: its normalised form (see {@link ArabicNormalizer#normalize}) and the span
 * {@code [start, end)} of the original text, in UTF-16 offsets, it came from. The span runs from the word's
 * first letter to its last, plus any diacritics or tatweel right after the last letter, so that highlighting
 * it never parts a mark from its letter.
 *
 * @param form the normalised word, never empty
 * @param start offset of the first original char of the word
 * @param end offset one past the last original char of the word
 */
public record Token(String form, int start, int end) {

    public Token {
        Objects.requireNonNull(form, "form");
        if (form.isEmpty()) throw new IllegalArgumentException("A token cannot be empty");
        if (start < 0 || end <= start) throw new IllegalArgumentException("Bad token span [" + start + ", " + end + ")");
    }
}
