package org.furat.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.furat.model.Casualties;
import org.furat.model.SubEventType;

/**
 * The extraction-quality figures of docs/extraction-quality.md, added up over reports. Each is a count of hits
 * out of a count of cases, so figures over several runs or splits can be added exactly. Not thread-safe.
 */
public final class Measures {

    /** Hits out of cases; the value is undefined (null) without cases. */
    public record Ratio(int hits, int of) {
        public Double value() { return of == 0 ? null : (double) hits / of; }

        Ratio plus(boolean hit) { return new Ratio(hits + (hit ? 1 : 0), of + 1); }

        Ratio plus(int moreHits, int moreOf) { return new Ratio(hits + moreHits, of + moreOf); }
    }

    private Ratio placesPrecision = new Ratio(0, 0), placesRecall = new Ratio(0, 0), found = new Ratio(0, 0),
            type = new Ratio(0, 0), killed = new Ratio(0, 0), injured = new Ratio(0, 0), dates = new Ratio(0, 0),
            correspond = new Ratio(0, 0), covered = new Ratio(0, 0), covering = new Ratio(0, 0), actor1 = new Ratio(0, 0), actor2 = new Ratio(0, 0);
    private int reports, incidents, proposals;
    /** Paired incidents whose proposal has another sub-event type, by (coded type, proposed type). */
    private final Map<TypeConfusion, Integer> typeConfusions = new TreeMap<>();
    private FigureMisses killedMisses = new FigureMisses(0, 0, 0), injuredMisses = new FigureMisses(0, 0, 0);

    /** A coded sub-event type (as ACLED spells it) and the other type its paired proposal has. */
    public record TypeConfusion(String coded, String proposed) implements Comparable<TypeConfusion> {
        private static final Comparator<TypeConfusion> ORDER =
                Comparator.comparing(TypeConfusion::coded).thenComparing(TypeConfusion::proposed);

        @Override
        public int compareTo(TypeConfusion o) {
            return ORDER.compare(this, o);
        }
    }

    /**
     * How the wrong figures of paired incidents were wrong: the proposal gave no figure, or a lower one, or a
     * higher one (its best estimate or, without one, its lower bound; see {@link #sameFigure}).
     */
    public record FigureMisses(int withoutFigure, int lower, int higher) {
        FigureMisses plus(int coded, Casualties proposed) {
            Integer figure = figureOf(proposed);
            if (figure == null) return new FigureMisses(withoutFigure + 1, lower, higher);
            if (figure < coded) return new FigureMisses(withoutFigure, lower + 1, higher);
            if (figure > coded) return new FigureMisses(withoutFigure, lower, higher + 1);
            return this;
        }
    }

    /**
     * Adds one report: its coded incidents, the proposals for it and how the matcher paired them.
     *
     * @param published the report's publication date (null when unknown), for {@link CodedIncident#sidesDay}
     */
    public void add(List<CodedIncident> coded, List<ProposedIncident> proposed, IncidentMatcher.ReportMatch match,
                    ActorNames actors, java.time.LocalDate published) {
        reports++;
        incidents += coded.size();
        proposals += proposed.size();
        placesPrecision = placesPrecision.plus(match.proposedPlacesRight(), match.proposedPlaces());
        placesRecall = placesRecall.plus(match.codedPlacesFound(), match.codedPlaces());
        Set<Integer> paired = new HashSet<>();
        for (IncidentMatcher.Pair pair : match.pairs()) {
            paired.add(pair.coded());
            CodedIncident c = coded.get(pair.coded());
            ProposedIncident p = proposed.get(pair.proposed());
            boolean sameType = IncidentMatcher.sameType(c, p);
            type = type.plus(sameType);
            if (!sameType) typeConfusions.merge(new TypeConfusion(codedType(c), p.type().label()), 1, Integer::sum);
            if (c.killed() != null) {
                killed = killed.plus(sameFigure(c.killed(), p.killed()));
                killedMisses = killedMisses.plus(c.killed(), p.killed());
            }
            if (c.injured() != null) {
                injured = injured.plus(sameFigure(c.injured(), p.injured()));
                injuredMisses = injuredMisses.plus(c.injured(), p.injured());
            }
            if (c.dated()) dates = dates.plus(datesRight(c, p));
            actor1 = actor1.plus(Objects.equals(actors.keyOf(c.actor1(), c.sidesDay(published)), p.actor1()));
            actor2 = actor2.plus(Objects.equals(actors.keyOf(c.actor2(), c.sidesDay(published)), p.actor2()));
        }
        for (int i = 0; i < coded.size(); i++) if (!coded.get(i).located().isEmpty()) found = found.plus(paired.contains(i));
        correspond = correspond.plus(match.pairs().size(), proposed.size());
        covered = covered.plus(match.codedCovered(), match.codedLocated());
        covering = covering.plus(match.proposalsCovering(), proposed.size());
    }

    /**
     * Whether the proposal gives the coded figure: its best estimate or, where it gives only a lower bound ("more
     * than 3", which the coders code as 3), that bound. A proposal without a figure is wrong, also against a coded 0.
     */
    public static boolean sameFigure(int coded, Casualties proposed) {
        Integer figure = figureOf(proposed);
        return figure != null && figure == coded;
    }

    /** The figure a proposal is judged by: its best estimate or, without one, its lower bound; null without either. */
    private static Integer figureOf(Casualties proposed) {
        return proposed.best() != null ? proposed.best() : proposed.low();
    }

    /** The coded type as ACLED labels it, or as the coders wrote it when it is none of ACLED's. */
    private static String codedType(CodedIncident coded) {
        SubEventType type = IncidentMatcher.codedType(coded);
        return type != null ? type.label() : coded.subEventType();
    }

    /** The paired incidents given another sub-event type, by coded and proposed type, most frequent first. */
    public List<Map.Entry<TypeConfusion, Integer>> typeConfusions() {
        List<Map.Entry<TypeConfusion, Integer>> list = new ArrayList<>(typeConfusions.entrySet());
        list.sort(Map.Entry.<TypeConfusion, Integer>comparingByValue().reversed()); // stable: ties stay in type order
        return list;
    }

    /** How the paired incidents' killed figures were wrong. */
    public FigureMisses killedMisses() { return killedMisses; }

    /** How the paired incidents' injured figures were wrong. */
    public FigureMisses injuredMisses() { return injuredMisses; }

    /** Whether the proposal's span lies inside the coded one; a coded span with one end open is bounded on one side. */
    public static boolean datesRight(CodedIncident coded, ProposedIncident proposal) {
        LocalDate start = coded.dateStart() != null ? coded.dateStart() : LocalDate.MIN;
        LocalDate end = coded.dateEnd() != null ? coded.dateEnd() : LocalDate.MAX;
        return !proposal.dates().start().isBefore(start) && !proposal.dates().end().isAfter(end);
    }

    /** The figures by name, in the order the issue lists them. */
    public Map<String, Ratio> ratios() {
        Map<String, Ratio> m = new LinkedHashMap<>();
        m.put("places_precision", placesPrecision);
        m.put("places_recall", placesRecall);
        m.put("incidents_found", found);
        m.put("sub_event_type", type);
        m.put("killed_exact", killed);
        m.put("injured_exact", injured);
        m.put("dates_right", dates);
        m.put("proposals_correspond", correspond);
        m.put("actor1", actor1);
        m.put("actor2", actor2);
        m.put("incidents_covered", covered);
        m.put("proposals_covering", covering);
        return m;
    }

    /** The harmonic mean of event-place precision and recall, or null when either is undefined. */
    public Double placesF1() {
        Double p = placesPrecision.value(), r = placesRecall.value();
        if (p == null || r == null) return null;
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public int reports() { return reports; }

    public int incidents() { return incidents; }

    public int proposals() { return proposals; }
}
