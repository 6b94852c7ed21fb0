package org.furat.ingest;

import org.furat.model.Casualties;

/**
 * A count of people killed or injured that a text gives ("مقتل عنصر", "إصابة 12 آخرين", "عشرات الجرحى"); {@code risen}:
 * the figure a toll came to («ارتفعت حصيلة القتلى إلى 9», "the death toll rose to 12"), which replaces an earlier one.
 */
public record CasualtyMention(Span span, Kind kind, Casualties count, boolean risen) {
    public enum Kind { KILLED, INJURED }

    public CasualtyMention(Span span, Kind kind, Casualties count) {
        this(span, kind, count, false);
    }
}
