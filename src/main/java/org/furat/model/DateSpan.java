package org.furat.model;

import java.time.LocalDate;
import java.util.Objects;

/** An inclusive span of days; an incident known only to the month spans the whole month. */
public record DateSpan(LocalDate start, LocalDate end) {

    public DateSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Date span ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public static DateSpan day(LocalDate day) { return new DateSpan(day, day); }

    public static DateSpan month(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new DateSpan(first, first.withDayOfMonth(first.lengthOfMonth()));
    }

    public boolean overlaps(DateSpan other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    public boolean within(DateSpan other) {
        return !start.isBefore(other.start) && !end.isAfter(other.end);
    }

    public long days() { return end.toEpochDay() - start.toEpochDay() + 1; }
}
