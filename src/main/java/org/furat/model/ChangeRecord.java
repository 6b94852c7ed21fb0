package org.furat.model;

import java.util.List;

/**
 * An action as the change log recorded it, with the changes it made (or those of them a query asked for): its id,
 * when it was made (UTC, ISO 8601), who made it, its name ("import report") and why (the reason given, or the name).
 * An id of 0 gathers changes another program made, which name no action.
 */
public record ChangeRecord(long actionId, String at, String who, String name, String why, List<ChangeEntry> changes) {
    public ChangeRecord {
        changes = List.copyOf(changes);
    }
}
