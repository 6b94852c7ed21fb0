package org.furat.cli;

import java.util.concurrent.Callable;
import org.furat.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code furat place delete KEY}: deletes a place that no incident links to. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Deletes a place that no incident links to (one entered by mistake); a place in use is refused: merge it instead.")
final class PlaceDeleteCommand implements Callable<Integer> {

    @ParentCommand
    PlaceCommand parent;

    @Parameters(index = "0", paramLabel = "KEY", description = "The place's key (from `furat places`)")
    String key;

    @Override
    public Integer call() {
        try (Workspace workspace = parent.parent.openWorkspace()) {
            workspace.gazetteerEditor().deletePlace(key);
        }
        parent.report("Deleted place " + key);
        return 0;
    }
}
