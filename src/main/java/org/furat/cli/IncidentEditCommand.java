package org.furat.cli;

import java.util.concurrent.Callable;
import org.furat.app.Workspace;
import org.furat.model.Incident;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code furat incident edit KEY …}: corrects an incident, whatever its status. */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Corrects an incident, whatever its status: each option given replaces that field, the rest stay.",
                "Only what changes is recorded in the history; `furat undo` takes it back."})
final class IncidentEditCommand implements Callable<Integer> {

    @ParentCommand
    IncidentCommand parent;

    @Parameters(index = "0", paramLabel = "KEY", description = "The incident's key")
    String key;

    @Mixin
    IncidentFieldOptions fields;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, kept in the history")
    String reason;

    @Override
    public Integer call() {
        if (!fields.any()) throw new IllegalArgumentException("Say what to change: see furat incident edit --help");
        Incident edited;
        try (Workspace workspace = parent.parent.openWorkspace()) {
            Incident before = workspace.incident(key).orElseThrow(() -> new IllegalArgumentException("There is no incident " + key));
            edited = workspace.editIncident(fields.applyTo(before), reason);
        }
        parent.report("Edited incident " + key + ": " + edited.descriptionEn());
        return 0;
    }
}
