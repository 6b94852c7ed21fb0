package org.furat.app;

import java.util.Optional;

/**
 * Names for the keys the change log holds: the log keeps a link as the keys it joins, an analyst reads it by the names
 * of the place or actor, and an evidence row by the words it quotes.
 */
public interface ChangeNames {

    /** A place's names ("Hatla (حطلة)"), or empty when the key is no longer in the gazetteer. */
    Optional<String> place(String key);

    /** An actor's names, or empty when unknown. */
    Optional<String> actor(String key);

    /** The words between two offsets of a report's text, or empty when the report or the span is not there. */
    Optional<String> quote(String sourceKey, int start, int end);

    /** Names nothing: every key shows as itself. */
    static ChangeNames keysOnly() {
        return new ChangeNames() {
            @Override
            public Optional<String> place(String key) { return Optional.empty(); }

            @Override
            public Optional<String> actor(String key) { return Optional.empty(); }

            @Override
            public Optional<String> quote(String sourceKey, int start, int end) { return Optional.empty(); }
        };
    }
}
