package org.furat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code furat place}: changes to the gazetteer — adding, editing, merging and deleting places. */
@Command(name = "place", mixinStandardHelpOptions = true,
        description = "Adds a place, edits its names, spellings, kind, precision or point, merges two places into one, or "
                + "deletes a place no incident links to. Each change is recorded in the history.",
        subcommands = {PlaceAddCommand.class, PlaceEditCommand.class, PlaceMergeCommand.class, PlaceDeleteCommand.class})
final class PlaceCommand implements Callable<Integer> {

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
