package org.furat.cli;

import picocli.CommandLine.Command;

/** {@code furat place}: changes to the gazetteer — adding, editing, merging and deleting places. */
@Command(name = "place", mixinStandardHelpOptions = true,
        description = "Adds a place, edits its names, spellings, kind, precision or point, merges two places into one, or "
                + "deletes a place no incident links to. Each change is recorded in the history.",
        subcommands = {PlaceAddCommand.class, PlaceEditCommand.class, PlaceMergeCommand.class, PlaceDeleteCommand.class})
final class PlaceCommand extends CommandGroup {
}
