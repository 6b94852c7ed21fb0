package org.furat.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.furat.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code furat settings analyst [NAME | --unset]}: shows or sets the name the history records as who made each change. */
@Command(name = "analyst", mixinStandardHelpOptions = true,
        description = "Without a name, says who changes are recorded as. With one, records every later change under it "
                + "(setting it is itself recorded in the history); --unset goes back to the computer's user name (in a team "
                + "database, the database user's, each of whom has a name of their own).")
final class SettingsAnalystCommand implements Callable<Integer> {

    @ParentCommand
    SettingsCommand parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The analyst's name, e.g. \"Layla Hassan\"")
    String name;

    @Option(names = "--unset", description = "Clear the name: changes are recorded under the computer's user name")
    boolean unset;

    @Override
    public Integer call() {
        if (unset && name != null) throw new IllegalArgumentException("give a name or --unset, not both");
        if (name != null && name.isBlank()) throw new IllegalArgumentException("the name is empty: use --unset to clear it");
        PrintWriter out = parent.parent.spec.commandLine().getOut();
        try (Workspace workspace = parent.parent.openWorkspace()) {
            if (unset) workspace.setAnalystName(null);
            else if (name != null) workspace.setAnalystName(name);
            Optional<String> set = workspace.analystName();
            out.println(set.isPresent() ? "Changes are recorded as: " + set.get()
                    : "No analyst name is set: changes are recorded as the computer's user, " + workspace.recordedAs()
                    + " (set one with: furat settings analyst \"NAME\")");
        }
        out.flush();
        return 0;
    }
}
