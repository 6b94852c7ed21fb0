package org.furat.cli;

import picocli.CommandLine.Command;

/** {@code furat gazetteer}: importing places from gazetteers, and taking an import back out. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Imports places from Who's On First, GeoNames or a point layer of your own, and removes an import again.",
        subcommands = {GazetteerImportCommand.class, GazetteerRemoveCommand.class})
final class GazetteerCommand extends CommandGroup {
}
