package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.furat.model.EventType;
import org.furat.model.GeoPrecision;
import org.furat.model.IncidentFilter;
import org.furat.model.Place;
import org.furat.model.Status;
import org.furat.model.SubEventType;
import org.furat.model.TimeHistogram;
import org.furat.model.TimePrecision;
import org.furat.store.IncidentColumns;
import org.furat.store.SeedData;
import org.junit.jupiter.api.Test;

/** The filter's rules on a small hand-made index whose right answers can be counted by eye. */
class FilterSemanticsTest {

    private static final Map<String, Place> PLACES = SeedData.fromClasspath().places().stream()
            .collect(Collectors.toMap(Place::key, Function.identity()));

    /** One row of the fixture. */
    private record Row(String start, String end, TimePrecision precision, SubEventType type, Status status,
                       List<String> places, List<String> actors) {}

    private static final List<Row> ROWS = List.of(
            // 0: a day in early October at Khasham, shelling by US forces
            new Row("2024-10-03", "2024-10-03", TimePrecision.DAY, SubEventType.SHELLING_ARTILLERY_MISSILE, Status.VERIFIED,
                    List.of("khasham"), List.of("us_forces")),
            // 1: known only to November, at Khasham and Hatla
            new Row("2024-11-01", "2024-11-30", TimePrecision.MONTH, SubEventType.SHELLING_ARTILLERY_MISSILE, Status.VERIFIED,
                    List.of("khasham", "hatla"), List.of("us_forces", "iran_militias")),
            // 2: a week in mid-November at Mayadin, a clash between the SDF and ISIS, still proposed
            new Row("2024-11-11", "2024-11-17", TimePrecision.WEEK, SubEventType.ARMED_CLASH, Status.PROPOSED,
                    List.of("mayadin"), List.of("sdf", "isis")),
            // 3: a day in November at Hatla, arrests by the SDF
            new Row("2024-11-14", "2024-11-14", TimePrecision.DAY, SubEventType.ARRESTS, Status.VERIFIED,
                    List.of("hatla"), List.of("sdf")));

    private static final List<String> PLACE_KEYS = List.of("khasham", "hatla", "mayadin");
    private static final List<String> ACTOR_KEYS = List.of("us_forces", "iran_militias", "sdf", "isis");

    private static IncidentIndex index() {
        return index(Set.of());
    }

    /** The fixture with the rows at these positions deleted. */
    private static IncidentIndex index(Set<Integer> deletedRows) {
        int n = ROWS.size();
        byte[] deleted = new byte[n];
        for (int i : deletedRows) deleted[i] = 1;
        long[] ids = new long[n];
        int[] start = new int[n], end = new int[n];
        byte[] precision = new byte[n], sub = new byte[n], status = new byte[n];
        int[] linkStart = new int[n + 1], actorStart = new int[n + 1];
        int links = ROWS.stream().mapToInt(r -> r.places().size()).sum(), actors = ROWS.stream().mapToInt(r -> r.actors().size()).sum();
        int[] linkPlace = new int[links], actor = new int[actors];
        byte[] linkPrecision = new byte[links];
        int l = 0, a = 0;
        for (int i = 0; i < n; i++) {
            Row r = ROWS.get(i);
            ids[i] = 10 + i;
            start[i] = (int) LocalDate.parse(r.start()).toEpochDay();
            end[i] = (int) LocalDate.parse(r.end()).toEpochDay();
            precision[i] = (byte) r.precision().code();
            sub[i] = (byte) r.type().ordinal();
            status[i] = (byte) r.status().ordinal();
            linkStart[i] = l;
            for (String p : r.places()) {
                linkPlace[l] = PLACE_KEYS.indexOf(p);
                linkPrecision[l++] = (byte) PLACES.get(p).precision().code();
            }
            actorStart[i] = a;
            for (String k : r.actors()) actor[a++] = ACTOR_KEYS.indexOf(k);
        }
        linkStart[n] = l;
        actorStart[n] = a;
        return new IncidentIndex(new IncidentColumns(ids, start, end, precision, sub, status, deleted, linkStart, linkPlace, linkPrecision,
                actorStart, actor, PLACE_KEYS, ACTOR_KEYS, false), PLACES);
    }

    private static Set<Integer> matching(IncidentFilter filter) {
        return index().apply(filter, null).matching().stream().boxed().collect(Collectors.toSet());
    }

    /** A place on the map as the counts see it: which place, how many incidents, of which commonest type, how located. */
    private static List<Object> counted(PlaceSummary s) {
        return List.of(s.place().key(), s.incidentCount(), s.dominantType(), s.precision());
    }

    @Test
    void aDeletedIncidentIsInNoViewNorCountUnlessDeletedOnesAreShown() {
        // Row 2, the proposed clash at Mayadin, deleted.
        IncidentIndex index = index(Set.of(2));
        FilterResult hidden = index.apply(IncidentFilter.ALL, null);
        assertEquals(Set.of(0, 1, 3), hidden.matching().stream().boxed().collect(Collectors.toSet()));
        assertEquals(0, hidden.statusCounts().get(Status.PROPOSED), "nor in a facet's count");
        assertEquals(0, hidden.typeCounts().get(EventType.BATTLES));
        assertTrue(hidden.places().stream().noneMatch(p -> p.place().key().equals("mayadin")), "nor on the map");
        assertEquals(0, hidden.histogram().count(EventType.BATTLES, (int) (LocalDate.parse("2024-11-12").toEpochDay()
                - hidden.histogram().firstDay().toEpochDay())), 1e-9, "nor on the timeline");
        assertEquals(Set.of(), index.apply(IncidentFilter.ALL.withStatuses(Set.of(Status.PROPOSED)), null).matching().stream().boxed()
                .collect(Collectors.toSet()), "another part of the filter does not bring it back");

        FilterResult shown = index.apply(IncidentFilter.ALL.withShowDeleted(true), null);
        FilterResult none = index().apply(IncidentFilter.ALL, null);
        assertEquals(none.matching(), shown.matching(), "shown, it counts as any other");
        assertEquals(none.statusCounts(), shown.statusCounts());
        assertEquals(none.typeCounts(), shown.typeCounts());
        assertEquals(none.places().stream().map(FilterSemanticsTest::counted).toList(), shown.places().stream().map(FilterSemanticsTest::counted).toList());
        assertTrue(shown.places().stream().filter(p -> p.place().key().equals("mayadin")).allMatch(PlaceSummary::allDeleted),
                "but the map can tell its place holds only deleted incidents");
        assertTrue(shown.places().stream().filter(p -> !p.place().key().equals("mayadin")).noneMatch(p -> p.deletedCount() > 0));
        assertEquals(none.histogram(), shown.histogram());
    }

    @Test
    void withoutAFilterEverythingMatches() {
        assertEquals(Set.of(0, 1, 2, 3), matching(IncidentFilter.ALL));
    }

    @Test
    void aSpanThatOnlyOverlapsCountsWhenImpreciseDatesAreIncluded() {
        IncidentFilter midNovember = IncidentFilter.ALL.withDates(LocalDate.of(2024, 11, 12), LocalDate.of(2024, 11, 15));
        assertEquals(Set.of(1, 2, 3), matching(midNovember), "the month and the week overlap the window");
        assertEquals(Set.of(3), matching(midNovember.withIncludeImprecise(false)), "only the day lies inside it");
        assertEquals(Set.of(1, 2, 3), matching(IncidentFilter.ALL.withDates(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30))
                .withIncludeImprecise(false)), "a window holding the whole month keeps the month-precise incident");
    }

    @Test
    void openEndedBoundsAndTheEdgesOfASpanAreInclusive() {
        assertEquals(Set.of(0), matching(IncidentFilter.ALL.withDates(null, LocalDate.of(2024, 10, 3))));
        assertEquals(Set.of(1), matching(IncidentFilter.ALL.withDates(LocalDate.of(2024, 11, 30), null)),
                "only the month-precise incident reaches the last day of November");
    }

    @Test
    void partsCombineWithAnd() {
        IncidentFilter filter = IncidentFilter.ALL.withTypes(Set.of(EventType.EXPLOSIONS_REMOTE_VIOLENCE)).withPlaces(Set.of("hatla"));
        assertEquals(Set.of(1), matching(filter));
        assertEquals(Set.of(3), matching(IncidentFilter.ALL.withActors(Set.of("sdf")).withPlaces(Set.of("hatla"))));
        assertEquals(Set.of(2), matching(IncidentFilter.ALL.withStatuses(Set.of(Status.PROPOSED))));
        assertEquals(Set.of(0, 3), matching(IncidentFilter.ALL.withCoarsestTime(TimePrecision.DAY)));
        assertEquals(Set.of(0, 1, 2), matching(IncidentFilter.ALL.withSubTypes(Set.of(SubEventType.SHELLING_ARTILLERY_MISSILE,
                SubEventType.ARMED_CLASH))));
    }

    @Test
    void facetCountsIgnoreTheirOwnChoiceButHonourTheRest() {
        FilterResult r = index().apply(IncidentFilter.ALL.withTypes(Set.of(EventType.BATTLES)).withPlaces(Set.of("khasham", "mayadin")), null);
        assertEquals(Set.of(2), r.matching().stream().boxed().collect(Collectors.toSet()));
        assertEquals(2, r.typeCounts().get(EventType.EXPLOSIONS_REMOTE_VIOLENCE), "what choosing explosions would give at those places");
        assertEquals(1, r.typeCounts().get(EventType.BATTLES));
        assertEquals(0, r.typeCounts().get(EventType.STRATEGIC_DEVELOPMENTS), "the Hatla arrests are outside the place choice");
        assertEquals(1, r.actorCounts().get("isis"));
        assertEquals(2, r.subTypeCounts().get(SubEventType.SHELLING_ARTILLERY_MISSILE), "sub-types count like types");
    }

    @Test
    void placeCountsCountEachIncidentOnceAndSumOverItsPlaces() {
        FilterResult r = index().apply(IncidentFilter.ALL, null);
        Map<String, Integer> counts = r.places().stream().collect(Collectors.toMap(s -> s.place().key(), PlaceSummary::incidentCount));
        assertEquals(Map.of("khasham", 2, "hatla", 2, "mayadin", 1), counts);
    }

    @Test
    void impreciseIncidentsAreSpreadOverTheirSpanInTheHistogram() {
        TimeHistogram h = index().apply(IncidentFilter.ALL, null).histogram();
        assertEquals(4.0, h.total(), 1e-9, "every incident counts once in all");
        int explosions = EventType.EXPLOSIONS_REMOTE_VIOLENCE.ordinal();
        int nov1 = (int) (LocalDate.of(2024, 11, 1).toEpochDay() - h.firstDay().toEpochDay());
        double november = 0;
        for (int d = nov1; d < nov1 + 30; d++) {
            assertEquals(1.0 / 30, h.counts()[explosions][d], 1e-9, "the month-precise shelling is a thirtieth on each day");
            november += h.counts()[explosions][d];
        }
        assertEquals(1.0, november, 1e-9);
        assertTrue(h.counts()[EventType.BATTLES.ordinal()][nov1 + 10] > 0.14 && h.counts()[EventType.BATTLES.ordinal()][nov1 + 10] < 0.15,
                "the week-precise clash is a seventh on each of its days");
    }

    @Test
    void theHistogramIgnoresTheDateSpanSoTheTimelineKeepsItsContext() {
        TimeHistogram h = index().apply(IncidentFilter.ALL.withDates(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31)), null).histogram();
        assertEquals(4.0, h.total(), 1e-9);
    }

    @Test
    void anUnknownPlaceOrActorIsRefusedRatherThanMatchingNothing() {
        assertThrows(IllegalArgumentException.class, () -> matching(IncidentFilter.ALL.withPlaces(Set.of("atlantis"))));
        assertThrows(IllegalArgumentException.class, () -> matching(IncidentFilter.ALL.withActors(Set.of("nobody"))));
    }

    @Test
    void anImpossibleDateSpanIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> IncidentFilter.ALL.withDates(LocalDate.of(2024, 11, 2), LocalDate.of(2024, 11, 1)));
    }

    @Test
    void locationPrecisionFilterUsesTheBestLinkOfEachIncident() {
        // Hatla and Khasham: Khasham is exact in the gazetteer, Hatla approximate.
        assertEquals(PLACES.get("khasham").precision(), GeoPrecision.EXACT);
        assertEquals(Set.of(0, 1, 2), matching(IncidentFilter.ALL.withCoarsestLocation(GeoPrecision.EXACT)),
                "the Hatla-only arrests are located approximately");
    }
}
