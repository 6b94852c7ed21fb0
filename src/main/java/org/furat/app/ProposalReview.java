package org.furat.app;

import java.util.List;
import org.furat.model.Incident;

/**
 * One proposed incident as the review screen shows it: the proposal, the choices behind its places, the
 * unknown places its sentence names, and reviewed incidents it looks like (same place, overlapping dates,
 * same event type), which it may rather be another source for.
 */
public record ProposalReview(Incident proposal, List<PlaceChoice> placeChoices, List<UnknownPlace> unknownPlaces,
                             List<Incident> similar) {
    public ProposalReview {
        placeChoices = List.copyOf(placeChoices);
        unknownPlaces = List.copyOf(unknownPlaces);
        similar = List.copyOf(similar);
    }
}
