package org.furat.cli;

import picocli.CommandLine.Command;

/** {@code furat actor}: listing, adding, renaming and merging the parties to incidents. */
@Command(name = "actor", mixinStandardHelpOptions = true,
        description = "Lists the actors, adds one, renames one or merges two into one. Each change is recorded in the history.",
        subcommands = {ActorListCommand.class, ActorAddCommand.class, ActorRenameCommand.class, ActorMergeCommand.class})
final class ActorCommand extends CommandGroup {
}
