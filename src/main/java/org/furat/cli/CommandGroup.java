package org.furat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code furat incident}, {@code furat place}, …): given alone it prints its
 * usage and exits 2; its subcommands reach the database options through {@link #parent} and say what they did with
 * {@link #report}.
 */
abstract class CommandGroup implements Callable<Integer> {

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
