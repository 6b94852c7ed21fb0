package org.furat.app;

import java.util.List;

/**
 * A correction refused because someone else changed the same fields of the incident, differently, after the analyst
 * opened it: nothing was saved, and each conflict carries the field as opened, as they saved it and as the analyst
 * wants it.
 */
public final class EditConflict extends RuntimeException {

    private final transient List<ConcurrentEdit.Conflict> conflicts;
    private final String changedBy;

    public EditConflict(String key, List<ConcurrentEdit.Conflict> conflicts, String changedBy) {
        super(changedBy + " changed incident " + key + " after you opened it, and so did you: "
                + String.join(", ", conflicts.stream().map(ConcurrentEdit.Conflict::field).toList())
                + ". Nothing was saved: keep yours, take theirs, or edit again.");
        this.conflicts = List.copyOf(conflicts);
        this.changedBy = changedBy;
    }

    public List<ConcurrentEdit.Conflict> conflicts() { return conflicts; }

    /** Who made the latest change to the incident, as the change log names them. */
    public String changedBy() { return changedBy; }
}
