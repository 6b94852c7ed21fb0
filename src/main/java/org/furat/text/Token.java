package org.furat.text;

import java.util.Objects;

/**
 * A word of a text as every reader of it needs it (see {@link Tokenizer}): its normalised form (see
 * {@link ArabicNormalizer#normalize}) with where it lies in the normalised text and in the original, the script
 * it is written in, its search key ({@link Proclitics#stem}), its Latin folding, and what parts it from the
 * word before it. The original span runs from the word's first letter to its last, plus any diacritics or
 * tatweel right after the last letter, so that highlighting it never parts a mark from its letter.
 *
 * @param form the normalised word, never empty
 * @param start offset (UTF-16) of the first original char of the word
 * @param end offset one past the last original char of the word
 * @param normalizedStart offset of the word in the normalised text
 * @param normalizedEnd offset one past the word in the normalised text
 * @param script the script of its first char
 * @param key the form without attached proclitics ({@link Proclitics#stem}); the form itself unless Arabic
 * @param folded a Latin word lower-cased without accents or modifier letters ("Dayr ʿAṭiyah" gives "dayr",
 *        "atiyah"), possibly empty; an Arabic word's form
 * @param sentenceBreakBefore sentence or clause punctuation ({@code . ! ? ؟ ; ؛ :}) or a line break lies
 *        between this word and the one before
 * @param hardSeparatorBefore punctuation that parts a name ({@code . , ; : ! ? ( ) [ ] { } ، ؛ ؟ ۔}) or a
 *        line break lies between this word and the one before
 * @param spacedBefore only white space lies between this word and the one before (or the text's start)
 * @param capitalised the original word starts with a capital letter
 */
public record Token(String form, int start, int end, int normalizedStart, int normalizedEnd, Script script,
                    String key, String folded, boolean sentenceBreakBefore, boolean hardSeparatorBefore,
                    boolean spacedBefore, boolean capitalised) {

    public Token {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(folded, "folded");
        if (form.isEmpty()) throw new IllegalArgumentException("A token cannot be empty");
        if (start < 0 || end <= start) throw new IllegalArgumentException("Bad token span [" + start + ", " + end + ")");
    }

    public boolean arabic() { return script == Script.ARABIC; }

    /** How names are compared: an Arabic word by its {@link #key}, any other by its {@link #folded} form. */
    public String foldedKey() { return arabic() ? key : folded; }

    /** The word's other reading without a first proclitic letter its key kept ({@link Proclitics#withoutFirst}), or null. */
    public String withoutFirstProclitic() { return Proclitics.withoutFirst(form, key); }
}
