package org.furat.ingest;

import java.util.List;

/**
 * Leaves out the events a report recalls as background: "Back in 2016 the town changed hands twice", «وكانت
 * اشتباكات قد اندلعت في آب الماضي», "a like raid in July left six dead". What marks
 * them is a date no closer than a month, a season or a year together with no place of the map: the report tells
 * them to explain its news, not as news, and the incident datasets it feeds leave them out. An event dated as
 * loosely but placed, even only in a region ("fighting in the province over two weeks"), is kept: that is a
 * report of its own. A "week" here is the week ending on publication, which is how an undated sentence is dated,
 * and is kept.
 */
final class BackgroundEvents {

    /** The loosest span an event sentence of news is dated to: the week ending on publication. */
    private static final long NEWS_DAYS = 7;

    private BackgroundEvents() {}

    /** {@code proposals} without the background ones, in order. */
    static List<Proposal> withoutBackground(List<Proposal> proposals) {
        return proposals.stream().filter(p -> !background(p)).toList();
    }

    static boolean background(Proposal p) {
        return p.places().isEmpty() && p.dates().days() > NEWS_DAYS;
    }
}
