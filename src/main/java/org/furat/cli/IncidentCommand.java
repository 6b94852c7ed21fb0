package org.furat.cli;

import picocli.CommandLine.Command;

/** {@code furat incident}: changes to incidents — adding or correcting one by hand, merging two, deleting, restoring, taking back a rejection. */
@Command(name = "incident", mixinStandardHelpOptions = true,
        description = "Adds an incident by hand or corrects one; merges two records of one event; deletes one with a reason (it is kept, "
                + "and hidden unless deleted ones are shown), restores it, "
                + "or takes back its rejection. Each change is recorded in the history.",
        subcommands = {IncidentAddCommand.class, IncidentEditCommand.class, IncidentMergeCommand.class, IncidentDeleteCommand.class, IncidentRestoreCommand.class,
                IncidentReopenCommand.class})
final class IncidentCommand extends CommandGroup {
}
