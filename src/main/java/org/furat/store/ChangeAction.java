package org.furat.store;

/**
 * What a write transaction is doing, as the change log records it: a name ("import report", "save review"), the
 * reason the analyst gave if any, whether every row it changes is logged ({@code perRow}) or, for a bulk load,
 * only a summary per table, and for an undo or redo the id of the action it takes back ({@code undoes}). Every write
 * names its action ({@link FuratDatabase#transaction}), so none goes unlogged.
 */
public record ChangeAction(String name, String reason, boolean perRow, Long undoes) {

    public ChangeAction {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("an action needs a name");
    }

    public ChangeAction(String name, String reason, boolean perRow) {
        this(name, reason, perRow, null);
    }

    /** The action that takes back action {@code id}, named as the history shows it ("undo: save review"). */
    static ChangeAction undoing(long id, String name) {
        return new ChangeAction(name, null, true, id);
    }

    /** An action whose every changed row is logged. */
    public static ChangeAction named(String name) {
        return new ChangeAction(name, null, true);
    }

    /**
     * A bulk load (a synthetic database): rows are not logged one by one, which would slow the loading of millions;
     * the loader records a summary per table instead ({@link ChangeLog#summary}).
     */
    public static ChangeAction bulk(String name) {
        return new ChangeAction(name, null, false);
    }

    /** The same action with the analyst's reason. */
    public ChangeAction because(String why) {
        return new ChangeAction(name, why == null || why.isBlank() ? null : why.strip(), perRow, undoes);
    }

    /** Why, as the history shows it: the reason given, or the action's name. */
    public String why() {
        return reason != null ? reason : name;
    }
}
