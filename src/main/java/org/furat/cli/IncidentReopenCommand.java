package org.furat.cli;

import java.util.concurrent.Callable;
import org.furat.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code furat incident reopen KEY}: takes a rejection back. */
@Command(name = "reopen", mixinStandardHelpOptions = true,
        description = "Takes back the rejection of an incident: it is a proposal again, to be reviewed with its report.")
final class IncidentReopenCommand implements Callable<Integer> {

    @ParentCommand
    IncidentCommand parent;

    @Parameters(index = "0", paramLabel = "KEY", description = "The rejected incident's key (from `furat incidents --status rejected`)")
    String key;

    @Override
    public Integer call() {
        try (Workspace workspace = parent.parent.openWorkspace()) {
            workspace.reopenIncident(key);
        }
        parent.report("Reopened incident " + key + ": it is proposed again");
        return 0;
    }
}
