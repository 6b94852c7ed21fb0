package org.furat.cli;

import java.util.concurrent.Callable;
import org.furat.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code furat undo}: takes back your latest change, as Ctrl+Z does in the window. */
@Command(name = "undo", mixinStandardHelpOptions = true,
        description = {"Takes back your latest change (yours: the analyst's name in the settings, else your user name), "
                + "recorded in the history as an action of its own.",
                "Refused, changing nothing, when someone changed the same thing since. `furat redo` takes the undo back."})
final class UndoCommand implements Callable<Integer> {

    @ParentCommand
    FuratCommand parent;

    @Override
    public Integer call() {
        return TakeBack.run(parent, Workspace::undo);
    }
}
