package org.furat.cli;

import java.util.function.Function;
import org.furat.app.Workspace;

/** What `furat undo` and `furat redo` share: take one step back in the workspace and say which. */
final class TakeBack {

    private TakeBack() {}

    static int run(FuratCommand parent, Function<Workspace, String> step) {
        String done;
        try (Workspace workspace = parent.openWorkspace()) {
            done = step.apply(workspace);
        }
        var out = parent.spec.commandLine().getOut();
        out.println("Done: " + done);
        out.flush();
        return 0;
    }
}
