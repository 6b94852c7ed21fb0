package org.furat;

import org.furat.app.Workspace;
import org.furat.cli.FuratCommand;
import org.furat.ui.FuratApplication;

/**
 * Entry point: with a command it runs the command line, with none it opens the window. It is a separate
 * class from the JavaFX application so that it can start from a plain class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code = FuratCommand.run(args, new FuratCommand.Window() {
            @Override
            public void open(Workspace workspace) {
                FuratApplication.open(workspace);
            }

            @Override
            public void openOnProblem(String database, RuntimeException problem) {
                System.err.println("furat: " + problem.getMessage());
                FuratApplication.openOnProblem(database, problem.getMessage() == null ? problem.toString() : problem.getMessage());
            }
        });
        System.exit(code);
    }
}
