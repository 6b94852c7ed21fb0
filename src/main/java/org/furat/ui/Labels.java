package org.furat.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.furat.model.Casualties;
import org.furat.model.DateSpan;
import org.furat.model.GeoPrecision;
import org.furat.model.TimePrecision;

/** How dates, precisions, casualty counts and place names read in the window. */
final class Labels {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Labels() {}

    /**
     * "Hatla (حطلة)": the English name with the Arabic one after it where it differs; the mark after the bracket keeps
     * the Arabic from pulling the closing bracket into its right-to-left run.
     */
    static String place(org.furat.model.Place p) {
        return p.nameEn() + (p.nameAr() == null || p.nameAr().equals(p.nameEn()) ? "" : " (" + p.nameAr() + ")\u200E");
    }

    /** "November 2024 (month)", "week of 3 Nov 2024", "3 Nov 2024": never a false day for a month-precise date. */
    static String date(DateSpan dates, TimePrecision precision) {
        return switch (precision) {
            case DAY -> dates.days() == 1 ? DAY.format(dates.start()) : DAY.format(dates.start()) + " – " + DAY.format(dates.end());
            case WEEK -> "week of " + DAY.format(dates.start());
            case MONTH -> dates.start().getMonth() == dates.end().getMonth() && dates.start().getYear() == dates.end().getYear()
                    ? MONTH.format(dates.start()) + " (month)"
                    : MONTH.format(dates.start()) + " – " + MONTH.format(dates.end()) + " (month)";
        };
    }

    /** A publication date as precisely as it is known: "3 Nov 2024" or "November 2024 (month)". */
    static String published(java.time.LocalDate date, TimePrecision precision) {
        return switch (precision) {
            case DAY -> DAY.format(date);
            case WEEK -> "week of " + DAY.format(date);
            case MONTH -> MONTH.format(date) + " (month)";
        };
    }

    /** "1 incident", "12,345 incidents". */
    static String count(int n, String noun) {
        return String.format(Locale.ENGLISH, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    static String casualties(Casualties killed, Casualties injured) {
        if (!killed.known() && !injured.known()) return "Casualties: not reported";
        return "Killed " + killed.describe() + " · Injured " + injured.describe();
    }

    static String precision(GeoPrecision precision) {
        return switch (precision) {
            case EXACT -> "exact location";
            case APPROXIMATE -> "approximate location";
            case REGION -> "region only";
        };
    }
}
