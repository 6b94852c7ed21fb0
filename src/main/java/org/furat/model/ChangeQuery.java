package org.furat.model;

import java.time.LocalDate;

/**
 * Which changes to list: those of everything, or of one incident, place or source (with their links, evidence and
 * notes) by its key; made on or after {@code since} (a UTC date; null for all time; changes another program made
 * carry no time and are left out then); at most {@code limit} actions, newest first.
 */
public record ChangeQuery(Subject subject, String key, LocalDate since, int limit) {

    /** Whose history. */
    public enum Subject { ALL, INCIDENT, PLACE, SOURCE }

    public ChangeQuery {
        if (subject != Subject.ALL && (key == null || key.isBlank())) throw new IllegalArgumentException("a key is needed for " + subject);
        if (limit < 1) throw new IllegalArgumentException("the limit must be at least 1");
    }

    public static ChangeQuery all(int limit) {
        return new ChangeQuery(Subject.ALL, null, null, limit);
    }
}
