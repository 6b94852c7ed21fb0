package org.furat.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.furat.model.Casualties;
import org.furat.model.DateSpan;
import org.furat.model.SubEventType;
import org.junit.jupiter.api.Test;

/** Made-up incidents at made-up points: pairing by place (3 km, or the unit containing a region), then type. */
class IncidentMatcherTest {

    /** One degree of latitude is about 111 km: 0.018° is 2 km, 0.036° is 4 km. */
    static final double LAT = 35.0, LON = 40.0;

    /** A made-up district containing every point west of 40.5° east. */
    final IncidentMatcher matcher = new IncidentMatcher((lon, lat) -> lon < 40.5 ? Set.of("west_district", "the_governorate") : Set.of("the_governorate"));

    static CodedPlace at(String kind, double lat, double lon) { return new CodedPlace("P", "target", lat, lon, kind); }

    static CodedIncident coded(String type, int start, int end, CodedPlace... places) {
        return new CodedIncident(type, List.of(places), LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 10), 3, null, null, null, start, end);
    }

    static ProposedIncident proposed(SubEventType type, int start, int end, ProposedPlace... places) {
        return new ProposedIncident(type, DateSpan.day(LocalDate.of(2024, 1, 10)), List.of(places), Casualties.exactly(3),
                Casualties.UNKNOWN, null, null, start, end);
    }

    static ProposedPlace point(String key, double lat, double lon) { return new ProposedPlace(key, lon, lat, false); }

    @Test
    void aPlaceWithinThreeKilometresCoversAndFourDoNot() {
        CodedPlace village = at("village", LAT, LON);
        assertTrue(matcher.covers(point("a", LAT + 0.018, LON), village));
        assertFalse(matcher.covers(point("b", LAT + 0.036, LON), village));
        assertFalse(matcher.covers(point("c", LAT, LON), new CodedPlace("Unplaced", "target", null, null, "village")));
    }

    @Test
    void aRegionIsCoveredByTheUnitThatContainsItsPointNotByAUnitElsewhereOrAVillageFarAway() {
        CodedPlace countryside = at("region", LAT, LON);
        assertTrue(matcher.covers(new ProposedPlace("west_district", 40.45, 35.2, true), countryside), "the district containing the point");
        assertTrue(matcher.covers(new ProposedPlace("the_governorate", 40.9, 35.2, true), countryside));
        assertFalse(matcher.covers(new ProposedPlace("east_district", 40.9, 35.2, true), countryside));
        assertFalse(matcher.covers(new ProposedPlace("west_district", 40.45, 35.2, false), countryside), "only a unit stands for an area");
        assertFalse(matcher.covers(new ProposedPlace("west_district", 40.45, 35.2, true), at("village", LAT, LON)),
                "a village is not found by naming its district");
    }

    @Test
    void afterThePlaceTheSameTypeIsPreferredThenTheSameSentence() {
        List<CodedIncident> coded = List.of(
                coded("Armed clash", 0, 50, at("town", LAT, LON)),
                coded("Air/drone strike", 51, 100, at("town", LAT, LON)));

        IncidentMatcher.ReportMatch byType = matcher.match(coded, List.of(proposed(SubEventType.AIR_DRONE_STRIKE, 0, 50, point("t", LAT, LON))));
        assertEquals(List.of(new IncidentMatcher.Pair(1, 0)), byType.pairs(), "the type decides before the sentence");
        assertEquals(List.of(0), byType.missed());
        assertEquals(2, byType.codedCovered(), "unpaired, both incidents have a proposal near them");

        IncidentMatcher.ReportMatch bySentence = matcher.match(coded, List.of(proposed(SubEventType.ATTACK, 51, 100, point("t", LAT, LON))));
        assertEquals(List.of(new IncidentMatcher.Pair(1, 0)), bySentence.pairs(), "neither type: the sentence decides");
    }

    @Test
    void aDuplicateProposalIsLeftUnpairedButStillCountsAsNearAnIncident() {
        List<CodedIncident> coded = List.of(coded("Attack", 0, 40, at("village", LAT, LON)));
        List<ProposedIncident> proposals = List.of(
                proposed(SubEventType.ATTACK, 0, 40, point("v", LAT, LON)),
                proposed(SubEventType.ATTACK, 41, 90, point("v", LAT + 0.001, LON)));

        IncidentMatcher.ReportMatch m = matcher.match(coded, proposals);

        assertEquals(List.of(new IncidentMatcher.Pair(0, 0)), m.pairs(), "the one in the coded sentence");
        assertEquals(List.of(1), m.unmatched());
        assertEquals(2, m.proposalsCovering());
        assertEquals(1, m.codedPlacesFound());
        assertEquals(2, m.proposedPlaces(), "the duplicate's place counts against precision");
        assertEquals(1, m.proposedPlacesRight());
    }

    @Test
    void anUnlocatedIncidentPairsWithAProposalInItsSentenceWhateverItsPlaces() {
        CodedIncident unlocated = coded("Attack", 100, 160, new CodedPlace("Some Quarter", "location", null, null, "neighbourhood"));
        assertEquals(1, matcher.match(List.of(unlocated), List.of(proposed(SubEventType.ATTACK, 90, 170))).pairs().size());
        assertEquals(0, matcher.match(List.of(unlocated), List.of(proposed(SubEventType.ATTACK, 200, 260))).pairs().size());
        assertEquals(1, matcher.match(List.of(unlocated), List.of(proposed(SubEventType.ATTACK, 90, 170, point("quarter", LAT, LON))))
                .pairs().size(), "the coder gave the place no point, so the proposal's place can be neither right nor wrong");
        CodedIncident located = coded("Attack", 100, 160, at("village", LAT, LON));
        assertEquals(0, matcher.match(List.of(located), List.of(proposed(SubEventType.ATTACK, 90, 170))).pairs().size());
    }

    @Test
    void placeTalliesCountMissesLeaveUncheckablePlacesUnjudgedAndCountAGroupOnce() {
        CodedIncident two = coded("Attack", 0, 50, at("village", LAT, LON), at("village", LAT + 0.2, LON),
                new CodedPlace("Far Away", "location", 36.9, 37.1, "outside"), new CodedPlace("Quarter", "location", null, null, "neighbourhood"),
                new CodedPlace("Launch Hill", "origin", LAT + 0.5, LON, "village"));
        ProposedIncident p = proposed(SubEventType.ATTACK, 0, 50, point("v1", LAT, LON), point("x", 34.0, 39.0), point("y", 34.1, 39.0),
                point("z", 34.2, 39.0), new ProposedPlace("m1", 41.0, 33.0, false, "group@3"), new ProposedPlace("m2", 41.1, 33.0, false, "group@3"));

        IncidentMatcher.ReportMatch m = matcher.match(List.of(two), List.of(p));

        assertEquals(2, m.codedPlaces(), "the outside place, the place without a point and the origin are not counted");
        assertEquals(1, m.codedPlacesFound());
        // v1 right; x and y may be the outside place or the quarter (one each): unjudged; z and the group (one mention) wrong.
        assertEquals(3, m.proposedPlaces());
        assertEquals(1, m.proposedPlacesRight());
        assertEquals(List.of("z", "group"), m.wrongPlacesOf(0), "the places judged wrong, a group by its name");
    }
}
