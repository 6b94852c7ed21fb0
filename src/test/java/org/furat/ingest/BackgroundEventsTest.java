package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.furat.model.Casualties;
import org.furat.model.DateSpan;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;
import org.junit.jupiter.api.Test;

/** Which proposals are background: no place, a loose date, a time the report does not cover as news. */
class BackgroundEventsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 14);
    private static final PlaceMention KHASHAM = new PlaceMention(new Span(0, 4, "خشام"), List.of("khasham"), "khasham", 0.95, null, false, null);

    private static Proposal dated(DateSpan dates, List<PlaceMention> places) {
        Span sentence = new Span(0, 10, "a sentence");
        return new Proposal(sentence, SubEventType.ARMED_CLASH, sentence, dates, TimePrecision.MONTH, places, List.of(), null,
                null, null, Casualties.UNKNOWN, Casualties.UNKNOWN);
    }

    @Test
    void aPlacelessEventOfAnEarlierMonthOrYearIsBackground() {
        assertTrue(BackgroundEvents.background(dated(DateSpan.month(2024, 8), List.of()), PUBLISHED));
        assertTrue(BackgroundEvents.background(dated(new DateSpan(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31)), List.of()), PUBLISHED));
    }

    @Test
    void aPeriodOfASeasonOrMoreIsBackgroundEvenWhenItReachesPublication() {
        assertTrue(BackgroundEvents.background(dated(new DateSpan(LocalDate.of(2024, 6, 1), PUBLISHED), List.of()), PUBLISHED));
    }

    @Test
    void aPeriodIsBackgroundEvenWherePlaced() {
        assertTrue(BackgroundEvents.background(dated(new DateSpan(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)), List.of(KHASHAM)),
                PUBLISHED), "a placed event of last year");
        assertTrue(BackgroundEvents.background(dated(new DateSpan(PUBLISHED.minusYears(3), PUBLISHED), List.of(KHASHAM)), PUBLISHED),
                "what a town went through over the past years, up to the news");
        assertFalse(BackgroundEvents.background(dated(new DateSpan(PUBLISHED.minusDays(40), PUBLISHED), List.of(KHASHAM)), PUBLISHED),
                "a placed span shorter than a season may be news");
    }

    @Test
    void aPlacelessEventDatedAfterPublicationIsAnotherArticlesNews() {
        assertTrue(BackgroundEvents.background(dated(DateSpan.month(2025, 3), List.of()), PUBLISHED));
    }

    @Test
    void theMonthJustPastTheWeekOfPublicationAndAnyPlacedEventAreKept() {
        assertFalse(BackgroundEvents.background(dated(DateSpan.month(2024, 10), List.of()), PUBLISHED), "a round-up of October");
        assertFalse(BackgroundEvents.background(dated(new DateSpan(PUBLISHED.minusDays(6), PUBLISHED), List.of()), PUBLISHED),
                "the week ending on publication, an undated sentence's date");
        assertFalse(BackgroundEvents.background(dated(DateSpan.month(2024, 8), List.of(KHASHAM)), PUBLISHED), "placed");
    }
}
