package org.furat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.furat.bench.Benchmarks;
import org.furat.bench.EditBenchmark;
import org.furat.bench.ExportBenchmark;
import org.furat.bench.ExtractBenchmark;
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

    @Option(names = "--export", paramLabel = "FOLDER",
            description = "Instead: export every incident to a shapefile and a GeoPackage in FOLDER and time ogr2ogr doing the same")
    java.nio.file.Path exportFolder;

    @Option(names = "--extract", paramLabel = "N", description = "Instead: time the news extractor on N articles of about 4 KB, "
            + "with the gazetteer of --db if given (fill one with `furat gazetteer import`), else the seed's")
    Integer extractArticles;

    @Option(names = "--edits", description = "Instead: time an edit (an incident deleted and restored, a field corrected and undone, a report imported) to the "
            + "view updated, and the index read again for comparison. Writes to the database: synthetic databases only")
    boolean edits;

    @Override
    public Integer call() throws Exception {
        if (parent.db == null && extractArticles == null) {
            throw new IllegalArgumentException("bench needs --db PATH (a database made with `furat synth`, or a team database it was copied into)");
        }
        PrintWriter out = parent.spec.commandLine().getOut();
        if (extractArticles != null) {
            ExtractBenchmark.Result r = parent.db == null ? ExtractBenchmark.run(extractArticles)
                    : ExtractBenchmark.run(extractArticles, parent.database());
            out.printf("%d articles of %.1f KB on one thread in %.2f s: %.0f articles a second (gazetteer of %d places)%n",
                    r.articles(), r.averageKb(), r.seconds(), r.perSecond(), r.places());
            out.printf("(%.2f s of the thread's processor time: %.0f articles a second of processor time)%n", r.cpuSeconds(), r.perCpuSecond());
            out.printf("(first pass, while the JIT compiles the extractor: %.2f s, %.0f articles a second)%n",
                    r.firstPassSeconds(), r.firstPassPerSecond());
            out.flush();
            return 0;
        }
        if (exportFolder != null) {
            out.printf("%-8s %10s %12s %12s %8s %14s%n", "format", "rows", "furat s", "ogr2ogr s", "ratio", "peak heap MB");
            for (ExportBenchmark.Result r : ExportBenchmark.run(parent.database(), exportFolder)) {
                out.printf("%-8s %10d %12.2f %12.2f %8.2f %14.0f%n", r.format(), r.rows(), r.oursSeconds(), r.gdalSeconds(), r.ratio(), r.peakHeapMb());
            }
            out.flush();
            return 0;
        }
        out.printf("%-66s %10s %10s %10s %10s %5s%n", "operation", "median ms", "p95 ms", "min ms", "max ms", "runs");
        for (Benchmarks.Result r : edits ? EditBenchmark.run(parent.db, runs) : Benchmarks.run(parent.db, runs)) {
            out.printf("%-66s %10.2f %10.2f %10.2f %10.2f %5d%n", r.name(), r.medianMs(), r.p95Ms(), r.minMs(), r.maxMs(), r.runs());
        }
        out.flush();
        return 0;
    }
}
