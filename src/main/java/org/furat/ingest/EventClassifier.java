package org.furat.ingest;

import java.util.List;
import org.furat.model.SubEventType;

/**
 * Finds the words that say what happened ("قصفت", "اشتباكات", "air strike") from data/lexicons/event-triggers.csv.
 * Immutable and thread-safe.
 */
final class EventClassifier {

    /** A trigger found: the sub-event it signals and its words. */
    record Trigger(SubEventType type, Span span) {}

    private final PhraseMatcher<SubEventType> triggers = new PhraseMatcher<>(true);

    EventClassifier() {
        for (LexiconCsv.Row row : LexiconCsv.read("event-triggers", "sub_event_type", "language", "phrase")) {
            try {
                triggers.add(row.get("phrase"), SubEventType.valueOf(row.get("sub_event_type")));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown sub-event type '" + row.get("sub_event_type") + "'");
            }
        }
    }

    List<Trigger> find(TokenizedText words) {
        return triggers.find(words).stream().map(m -> new Trigger(m.value(), words.span(m.from(), m.to() + 1))).toList();
    }
}
