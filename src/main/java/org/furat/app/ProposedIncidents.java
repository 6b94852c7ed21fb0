package org.furat.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.furat.ingest.PlaceMention;
import org.furat.ingest.Proposal;
import org.furat.model.ActorRole;
import org.furat.model.Evidence;
import org.furat.model.GeoPrecision;
import org.furat.model.Incident;
import org.furat.model.IncidentActor;
import org.furat.model.PlaceLink;
import org.furat.model.PlaceRole;
import org.furat.model.Status;

/** Turns the extractor's proposals into incidents to review (status proposed, the sentence as evidence). */
final class ProposedIncidents {

    private ProposedIncidents() {}

    /**
     * A proposal as an incident to review: status proposed, its sentence as evidence. Its origins are where fire
     * came from, its other places targets, or only locations where the words name a region.
     */
    static Incident of(String key, String sourceKey, Proposal p) {
        Set<PlaceLink> links = new LinkedHashSet<>();
        for (PlaceMention m : p.places()) {
            PlaceRole role = p.origins().contains(m) ? PlaceRole.ORIGIN : PlaceRole.TARGET;
            GeoPrecision precision = m.region() ? GeoPrecision.REGION : GeoPrecision.EXACT;
            PlaceRole linkRole = m.region() && role != PlaceRole.ORIGIN ? PlaceRole.LOCATION : role;
            if (m.groupKey() != null) m.candidates().forEach(k -> links.add(new PlaceLink(k, linkRole, precision)));
            else if (m.chosen() != null) links.add(new PlaceLink(m.chosen(), linkRole, precision));
        }
        if (links.isEmpty() && p.fallbackPlace() != null && p.fallbackPlace().chosen() != null) {
            links.add(new PlaceLink(p.fallbackPlace().chosen(), PlaceRole.LOCATION, GeoPrecision.REGION));
        }
        List<IncidentActor> actors = new ArrayList<>();
        if (p.actor1() != null) actors.add(new IncidentActor(p.actor1().actorKey(), ActorRole.ACTOR1));
        if (p.actor2() != null) actors.add(new IncidentActor(p.actor2().actorKey(), ActorRole.ACTOR2));
        return new Incident(key, p.dates(), p.timePrecision(), p.type(), actors, p.killed(), p.injured(), null, null,
                Status.PROPOSED, new ArrayList<>(links),
                List.of(new Evidence(sourceKey, p.evidence().start(), p.evidence().end(), List.of("type", "date", "places", "actors", "casualties"))),
                "Proposed by the extractor; to be reviewed.");
    }
}
