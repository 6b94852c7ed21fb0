package org.furat.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;

/** Named pipes for tests of code that must never open one (opening waits for a writer forever). */
public final class NamedPipes {
    private NamedPipes() {}

    /** Makes a named pipe with mkfifo; skips where there is none, except in CI, which has it. */
    public static Path mkfifo(Path path) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            if ("true".equals(System.getenv("CI"))) throw e;
            assumeTrue(false, "mkfifo is not available: " + e.getMessage());
            throw e;
        }
        assertEquals(0, process.waitFor(), "mkfifo failed");
        return path;
    }
}
