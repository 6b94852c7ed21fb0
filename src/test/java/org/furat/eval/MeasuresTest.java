package org.furat.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.furat.model.Actor;
import org.furat.model.Casualties;
import org.furat.model.DateSpan;
import org.furat.model.SubEventType;
import org.junit.jupiter.api.Test;

class MeasuresTest {

    static final LocalDate D = LocalDate.of(2024, 1, 10);

    static CodedIncident coded(LocalDate start, LocalDate end, Integer killed) {
        return new CodedIncident("Attack", List.of(new CodedPlace("V", "target", 35.0, 40.0, "village")), start, end, killed, null,
                "Ridge Front", null, 0, 10);
    }

    static ProposedIncident proposed(DateSpan dates, Casualties killed, String actor1) {
        return new ProposedIncident(SubEventType.ATTACK, dates, List.of(new ProposedPlace("v", 40.0, 35.0, false)), killed,
                Casualties.UNKNOWN, actor1, null, 0, 10);
    }

    @Test
    void aFigureIsTheBestEstimateOrTheLowerBoundAndNoFigureIsWrongEvenAgainstZero() {
        assertTrue(Measures.sameFigure(3, Casualties.exactly(3)));
        assertTrue(Measures.sameFigure(3, new Casualties(null, 3, null)), "more than 3 is coded 3");
        assertFalse(Measures.sameFigure(3, new Casualties(null, 2, 4)));
        assertFalse(Measures.sameFigure(0, Casualties.UNKNOWN));
        assertTrue(Measures.sameFigure(0, Casualties.exactly(0)));
    }

    @Test
    void theProposedSpanMustLieInsideTheCodedOneAndAnOpenEndBoundsNothing() {
        assertTrue(Measures.datesRight(coded(D, D, 1), proposed(DateSpan.day(D), Casualties.UNKNOWN, null)));
        assertFalse(Measures.datesRight(coded(D, D, 1), proposed(new DateSpan(D.minusDays(1), D), Casualties.UNKNOWN, null)),
                "a wider span is not the date");
        assertTrue(Measures.datesRight(coded(D.minusDays(6), D, 1), proposed(DateSpan.day(D.minusDays(2)), Casualties.UNKNOWN, null)));
        assertTrue(Measures.datesRight(coded(null, D, 1), proposed(DateSpan.day(D.minusYears(1)), Casualties.UNKNOWN, null)), "on or before");
        assertFalse(Measures.datesRight(coded(null, D, 1), proposed(DateSpan.day(D.plusDays(1)), Casualties.UNKNOWN, null)));
    }

    @Test
    void wrongTypesAreCountedByCodedAndProposedTypeAndWrongFiguresByHowTheyAreWrong() {
        ActorNames actors = new ActorNames(List.of(), Map.of());
        IncidentMatcher matcher = new IncidentMatcher((lon, lat) -> Set.of());
        Measures m = new Measures();
        List<CodedIncident> coded = List.of(coded(D, D, 2), coded(D, D, 2), coded(D, D, 2), coded(D, D, 2));
        List<ProposedIncident> proposals = List.of(
                proposed(DateSpan.day(D), Casualties.exactly(2), null),
                proposed(DateSpan.day(D), Casualties.UNKNOWN, null),
                proposed(DateSpan.day(D), new Casualties(null, 1, null), null),
                new ProposedIncident(SubEventType.ARMED_CLASH, DateSpan.day(D), List.of(new ProposedPlace("v", 40.0, 35.0, false)),
                        Casualties.exactly(5), Casualties.UNKNOWN, null, null, 0, 10));
        m.add(coded, proposals, matcher.match(coded, proposals), actors, null);

        assertEquals(new Measures.FigureMisses(1, 1, 1), m.killedMisses(), "none, more than 1 (lower) and 5 (higher) for 2");
        assertEquals(new Measures.FigureMisses(0, 0, 0), m.injuredMisses(), "no injured figure was coded");
        assertEquals(List.of(Map.entry(new Measures.TypeConfusion("Attack", "Armed clash"), 1)), m.typeConfusions());
    }

    @Test
    void reportsAddUpAndMeasuresWithoutCasesAreUndefined() {
        ActorNames actors = new ActorNames(List.of(new Actor("rf", "Ridge Front", "", List.of(), List.of())), Map.of());
        IncidentMatcher matcher = new IncidentMatcher((lon, lat) -> Set.of());
        Measures m = new Measures();
        List<CodedIncident> coded = List.of(coded(D, D, 2), coded(D, D, null));
        List<ProposedIncident> proposals = List.of(proposed(DateSpan.day(D), Casualties.exactly(2), "rf"),
                proposed(DateSpan.day(D.plusDays(1)), Casualties.UNKNOWN, null));
        m.add(coded, proposals, matcher.match(coded, proposals), actors, null);
        List<CodedIncident> none = List.of();
        List<ProposedIncident> extra = List.of(proposed(DateSpan.day(D), Casualties.UNKNOWN, null));
        m.add(none, extra, matcher.match(none, extra), actors, null);

        Map<String, Measures.Ratio> r = m.ratios();
        assertEquals(new Measures.Ratio(2, 2), r.get("incidents_found"));
        assertEquals(new Measures.Ratio(1, 1), r.get("killed_exact"), "the incident without a figure is not counted");
        assertEquals(new Measures.Ratio(1, 2), r.get("dates_right"));
        assertEquals(new Measures.Ratio(2, 3), r.get("proposals_correspond"), "the proposal in a report with no incident corresponds to none");
        assertEquals(new Measures.Ratio(1, 2), r.get("actor1"));
        assertEquals(new Measures.Ratio(2, 2), r.get("actor2"), "none coded and none proposed agree");
        assertNull(r.get("injured_exact").value());
        assertEquals(2, m.reports());
        assertEquals(3, m.proposals());
        for (Measures.Ratio ratio : r.values()) assertTrue(ratio.value() == null || (ratio.value() >= 0 && ratio.value() <= 1));
    }
}
