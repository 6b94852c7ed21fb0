package org.furat.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * Leaves out the events a report recalls as background: "Back in 2016 the town changed hands twice", «وكانت
 * اشتباكات قد اندلعت في آب الماضي» in a November report, "a like raid in July left six dead" in a December
 * one. What marks them is a sentence that names no place on the map and is dated only
 * loosely (a month, a season, a year: more than the week an undated sentence is given) to a time the report does
 * not cover as news: over before the month before publication, after publication (a list of other articles), or
 * a season or more long. The incident datasets the extractor feeds leave such recollections out.
 *
 * <p>Kept: any such event placed, even only in a region (that is a report of its own), and a round-up of the
 * month just past («شهد شهر تشرين الأول سلسلة من الهجمات الصاروخية» in a report of early November), which is
 * the report's news.
 */
final class BackgroundEvents {

    /** The loosest span an event sentence of news is dated to: the week ending on publication. */
    private static final long NEWS_DAYS = 7;
    /** How far back a round-up's news reaches: the month before publication. */
    private static final long ROUND_UP_DAYS = 31;
    /** A span this long (a season, a year) is a period, not an event's date. */
    private static final long PERIOD_DAYS = 62;

    private BackgroundEvents() {}

    /** {@code proposals} without the background ones, in order; {@code published}, the report's publication day. */
    static List<Proposal> withoutBackground(List<Proposal> proposals, LocalDate published) {
        return proposals.stream().filter(p -> !background(p, published)).toList();
    }

    static boolean background(Proposal p, LocalDate published) {
        if (!p.places().isEmpty() || p.dates().days() <= NEWS_DAYS) return false;
        return p.dates().days() > PERIOD_DAYS || p.dates().start().isAfter(published)
                || p.dates().end().isBefore(published.minusDays(ROUND_UP_DAYS));
    }
}
