package org.furat.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named steps of multi-step writes (an export's switch of files, an import's commit) at which a crash test
 * can stop the process as a kill would. With the system property {@code furat.kill-at=NAME} the process halts
 * the first time it reaches NAME ({@code NAME@N}: the N-th time, e.g. at the commit of the third file of a
 * batch), running no finally block and no shutdown hook, so the files and the database are left exactly as a
 * SIGKILL at that moment would leave them. With {@code furat.kill-trace=FILE} every step
 * reached is appended to FILE, so a test can learn the steps of an operation before killing it at each.
 * Without either property a step costs two field reads.
 */
public final class KillPoints {

    /** The exit status of a process halted at a kill point: what a shell reports for SIGKILL. */
    public static final int KILLED_EXIT = 137;

    private static final String KILL_AT = System.getProperty("furat.kill-at");
    private static final String TARGET = KILL_AT == null ? null : KILL_AT.replaceFirst("@\\d+$", "");
    private static final int OCCURRENCE = KILL_AT == null || TARGET.equals(KILL_AT) ? 1
            : Integer.parseInt(KILL_AT.substring(TARGET.length() + 1));
    private static final String TRACE = System.getProperty("furat.kill-trace");
    private static final AtomicInteger reached = new AtomicInteger();

    private KillPoints() {}

    /** Marks that the operation reached the step {@code name}; halts here if a test asked for it. */
    public static void reach(String name) {
        if (TRACE != null) trace(name);
        if (name.equals(TARGET) && reached.incrementAndGet() == OCCURRENCE) Runtime.getRuntime().halt(KILLED_EXIT);
    }

    private static synchronized void trace(String name) {
        try {
            Files.writeString(Path.of(TRACE), name + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the kill-point trace " + TRACE, e);
        }
    }
}
