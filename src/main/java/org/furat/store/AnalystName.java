package org.furat.store;

import java.util.Optional;

/**
 * The analyst's name, which the change log records as who made each change (the computer's user while it is unset).
 * It is kept in the database, so a file passed to a colleague keeps the name of whoever made each change, and setting
 * it is itself an action in the history. In a team database each database user has their own (their user name
 * while it is unset).
 */
public final class AnalystName {

    /** The action that sets or clears the name, as the history lists it. */
    public static final String ACTION = "set analyst name";

    private final FuratDatabase database;

    public AnalystName(FuratDatabase database) {
        this.database = database;
    }

    /** The name set, or empty when changes are recorded under the computer's user. */
    public Optional<String> get() {
        return database.read(c -> Optional.ofNullable(Settings.get(c, ChangeLog.analystKey(c))).filter(s -> !s.isBlank()).map(String::strip));
    }

    /** Who the next change will be recorded as: the name set, else the computer's user. */
    public String recordedAs() {
        return database.read(ChangeLog::who);
    }

    /** Sets the name; a blank one clears it, so changes are recorded under the computer's user again. */
    public void set(String name) {
        String value = name == null ? "" : name.strip();
        database.transaction(ChangeAction.named(ACTION), c -> {
            if (value.isEmpty()) Settings.remove(c, ChangeLog.analystKey(c));
            else Settings.put(c, ChangeLog.analystKey(c), value);
            return null;
        });
    }
}
