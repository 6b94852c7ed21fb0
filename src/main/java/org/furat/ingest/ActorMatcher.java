package org.furat.ingest;

import java.util.List;
import org.furat.model.Actor;

/** Finds actors by their names and spellings in both scripts (from the actors list). Immutable and thread-safe. */
final class ActorMatcher {

    private final PhraseMatcher<String> names = new PhraseMatcher<>(false);

    ActorMatcher(List<Actor> actors) {
        for (Actor a : actors) {
            names.add(a.nameEn(), a.key());
            if (a.nameAr() != null) names.add(a.nameAr(), a.key());
            a.variantsEn().forEach(v -> names.add(v, a.key()));
            a.variantsAr().forEach(v -> names.add(v, a.key()));
        }
    }

    List<ActorMention> find(TokenizedText words) {
        return names.find(words).stream().map(m -> new ActorMention(m.value(), words.span(m.from(), m.to() + 1))).toList();
    }
}
