package org.furat.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.furat.model.Casualties;
import org.furat.model.DateSpan;
import org.furat.model.Evidence;
import org.furat.model.Incident;
import org.furat.model.IncidentActor;
import org.furat.model.PlaceLink;
import org.furat.model.TimePrecision;

/**
 * Joins two proposals the analyst says describe one event, typically a sentence and its follow-up ("the
 * shelling came from…"). The first keeps its key and type; dates widen to cover both; places, actors and
 * evidence are the union; casualty figures are not added up (two sentences about one event repeat the toll),
 * the first proposal's figure counts and the second fills in only what the first lacks.
 */
final class ProposalMerge {

    private ProposalMerge() {}

    static Incident merge(Incident first, Incident second) {
        DateSpan dates = new DateSpan(min(first.dates().start(), second.dates().start()), max(first.dates().end(), second.dates().end()));
        TimePrecision precision = first.timePrecision().code() >= second.timePrecision().code() ? first.timePrecision() : second.timePrecision();
        Map<String, PlaceLink> places = new LinkedHashMap<>();
        for (PlaceLink link : first.places()) places.putIfAbsent(link.placeKey(), link);
        for (PlaceLink link : second.places()) places.putIfAbsent(link.placeKey(), link);
        List<IncidentActor> actors = new ArrayList<>(first.actors());
        for (IncidentActor actor : second.actors()) if (!actors.contains(actor)) actors.add(actor);
        return first.withDates(dates, precision).withPlaces(new ArrayList<>(places.values())).withActors(actors)
                .withCasualties(known(first.killed(), second.killed()), known(first.injured(), second.injured()))
                .withEvidence(evidenceOfBoth(first, second));
    }

    /** The evidence of {@code base} followed by whatever of {@code extra}'s it does not already cite. */
    static List<Evidence> evidenceOfBoth(Incident base, Incident extra) {
        List<Evidence> evidence = new ArrayList<>(base.evidence());
        for (Evidence e : extra.evidence()) if (!evidence.contains(e)) evidence.add(e);
        return evidence;
    }

    private static Casualties known(Casualties first, Casualties second) {
        return first.known() ? first : second;
    }

    private static LocalDate min(LocalDate a, LocalDate b) { return a.isBefore(b) ? a : b; }

    private static LocalDate max(LocalDate a, LocalDate b) { return a.isAfter(b) ? a : b; }
}
