package org.furat.cli;

import java.util.concurrent.Callable;
import org.furat.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code furat redo}: takes back your latest undo, as Ctrl+Shift+Z does in the window. */
@Command(name = "redo", mixinStandardHelpOptions = true,
        description = "Takes back your latest undo, unless you changed something since.")
final class RedoCommand implements Callable<Integer> {

    @ParentCommand
    FuratCommand parent;

    @Override
    public Integer call() {
        return TakeBack.run(parent, Workspace::redo);
    }
}
