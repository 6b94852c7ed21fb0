package org.furat.cli;

import picocli.CommandLine.Command;

/** {@code furat settings}: the database's settings an analyst may change; for now the name changes are recorded under. */
@Command(name = "settings", mixinStandardHelpOptions = true,
        description = "Shows or changes the database's settings: `analyst` is the name the history records as who made each change.",
        subcommands = {SettingsAnalystCommand.class})
final class SettingsCommand extends CommandGroup {
}
