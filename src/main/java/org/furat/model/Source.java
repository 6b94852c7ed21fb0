package org.furat.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news report, its text exactly as received. The publication date may be known only to the month;
 * the note says how it was established when the report does not state it.
 */
public record Source(String key, String outlet, String title, String url, String language,
                     LocalDate published, TimePrecision publishedPrecision, String publishedNote,
                     String text, String textSha256) {

    public Source {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }
}
