package org.furat.cli;

import java.util.concurrent.Callable;
import org.furat.app.Workspace;
import org.furat.model.Incident;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code furat incident merge OTHER --into KEPT}: two records of one event become one, as places and actors merge. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merges incident OTHER into KEPT: KEPT gains the places, actors and evidence (every source) it lacks, and OTHER is "
                + "deleted for the reason \"merged into KEPT\" (kept, restorable, and listed by `furat export --deleted-since`).",
                "KEPT's own dates, type and casualties stay: correct them with `furat incident edit` where the two disagree."})
final class IncidentMergeCommand implements Callable<Integer> {

    @ParentCommand
    IncidentCommand parent;

    @Parameters(index = "0", paramLabel = "OTHER", description = "The incident merged into the other")
    String other;

    @Option(names = "--into", paramLabel = "KEPT", required = true, description = "The incident that stays")
    String kept;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, kept in the history after \"merged into KEPT\"")
    String reason;

    @Override
    public Integer call() {
        Incident merged;
        try (Workspace workspace = parent.parent.openWorkspace()) {
            merged = workspace.mergeIncidents(kept, other, reason);
        }
        parent.report("Merged " + other + " into " + kept + ": " + merged.evidence().size() + " evidence spans, "
                + merged.places().size() + " places");
        return 0;
    }
}
