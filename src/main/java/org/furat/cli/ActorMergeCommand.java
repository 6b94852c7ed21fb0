package org.furat.cli;

import java.util.concurrent.Callable;
import org.furat.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code furat actor merge KEY --into KEPT}: merges an actor into another. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merges an actor into another (one party entered twice): its incidents move to the kept actor, its names "
                + "become spellings of it, and it is deleted.")
final class ActorMergeCommand implements Callable<Integer> {

    @ParentCommand
    ActorCommand parent;

    @Parameters(index = "0", paramLabel = "KEY", description = "The actor merged away (from `furat actor list`)")
    String gone;

    @Option(names = "--into", required = true, paramLabel = "KEPT", description = "The actor kept")
    String kept;

    @Override
    public Integer call() {
        int moved;
        try (Workspace workspace = parent.parent.openWorkspace()) {
            moved = workspace.gazetteerEditor().mergeActors(kept, gone);
        }
        parent.report("Merged actor " + gone + " into " + kept + ": " + moved + (moved == 1 ? " incident" : " incidents") + " moved");
        return 0;
    }
}
