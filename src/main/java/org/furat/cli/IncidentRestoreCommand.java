package org.furat.cli;

import java.util.concurrent.Callable;
import org.furat.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code furat incident restore KEY}: takes a deletion back. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restores a deleted incident: it shows again everywhere, exactly as it was before it was deleted.")
final class IncidentRestoreCommand implements Callable<Integer> {

    @ParentCommand
    IncidentCommand parent;

    @Parameters(index = "0", paramLabel = "KEY", description = "The deleted incident's key (from `furat incidents --show-deleted`)")
    String key;

    @Override
    public Integer call() {
        try (Workspace workspace = parent.parent.openWorkspace()) {
            workspace.restoreIncident(key);
        }
        parent.report("Restored incident " + key);
        return 0;
    }
}
