package org.furat.ingest;

import java.util.List;
import org.furat.model.SubEventType;

/**
 * Finds the words that say what happened ("قصفت", "اشتباكات", "air strike") from data/lexicons/event-triggers.csv.
 * A word marked weak there says only that something happened («استهداف», «هجوم», «انفجار», "attack"): it names the
 * event only where the sentence has no other event word («استهداف ... بقذائف الهاون» is shelling). A phrase marked
 * none names no event, though it starts with a word that does ("fighting positions", "fighting age") or with a longer
 * word that a shorter event word begins («غامض», mysterious, which «ألغام», mines, begins once its article is off):
 * being longer, it is read instead of that word. Immutable and thread-safe.
 */
final class EventClassifier {

    /** A trigger found: the sub-event it signals, its words, and whether it is weak (see the class comment). */
    record Trigger(SubEventType type, Span span, boolean weak) {}

    record Word(SubEventType type, boolean weak, boolean none) {}

    private final PhraseMatcher<Word> triggers = new PhraseMatcher<>(true);

    EventClassifier() {
        for (LexiconCsv.Row row : LexiconCsv.read("event-triggers", "sub_event_type", "language", "phrase")) {
            triggers.add(row.get("phrase"), word(row));
        }
    }

    /** The event word a lexicon row gives, or an error naming its file and line for a type or strength it cannot be. */
    static Word word(LexiconCsv.Row row) {
        SubEventType type;
        try {
            type = SubEventType.valueOf(row.get("sub_event_type"));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown sub-event type '" + row.get("sub_event_type") + "'");
        }
        String strength = row.get("strength");
        if (!STRENGTHS.contains(strength)) {
            throw row.error("unknown strength '" + strength + "' (leave it empty, or write weak or none)");
        }
        return new Word(type, strength.equals("weak"), strength.equals("none"));
    }

    private static final java.util.Set<String> STRENGTHS = java.util.Set.of("", "weak", "none");

    List<Trigger> find(TokenizedText words) {
        return triggers.find(words).stream().filter(m -> !m.value().none())
                .map(m -> new Trigger(m.value().type(), words.span(m.from(), m.to() + 1), m.value().weak())).toList();
    }
}
