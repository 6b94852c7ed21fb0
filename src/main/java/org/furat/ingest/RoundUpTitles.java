package org.furat.ingest;

import java.util.Set;

/**
 * Tells a round-up's title: «حصيلة اليوم في دير الزور| قصف صاروخي على قاعدة حقل العمر واستهداف قاعدة كونيكو», "Daily
 * round-up: …". It lists in a line the incidents the report then tells one by one, each proposed from its own words;
 * read as an event of its own it is one more proposal of them, placed loosely. Stateless.
 */
final class RoundUpTitles {

    private RoundUpTitles() {}

    /** Whether {@code sentence} is the report's first line and opens with a round-up's name («حصيلة اليوم», "daily brief"). */
    static boolean isTitle(TokenizedText text, Span sentence) {
        if (!text.original().substring(0, sentence.start()).isBlank()) return false;
        int k = text.indexAt(sentence.start());
        if (k + 1 >= text.size() || !text.joined(k + 1)) return false;
        String first = text.lower(k), second = text.lower(k + 1);
        return ROUND_UP.contains(first) && OF_A_PERIOD.contains(second) || first.equals("daily") && DAILY.contains(second);
    }

    /** A tally, a harvest (normalised): the names Arabic round-ups go by. */
    private static final Set<String> ROUND_UP = Set.of("حصيله", "حصاد");
    /** Of the day, of the week (normalised). */
    private static final Set<String> OF_A_PERIOD = Set.of("اليوم", "يوم", "الاسبوع", "اسبوع");
    /** What comes after "daily" in an English round-up's name (lower case). */
    private static final Set<String> DAILY = Set.of("round-up", "roundup", "round", "brief", "briefing", "digest", "wrap");
}
