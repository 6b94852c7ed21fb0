package org.furat.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.furat.text.Proclitics;

/**
 * Tells the figures of a running total from an event's toll: «ارتفع إلى 340 عدد عناصر قسد الذين قضوا منذ انطلاق
 * العملية», "bringing to 45 the number killed since January". A number counted since a time before the news (since
 * the start of an operation, of the year, since a day more than a week before publication) counts the people of many
 * events; the datasets the extractor feeds code no such total. A toll since the day before («الاشتباكات المتواصلة منذ
 * مساء أمس أسفرت عن مقتل 11») is the toll of the fighting told, and stays.
 */
final class RunningTotals {

    /** The most words between «منذ» / "since" and the start it counts from: «منذ انطلاق العملية». */
    private static final int SINCE_WORDS = 3;
    /** A start more days than this before publication is older than the news. */
    private static final long NEWS_DAYS = 7;

    /** Words of a start counted from, as written (normalised), after «منذ» or "since". */
    private static final Set<String> STARTS = Set.of("بدء", "بدايه", "انطلاق", "مطلع", "اندلاع", "انطلاقه", "start", "beginning",
            "launch", "outbreak", "onset");
    /** «منذ» and "since", as written (normalised). */
    private static final Set<String> SINCE = Set.of("منذ", "since");

    private RunningTotals() {}

    /**
     * {@code tolls} without the figures of running totals: in a sentence that counts since a time before the news,
     * the tolls told after the start it counts from, and a risen toll anywhere in it ("bringing the toll since
     * January to 40").
     */
    static List<CasualtyMention> without(TokenizedText text, List<CasualtyMention> tolls, List<DateMention> dates,
                                         LocalDate published) {
        if (tolls.isEmpty()) return tolls;
        List<Integer> sinceAt = new java.util.ArrayList<>();
        for (int k = 0; k < text.size(); k++) {
            if (SINCE.contains(text.form(k).toLowerCase(Locale.ROOT)) && countsFromBefore(text, k, dates, published)
                    && namesATotal(text, k)) {
                sinceAt.add(k);
            }
        }
        if (sinceAt.isEmpty()) return tolls;
        return tolls.stream().filter(c -> !tallied(text, c, sinceAt)).toList();
    }

    private static boolean tallied(TokenizedText text, CasualtyMention toll, List<Integer> sinceAt) {
        int at = text.indexAt(toll.span().start());
        for (int since : sinceAt) {
            if (!text.sameSentence(since, at)) continue;
            if (toll.risen() || at > since) return true;
        }
        return false;
    }

    /**
     * Whether the sentence of word {@code k} names a number counted («عدد», «حصيلة», "number", "toll"): «تدور اشتباكات
     * منذ مطلع الشهر أسفرت عن مقتل 10» tells fighting of the month and its toll, no total.
     */
    private static boolean namesATotal(TokenizedText text, int k) {
        for (int m = k; m >= 0 && text.sameSentence(m, k); m--) if (total(text.form(m))) return true;
        for (int m = k + 1; m < text.size() && text.sameSentence(k, m); m++) if (total(text.form(m))) return true;
        return false;
    }

    private static boolean total(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return TOTALS.stream().anyMatch(t -> Proclitics.attachedTo(w, t, true));
    }

    /** Words of a number counted, as written (normalised). */
    private static final Set<String> TOTALS = Set.of("عدد", "حصيله", "number", "toll", "total", "tally");

    /** Whether «منذ» at word {@code k} counts from a start before the news: a start word, or a date over a week old. */
    private static boolean countsFromBefore(TokenizedText text, int k, List<DateMention> dates, LocalDate published) {
        for (int m = k + 1; m <= k + SINCE_WORDS && m < text.size() && text.joined(m); m++) {
            if (STARTS.contains(text.form(m).toLowerCase(Locale.ROOT))) return true;
        }
        if (k + 1 >= text.size()) return false;
        int from = text.get(k + 1).start(), to = text.end(Math.min(text.size() - 1, k + SINCE_WORDS));
        return dates.stream().anyMatch(d -> d.span().start() >= from && d.span().start() <= to
                && d.dates().start().isBefore(published.minusDays(NEWS_DAYS)));
    }
}
