package org.furat.ingest;

import java.util.List;

/** Everything the extractor found in a text, each finding with its span, and the incidents it proposes. */
public record Extraction(String language, List<PlaceMention> places, List<DateMention> dates, List<ActorMention> actors,
                         List<CasualtyMention> casualties, List<Span> triggers, List<Proposal> proposals) {
    public Extraction {
        places = List.copyOf(places);
        dates = List.copyOf(dates);
        actors = List.copyOf(actors);
        casualties = List.copyOf(casualties);
        triggers = List.copyOf(triggers);
        proposals = List.copyOf(proposals);
    }
}
