package org.furat.ingest;

import java.util.List;
import org.furat.model.Actor;

/**
 * Finds actors by their names and spellings in both scripts (from the actors list). A name written in capitals only
 * ("IS", "SDF", "IRGC") is found only written so: "IS" is the Islamic State, "is" a verb. Immutable and thread-safe.
 */
final class ActorMatcher {

    /** An actor's name as indexed: whose it is, and whether it must be found in capitals. */
    private record Name(String actorKey, boolean capitals) {}

    private final PhraseMatcher<Name> names = new PhraseMatcher<>(false);

    ActorMatcher(List<Actor> actors) {
        for (Actor a : actors) {
            add(a.nameEn(), a.key());
            if (a.nameAr() != null) add(a.nameAr(), a.key());
            a.variantsEn().forEach(v -> add(v, a.key()));
            a.variantsAr().forEach(v -> add(v, a.key()));
        }
    }

    private void add(String name, String key) {
        names.add(name, new Name(key, capitalsOnly(name)));
    }

    List<ActorMention> find(TokenizedText words) {
        return names.find(words).stream()
                .filter(m -> !m.value().capitals() || !hasLowerCase(words.span(m.from(), m.to() + 1).text()))
                .map(m -> new ActorMention(m.value().actorKey(), words.span(m.from(), m.to() + 1))).toList();
    }

    /** Whether a name has Latin letters and all of them capitals: an abbreviation. */
    private static boolean capitalsOnly(String name) {
        return name.chars().anyMatch(c -> c < 0x0250 && Character.isLetter(c)) && !hasLowerCase(name);
    }

    private static boolean hasLowerCase(String text) {
        return text.chars().anyMatch(c -> c < 0x0250 && Character.isLowerCase(c));
    }
}
