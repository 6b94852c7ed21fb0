package org.furat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code furat gazetteer}: importing places from gazetteers, and taking an import back out. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Imports places from Who's On First, GeoNames or a point layer of your own, and removes an import again.",
        subcommands = {GazetteerImportCommand.class, GazetteerRemoveCommand.class})
final class GazetteerCommand implements Callable<Integer> {

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
