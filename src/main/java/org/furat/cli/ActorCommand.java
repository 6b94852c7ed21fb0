package org.furat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code furat actor}: listing, adding, renaming and merging the parties to incidents. */
@Command(name = "actor", mixinStandardHelpOptions = true,
        description = "Lists the actors, adds one, renames one or merges two into one. Each change is recorded in the history.",
        subcommands = {ActorListCommand.class, ActorAddCommand.class, ActorRenameCommand.class, ActorMergeCommand.class})
final class ActorCommand implements Callable<Integer> {

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
