package org.furat.store;

import java.util.Optional;
import java.util.Set;

/**
 * Undo and redo of the analyst's own last actions ({@link UndoStack} says which), each recorded in the change log as
 * an action of its own that names the one it takes back.
 */
public final class UndoRedo {

    private final FuratDatabase database;

    public UndoRedo(FuratDatabase database) {
        this.database = database;
    }

    /** What was taken back: the action's name as the history shows it, the incidents it touched, and whether places or actors changed. */
    public record Done(String name, Set<Long> incidentIds, boolean gazetteerChanged) {}

    /** The action Undo would take back now, if any. */
    public Optional<UndoStack.Step> nextUndo() {
        return database.read(c -> UndoStack.undoable(c, ChangeLog.who(c)));
    }

    /** The undo Redo would take back now, if any. */
    public Optional<UndoStack.Step> nextRedo() {
        return database.read(c -> UndoStack.redoable(c, ChangeLog.who(c)));
    }

    /** Takes back the analyst's latest action; refused, changing nothing, when there is none or a later change stands in the way. */
    public Done undo() {
        return takeBack(nextUndo().orElseThrow(() -> new IllegalStateException("There is nothing of yours to undo")), false);
    }

    /** Takes back the analyst's latest undo. */
    public Done redo() {
        return takeBack(nextRedo().orElseThrow(() -> new IllegalStateException("There is nothing to redo")), true);
    }

    private Done takeBack(UndoStack.Step step, boolean redo) {
        String name = step.reversalName(redo);
        ChangeReversal.Reversed reversed;
        try {
            reversed = database.transaction(ChangeAction.undoing(step.actionId(), name), c -> {
                // Another window of the same analyst may have undone it meanwhile: take back only what is still next.
                Optional<UndoStack.Step> still = redo ? UndoStack.redoable(c, ChangeLog.who(c)) : UndoStack.undoable(c, ChangeLog.who(c));
                if (still.isEmpty() || still.get().actionId() != step.actionId()) {
                    throw new IllegalStateException("\"" + step.name() + "\" was taken back or followed by another change meanwhile: nothing was done");
                }
                return UndoStack.takeBack(c, step);
            });
        } catch (StoreException e) {
            // A refusal (a later change in the way) is the analyst's answer, not a failure of the file.
            if (e.getCause() instanceof IllegalStateException refusal) throw refusal;
            throw e;
        }
        return new Done(name, reversed.incidentIds(), reversed.gazetteerChanged());
    }
}
