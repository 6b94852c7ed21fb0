package org.furat.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a separate JVM on the test class path, so that a crash test can kill it (SIGKILL, or
 * halting at a {@link KillPoints} step) and then look at what it left behind.
 */
public final class ChildJvm {

    /** How a child ended: its exit status (137 when killed), and what it printed. */
    public record Result(int exit, String out, String err, boolean killed) {}

    private final List<String> command = new ArrayList<>();
    private Path workingDir;

    private ChildJvm(String mainClass, Map<String, String> properties, List<String> args) {
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-Dfile.encoding=UTF-8");
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
    }

    /** The Furat command line ({@code org.furat.Main}) with these arguments and system properties. */
    public static ChildJvm furat(Map<String, String> properties, String... args) {
        return new ChildJvm("org.furat.Main", properties, List.of(args));
    }

    /** Any main class of the test or main class path. */
    public static ChildJvm main(Class<?> mainClass, Map<String, String> properties, String... args) {
        return new ChildJvm(mainClass.getName(), properties, List.of(args));
    }

    /**
     * Starts the JVM for a short run: the quick compiler only and the serial collector, which take a run of about a
     * second to two thirds of its time. For tests that start many short children.
     */
    public ChildJvm quickStart() {
        command.addAll(1, List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        return this;
    }

    public ChildJvm in(Path folder) {
        this.workingDir = folder;
        return this;
    }

    /** Runs to the end (at most {@code limit}); fails the caller if it takes longer. */
    public Result run(Duration limit) throws IOException, InterruptedException {
        return runFor(limit, false);
    }

    /** Runs, and kills the child with SIGKILL after {@code after} if it is still running then. */
    public Result killAfter(Duration after) throws IOException, InterruptedException {
        return runFor(after, true);
    }

    private Result runFor(Duration limit, boolean killWhenLate) throws IOException, InterruptedException {
        Path out = Files.createTempFile("furat-child", ".out");
        Path err = Files.createTempFile("furat-child", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            if (workingDir != null) builder.directory(workingDir.toFile());
            builder.environment().remove("FURAT_DB");
            Process process = builder.start();
            boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            boolean killed = false;
            if (!finished) {
                process.destroyForcibly(); // SIGKILL on Linux
                process.waitFor();
                killed = true;
                if (!killWhenLate) {
                    throw new AssertionError("The child JVM did not finish within " + limit + ": " + command
                            + "\n" + Files.readString(err, StandardCharsets.UTF_8));
                }
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), killed || process.exitValue() == KillPoints.KILLED_EXIT);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
