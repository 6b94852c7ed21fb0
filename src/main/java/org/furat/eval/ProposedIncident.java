package org.furat.eval;

import java.util.List;
import org.furat.model.Casualties;
import org.furat.model.DateSpan;
import org.furat.model.SubEventType;

/**
 * What a proposal says, as the evaluation compares it: type, dates, the places it pins as event places (where
 * fire came from left out), figures, actor keys (null when none) and its sentence's offsets in the report.
 */
public record ProposedIncident(SubEventType type, DateSpan dates, List<ProposedPlace> places, Casualties killed,
                               Casualties injured, String actor1, String actor2, int evidenceStart, int evidenceEnd) {

    public ProposedIncident {
        places = List.copyOf(places);
    }
}
