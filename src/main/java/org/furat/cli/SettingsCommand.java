package org.furat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code furat settings}: the database's settings an analyst may change; for now the name changes are recorded under. */
@Command(name = "settings", mixinStandardHelpOptions = true,
        description = "Shows or changes the database's settings: `analyst` is the name the history records as who made each change.",
        subcommands = {SettingsAnalystCommand.class})
final class SettingsCommand implements Callable<Integer> {

    @ParentCommand
    FuratCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
