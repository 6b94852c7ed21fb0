package org.furat.cli;

import java.util.concurrent.Callable;
import org.furat.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code furat incident reopen KEY | --report SOURCE}: takes a rejection back, or reopens a report's saved review. */
@Command(name = "reopen", mixinStandardHelpOptions = true,
        description = {"Takes back the rejection of an incident: it is a proposal again, to be reviewed with its report.",
                "With --report, reopens the saved review of a whole report: every incident it gave that was verified or "
                        + "rejected (and not deleted) is a proposal again, in one action (undone by `furat undo`)."})
final class IncidentReopenCommand implements Callable<Integer> {

    @ParentCommand
    IncidentCommand parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "KEY", description = "The rejected incident's key (from `furat incidents --status rejected`)")
    String key;

    @Option(names = "--report", paramLabel = "SOURCE", description = "A report's key (from `furat history` or an export's source column)")
    String report;

    @Override
    public Integer call() {
        if ((key == null) == (report == null)) {
            parent.spec.commandLine().getErr().println("Give either an incident's KEY or --report SOURCE");
            return 2;
        }
        try (Workspace workspace = parent.parent.openWorkspace()) {
            if (report != null) {
                int reopened = workspace.reopenReview(report);
                parent.report("Reopened the review of " + report + ": " + reopened + (reopened == 1 ? " incident is" : " incidents are")
                        + " proposed again");
                return 0;
            }
            workspace.reopenIncident(key);
        }
        parent.report("Reopened incident " + key + ": it is proposed again");
        return 0;
    }
}
