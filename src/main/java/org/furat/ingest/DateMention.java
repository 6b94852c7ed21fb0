package org.furat.ingest;

import org.furat.model.DateSpan;
import org.furat.model.TimePrecision;

/** A date or span a text gives ("أمس", "منذ مطلع الشهر الجاري", "تشرين الأول"), resolved against the publication date. */
public record DateMention(Span span, DateSpan dates, TimePrecision precision) {}
