package org.furat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code furat incident}: changes to one incident — adding or correcting it by hand, deleting it with a reason, restoring it, taking back its rejection. */
@Command(name = "incident", mixinStandardHelpOptions = true,
        description = "Adds an incident by hand or corrects one; deletes one with a reason (it is kept, and hidden unless deleted ones are shown), restores it, "
                + "or takes back its rejection. Each change is recorded in the history.",
        subcommands = {IncidentAddCommand.class, IncidentEditCommand.class, IncidentMergeCommand.class, IncidentDeleteCommand.class, IncidentRestoreCommand.class,
                IncidentReopenCommand.class})
final class IncidentCommand implements Callable<Integer> {

    @ParentCommand
    FuratCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Says on standard output what was done. */
    void report(String line) {
        var out = parent.spec.commandLine().getOut();
        out.println(line);
        out.flush();
    }
}
