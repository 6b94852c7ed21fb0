package org.furat.ingest;

import org.furat.model.Casualties;

/** A count of people killed or injured that a text gives ("مقتل عنصر", "إصابة 12 آخرين", "عشرات الجرحى"). */
public record CasualtyMention(Span span, Kind kind, Casualties count) {
    public enum Kind { KILLED, INJURED }
}
