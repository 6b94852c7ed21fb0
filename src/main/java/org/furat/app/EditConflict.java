package org.furat.app;

import java.util.List;

/**
 * A correction refused because someone else changed the same fields of the incident, place or actor, differently,
 * after the analyst opened it: nothing was saved, and each conflict carries the field as opened, as they saved it and as the analyst
 * wants it.
 */
public final class EditConflict extends RuntimeException {

    private final transient List<ConcurrentEdit.Conflict> conflicts;
    private final String subject;
    private final String changedBy;

    /** {@code subject} names what was edited: "incident KEY", "place KEY", "actor KEY". */
    public EditConflict(String subject, List<ConcurrentEdit.Conflict> conflicts, String changedBy) {
        super(changedBy + " changed " + subject + " after you opened it, and so did you: "
                + String.join(", ", conflicts.stream().map(ConcurrentEdit.Conflict::field).toList())
                + ". Nothing was saved: keep yours, take theirs, or cancel and edit again.");
        this.subject = subject;
        this.conflicts = List.copyOf(conflicts);
        this.changedBy = changedBy;
    }

    /** The same conflict, naming who made the latest change (known only once the refused transaction is over). */
    EditConflict by(String who) {
        return new EditConflict(subject, conflicts, who);
    }

    public List<ConcurrentEdit.Conflict> conflicts() { return conflicts; }

    /** Who made the latest change to the incident, as the change log names them. */
    public String changedBy() { return changedBy; }
}
