package org.furat.cli;

import java.util.concurrent.Callable;
import org.furat.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code furat incident delete KEY --reason TEXT}: marks an incident deleted, keeping it. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = {"Deletes an incident, for a reason: it is kept, left out of the map, lists, counts and exports, "
                + "and listed by `furat export --deleted-since`.",
                "`furat incidents --show-deleted` shows it again; `furat incident restore` takes the deletion back."})
final class IncidentDeleteCommand implements Callable<Integer> {

    @ParentCommand
    IncidentCommand parent;

    @Parameters(index = "0", paramLabel = "KEY", description = "The incident's key (from `furat incidents`)")
    String key;

    @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why it is deleted, kept with it and in the history")
    String reason;

    @Override
    public Integer call() {
        try (Workspace workspace = parent.parent.openWorkspace()) {
            workspace.deleteIncident(key, reason);
        }
        parent.report("Deleted incident " + key + ": " + reason.strip());
        return 0;
    }
}
