package org.furat.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.furat.geo.GreatCircle;
import org.furat.model.SubEventType;

/**
 * Pairs a report's proposals with its coded incidents, at most one with one.
 * <p>A proposal can stand for a coded incident when one of its event places covers one of the incident's located
 * event places: lies within {@link #SAME_PLACE_KM} of it or, for a place coded as a region, is an administrative
 * unit that contains the coded point. An incident with no located place (its places have no point, or lie outside
 * the governorate) can be stood for by any proposal whose sentence overlaps its own: the proposal's places can be
 * judged neither right nor wrong against it. Of the pairs that can, the best are taken first: same sub-event type,
 * then overlapping sentences, then more of the incident's places covered, then nearer in the text. Immutable.
 */
public final class IncidentMatcher {

    public static final double SAME_PLACE_KM = 3.0;

    /** The keys of the administrative units (at every level) that contain a point. */
    @FunctionalInterface
    public interface Units {
        Set<String> containing(double lon, double lat);
    }

    /** A coded incident (by index) and the proposal (by index) that stands for it. */
    public record Pair(int coded, int proposed) {}

    /**
     * What the pairing found. Place tallies: of the coded located event places, how many the paired proposal
     * covers; of the proposed event places, how many cover a located place of the paired incident, and how many
     * could not be judged (see {@link #placeTally}).
     */
    public record ReportMatch(List<Pair> pairs, List<Integer> missed, List<Integer> unmatched,
                              int codedPlaces, int codedPlacesFound, int proposedPlaces, int proposedPlacesRight,
                              int codedLocated, int codedCovered, int proposalsCovering,
                              Map<Integer, List<String>> wrongPlaces) {

        /** The event places of the proposal at {@code proposed} judged wrong against its pair, by mention (a group once). */
        public List<String> wrongPlacesOf(int proposed) {
            return wrongPlaces.getOrDefault(proposed, List.of());
        }
    }

    private final Units units;

    public IncidentMatcher(Units units) {
        this.units = units;
    }

    public boolean covers(ProposedPlace p, CodedPlace c) {
        if (!c.hasPoint()) return false;
        if (GreatCircle.km(p.lon(), p.lat(), c.lon(), c.lat()) <= SAME_PLACE_KM) return true;
        return c.region() && p.adminUnit() && units.containing(c.lon(), c.lat()).contains(p.key());
    }

    /** Whether the proposal's sub-event type is the coded one (spelled as ACLED spells it, or as its enum name). */
    public static boolean sameType(CodedIncident coded, ProposedIncident proposal) {
        return proposal.type() == codedType(coded);
    }

    /** The coded sub-event type, or null where the coders wrote one that is none of ACLED's. */
    static SubEventType codedType(CodedIncident coded) {
        try {
            return SubEventType.parse(coded.subEventType());
        } catch (IllegalArgumentException notAcled) {
            return null;
        }
    }

    private record Candidate(int coded, int proposed, int sameType, int overlap, double placesCovered, int distance) {}

    public ReportMatch match(List<CodedIncident> coded, List<ProposedIncident> proposed) {
        List<Candidate> candidates = new ArrayList<>();
        Set<Integer> covered = new HashSet<>(), covering = new HashSet<>();
        for (int c = 0; c < coded.size(); c++) {
            CodedIncident ci = coded.get(c);
            List<CodedPlace> located = ci.located();
            for (int p = 0; p < proposed.size(); p++) {
                ProposedIncident pi = proposed.get(p);
                boolean overlap = ci.evidenceStart() < pi.evidenceEnd() && pi.evidenceStart() < ci.evidenceEnd();
                long placesCovered = located.stream().filter(cp -> pi.places().stream().anyMatch(pp -> covers(pp, cp))).count();
                boolean can = placesCovered > 0 || (located.isEmpty() && overlap);
                if (!can) continue;
                if (placesCovered > 0) covered.add(c);
                covering.add(p);
                candidates.add(new Candidate(c, p, sameType(ci, pi) ? 1 : 0, overlap ? 1 : 0,
                        located.isEmpty() ? 0 : (double) placesCovered / located.size(), Math.abs(ci.evidenceStart() - pi.evidenceStart())));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::sameType).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::overlap).reversed())
                .thenComparing(Comparator.comparingDouble(Candidate::placesCovered).reversed())
                .thenComparingInt(Candidate::distance).thenComparingInt(Candidate::coded).thenComparingInt(Candidate::proposed));
        Integer[] partnerOfCoded = new Integer[coded.size()];
        Integer[] partnerOfProposed = new Integer[proposed.size()];
        List<Pair> pairs = new ArrayList<>();
        for (Candidate k : candidates) {
            if (partnerOfCoded[k.coded()] != null || partnerOfProposed[k.proposed()] != null) continue;
            partnerOfCoded[k.coded()] = k.proposed();
            partnerOfProposed[k.proposed()] = k.coded();
            pairs.add(new Pair(k.coded(), k.proposed()));
        }
        pairs.sort(Comparator.comparingInt(Pair::coded));
        List<Integer> missed = new ArrayList<>(), unmatched = new ArrayList<>();
        for (int c = 0; c < coded.size(); c++) if (partnerOfCoded[c] == null) missed.add(c);
        for (int p = 0; p < proposed.size(); p++) if (partnerOfProposed[p] == null) unmatched.add(p);
        int[] tally = new int[4];
        Map<Integer, List<String>> wrongPlaces = new HashMap<>();
        for (int c = 0; c < coded.size(); c++) {
            List<String> wrong = new ArrayList<>();
            placeTally(coded.get(c), partnerOfCoded[c] == null ? null : proposed.get(partnerOfCoded[c]), tally, wrong);
            if (!wrong.isEmpty()) wrongPlaces.put(partnerOfCoded[c], List.copyOf(wrong));
        }
        for (int p : unmatched) tally[2] += mentions(proposed.get(p)).size();
        int codedLocated = (int) coded.stream().filter(c -> !c.located().isEmpty()).count();
        return new ReportMatch(pairs, missed, unmatched, tally[0], tally[1], tally[2], tally[3], codedLocated, covered.size(), covering.size(),
                Map.copyOf(wrongPlaces));
    }

    /** The proposal's places by mention: a group's members are one proposed place. */
    private static Map<String, List<ProposedPlace>> mentions(ProposedIncident proposal) {
        Map<String, List<ProposedPlace>> m = new LinkedHashMap<>();
        for (ProposedPlace p : proposal.places()) m.computeIfAbsent(p.mention(), k -> new ArrayList<>()).add(p);
        return m;
    }

    /**
     * Adds one coded incident and its paired proposal (or null) to the place tallies: coded places, of them
     * found, proposed places judged, of them right. A proposed place that covers no located place of the incident
     * is left unjudged while the incident has places that could not be checked (no point, or outside the
     * governorate): it may be one of them, one such place each. The mentions judged wrong go to {@code wrong}.
     */
    void placeTally(CodedIncident coded, ProposedIncident proposal, int[] tally, List<String> wrong) {
        List<CodedPlace> located = coded.located();
        tally[0] += located.size();
        if (proposal == null) return;
        for (CodedPlace c : located) if (proposal.places().stream().anyMatch(p -> covers(p, c))) tally[1]++;
        long unjudgeable = coded.unjudgeablePlaces();
        for (List<ProposedPlace> mention : mentions(proposal).values()) {
            boolean right = mention.stream().anyMatch(p -> located.stream().anyMatch(c -> covers(p, c)));
            if (!right && unjudgeable > 0) {
                unjudgeable--;
                continue;
            }
            tally[2]++;
            if (right) tally[3]++;
            else wrong.add(mention.get(0).mentionName());
        }
    }
}
