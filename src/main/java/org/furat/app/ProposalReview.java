package org.furat.app;

import java.util.List;
import org.furat.model.Incident;

/**
 * One proposed incident as the review screen shows it: the proposal, the choices behind its places, the
 * unknown places its sentence names, and reviewed incidents it looks like (same place, overlapping dates,
 * same event type), which it may rather be another source for. A proposal not yet {@code saved} is one the
 * extractor makes now for a sentence no incident cites (a report opened again, perhaps after the gazetteer
 * grew); it is stored only once the analyst decides on it or edits it.
 */
public record ProposalReview(Incident proposal, List<PlaceChoice> placeChoices, List<UnknownPlace> unknownPlaces,
                             List<Incident> similar, boolean saved) {
    public ProposalReview {
        placeChoices = List.copyOf(placeChoices);
        unknownPlaces = List.copyOf(unknownPlaces);
        similar = List.copyOf(similar);
    }
}
