package org.furat.app;

import java.util.List;
import org.furat.model.Incident;

/**
 * One proposed incident as the review screen shows it: the proposal, the choices behind its places, the
 * unknown places its sentence names, and reviewed incidents it looks like (same place, overlapping dates,
 * same event type), which it may rather be another source for. A proposal not yet {@code saved} is one the
 * extractor made for a sentence no incident cites when a report kept without a reading (imported by an older
 * Furat) was first read; it is stored only once the analyst decides on it or edits it. One
 * {@code noLongerProposed} is a proposal that reading the report again with today's gazetteer and rules no longer
 * makes: still to review, most likely to reject.
 */
public record ProposalReview(Incident proposal, List<PlaceChoice> placeChoices, List<UnknownPlace> unknownPlaces,
                             List<Incident> similar, boolean saved, boolean noLongerProposed) {
    public ProposalReview {
        placeChoices = List.copyOf(placeChoices);
        unknownPlaces = List.copyOf(unknownPlaces);
        similar = List.copyOf(similar);
    }

    public ProposalReview(Incident proposal, List<PlaceChoice> placeChoices, List<UnknownPlace> unknownPlaces, List<Incident> similar,
                          boolean saved) {
        this(proposal, placeChoices, unknownPlaces, similar, saved, false);
    }
}
