package org.furat.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news report. {@code text} is what evidence spans point into: a plain-text report exactly as received, an
 * HTML page without its markup. {@code received} is the document exactly as received when it differs from the
 * text (an HTML page), otherwise null. The publication date may be known only to the month; the note says how
 * it was established when the report does not state it.
 */
public record Source(String key, String outlet, String title, String url, String language,
                     LocalDate published, TimePrecision publishedPrecision, String publishedNote,
                     String text, String textSha256, String received) {

    public Source {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        if (text.equals(received)) received = null; // kept only where it says something the text does not
    }

    /** A report received as the text itself (plain text, seed data, synthetic reports). */
    public Source(String key, String outlet, String title, String url, String language,
                  LocalDate published, TimePrecision publishedPrecision, String publishedNote,
                  String text, String textSha256) {
        this(key, outlet, title, url, language, published, publishedPrecision, publishedNote, text, textSha256, null);
    }
}
