package org.furat;

import org.furat.cli.FuratCommand;
import org.furat.ui.FuratApplication;

/**
 * Entry point: with a command it runs the command line, with none it opens the window. It is a separate
 * class from the JavaFX application so that it can start from a plain class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code = FuratCommand.run(args, FuratApplication::open);
        System.exit(code);
    }
}
