package org.furat.model;

import java.time.LocalDate;

/**
 * Which changes to list: those of everything, or of one incident, place or source (with their links, evidence and
 * notes) by its key, or of one action by its id; made on or after {@code since} (a UTC date; null for all time;
 * changes another program made carry no time and are left out then); by {@code who} and of actions named
 * {@code actionName} when given (null for any); of actions older than {@code beforeAction} when it is above 0 (the
 * next page of a long history); at most {@code limit} actions, newest first.
 */
public record ChangeQuery(Subject subject, String key, LocalDate since, int limit, String who, String actionName, long beforeAction) {

    /** Whose history. */
    public enum Subject { ALL, INCIDENT, PLACE, SOURCE, ACTION }

    public ChangeQuery {
        if (subject != Subject.ALL && (key == null || key.isBlank())) throw new IllegalArgumentException("a key is needed for " + subject);
        if (limit < 1) throw new IllegalArgumentException("the limit must be at least 1");
        who = blankToNull(who);
        actionName = blankToNull(actionName);
    }

    public ChangeQuery(Subject subject, String key, LocalDate since, int limit) {
        this(subject, key, since, limit, null, null, 0);
    }

    public static ChangeQuery all(int limit) {
        return new ChangeQuery(Subject.ALL, null, null, limit);
    }

    /** The changes of one action. */
    public static ChangeQuery action(long id) {
        return new ChangeQuery(Subject.ACTION, Long.toString(id), null, 1);
    }

    /** Only the actions of one analyst (as the log names them), or of anyone when null. */
    public ChangeQuery by(String analyst) {
        return new ChangeQuery(subject, key, since, limit, analyst, actionName, beforeAction);
    }

    /** Only the actions with this name ("import report", "delete incident"), or any when null. */
    public ChangeQuery named(String name) {
        return new ChangeQuery(subject, key, since, limit, who, name, beforeAction);
    }

    /** Only the changes made on or after this day (UTC), or at any time when null. */
    public ChangeQuery since(LocalDate day) {
        return new ChangeQuery(subject, key, day, limit, who, actionName, beforeAction);
    }

    /** Only the actions older than this one: the page after the one that ended with it. */
    public ChangeQuery before(long actionId) {
        return new ChangeQuery(subject, key, since, limit, who, actionName, actionId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
