package org.furat.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.furat.model.DateSpan;

/**
 * Where the brush goes at each step of playback through [first, last]. Sliding moves the brush on by its own
 * length (by whole months when it covers whole months); cumulative keeps its start and extends its end by one
 * bin. Pure functions.
 */
final class TimelinePlayback {

    private TimelinePlayback() {}

    /**
     * The brush to start from: the current one, unless there is none or it has reached the end, in which case
     * the first month (sliding: the current length, if there is a brush) or the first bin (cumulative).
     */
    static DateSpan start(DateSpan brush, TimelineView.PlayMode mode, LocalDate first, LocalDate last, TimelineScale.Unit bin) {
        if (brush != null && brush.end().isBefore(last) && !brush.start().isAfter(last)) return brush;
        LocalDate end;
        if (mode == TimelineView.PlayMode.CUMULATIVE) {
            end = bin.last(first);
        } else if (brush == null || wholeMonths(brush) > 0) {
            end = first.plusMonths(brush == null ? 1 : wholeMonths(brush)).minusDays(1);
        } else {
            end = first.plusDays(brush.days() - 1);
        }
        return new DateSpan(first, end.isAfter(last) ? last : end);
    }

    /** The brush after {@code brush}, or null when it already reaches {@code last}. */
    static DateSpan next(DateSpan brush, TimelineView.PlayMode mode, LocalDate last, TimelineScale.Unit bin) {
        if (!brush.end().isBefore(last)) return null;
        if (mode == TimelineView.PlayMode.CUMULATIVE) {
            LocalDate end = bin.last(brush.end().plusDays(1));
            return new DateSpan(brush.start(), end.isAfter(last) ? last : end);
        }
        long months = wholeMonths(brush);
        DateSpan moved = months > 0
                ? new DateSpan(brush.start().plusMonths(months), brush.start().plusMonths(2 * months).minusDays(1))
                : new DateSpan(brush.start().plusDays(brush.days()), brush.end().plusDays(brush.days()));
        if (!moved.end().isAfter(last)) return moved;
        // The last step lines the brush up with the end, keeping its length.
        return new DateSpan(last.minusDays(brush.days() - 1), last);
    }

    /** How many calendar months the span covers exactly, or 0 when it does not start and end on month bounds. */
    private static long wholeMonths(DateSpan span) {
        if (span.start().getDayOfMonth() != 1 || span.end().getDayOfMonth() != span.end().lengthOfMonth()) return 0;
        return ChronoUnit.MONTHS.between(span.start(), span.end().plusDays(1));
    }
}
