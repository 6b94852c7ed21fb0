package org.furat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.furat.bench.Benchmarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code furat bench --db PATH}: the performance figures recorded in docs/benchmarks.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Times filtering, text search, map frames and start-up on a database (make one with `furat synth`). "
                + "Needs a display for rendering: run under xvfb-run on a server.")
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    FuratCommand parent;

    @Option(names = "--runs", defaultValue = "30", description = "Timed runs per operation (default: ${DEFAULT-VALUE})")
    int runs;

    @Override
    public Integer call() throws Exception {
        if (parent.db == null) throw new IllegalArgumentException("bench needs --db PATH (a database made with `furat synth`)");
        PrintWriter out = parent.spec.commandLine().getOut();
        out.printf("%-58s %10s %10s %10s %5s%n", "operation", "median ms", "min ms", "max ms", "runs");
        for (Benchmarks.Result r : Benchmarks.run(parent.db, runs)) {
            out.printf("%-58s %10.2f %10.2f %10.2f %5d%n", r.name(), r.medianMs(), r.minMs(), r.maxMs(), r.runs());
        }
        out.flush();
        return 0;
    }
}
