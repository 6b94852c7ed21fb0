package org.furat.cli;

import java.util.concurrent.Callable;
import org.furat.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code furat place merge KEY --into KEPT}: merges a place into another. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merges a place into another (the same place entered twice): its incidents, group memberships and "
                + "source records move to the kept place, its names become spellings of it, and it is deleted.")
final class PlaceMergeCommand implements Callable<Integer> {

    @ParentCommand
    PlaceCommand parent;

    @Parameters(index = "0", paramLabel = "KEY", description = "The place merged away (from `furat places`)")
    String gone;

    @Option(names = "--into", required = true, paramLabel = "KEPT", description = "The place kept")
    String kept;

    @Override
    public Integer call() {
        int moved;
        try (Workspace workspace = parent.parent.openWorkspace()) {
            moved = workspace.gazetteerEditor().mergePlaces(kept, gone);
        }
        parent.report("Merged place " + gone + " into " + kept + ": " + moved + (moved == 1 ? " incident" : " incidents") + " moved");
        return 0;
    }
}
