package org.furat.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.furat.app.GazetteerImporter;
import org.furat.app.Workspace;
import org.furat.eval.CodedReport;
import org.furat.eval.CorpusEvaluation;
import org.furat.eval.CorpusReader;
import org.furat.eval.EvalReport;
import org.furat.eval.Split;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code furat eval --corpus ANNOTATIONS}: the extractor measured against reports coded by hand. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Runs the extractor over a coded corpus as 'furat import --dry-run' would, pairs its proposals with the "
                + "coded incidents and prints how well they agree (docs/extraction-quality.md defines each figure).",
                "The gazetteer is that of --db when given; otherwise a temporary database, seeded as a new one is, into "
                        + "which --gazetteer imports first. Nothing is stored in either."})
final class EvalCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    FuratCommand parent;

    @Option(names = "--corpus", paramLabel = "ANNOTATIONS", required = true, description = "The annotations, one JSON line per report")
    Path corpus;

    @Option(names = "--texts", paramLabel = "DIR", description = "The report texts, NNN.txt (default: texts beside the annotations)")
    Path texts;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "dev",
            description = "dev (reports whose number is not a multiple of 5), holdout (those that are) or all (default: ${DEFAULT-VALUE})")
    Split split;

    @Option(names = "--gazetteer", paramLabel = "PATH", arity = "1..*",
            description = "Gazetteer files or folders imported into the temporary database first, as 'furat gazetteer import' would (not with --db)")
    List<Path> gazetteer = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = {"-v", "--verbose"}, description = "Per report: what was paired and how it compares, what was missed, what was proposed that the coders did not code")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        if (format == OutputFormat.csv) throw new IllegalArgumentException("--format must be table or json");
        if (parent.db != null && !gazetteer.isEmpty()) {
            throw new IllegalArgumentException("--gazetteer imports into a temporary database; to evaluate with --db, import into it "
                    + "first with 'furat --db " + parent.db + " gazetteer import PATH'");
        }
        if (!Files.isRegularFile(corpus)) throw new IllegalArgumentException("There are no annotations at " + corpus);
        Path textDir = texts != null ? texts : corpus.toAbsolutePath().getParent().resolve("texts");
        if (!Files.isDirectory(textDir)) throw new IllegalArgumentException("There is no folder of report texts at " + textDir + " (--texts)");
        List<CodedReport> reports = CorpusReader.read(corpus);
        PrintWriter err = parent.spec.commandLine().getErr();
        Path temporary = parent.db == null ? Files.createTempDirectory("furat-eval") : null;
        try {
            EvalReport report;
            try (Workspace workspace = temporary == null ? parent.openWorkspace() : Workspace.open(temporary.resolve("eval.gpkg"))) {
                if (!gazetteer.isEmpty()) {
                    var summary = workspace.gazetteerImporter().importFiles(
                            new GazetteerImporter.Request(gazetteer, GazetteerImporter.Format.AUTO, null, null, null, null, null, false));
                    err.println("Imported " + summary.added() + " places (" + summary.merged() + " merged, " + summary.skipped() + " skipped) into the temporary database");
                    err.flush();
                }
                CorpusEvaluation evaluation = new CorpusEvaluation(workspace);
                CorpusEvaluation.Result result = evaluation.run(reports, textDir, split);
                String database = temporary == null ? workspace.databaseName() : "a temporary database seeded as new";
                report = new EvalReport(new EvalReport.Setting(split.code(), database, workspace.places().size(),
                        gazetteer.stream().map(Path::toString).toList()), result, evaluation.actors());
            }
            print(report);
            return 0;
        } finally {
            if (temporary != null) deleteTree(temporary);
        }
    }

    private void print(EvalReport report) throws Exception {
        PrintWriter out = parent.spec.commandLine().getOut();
        PrintWriter err = parent.spec.commandLine().getErr();
        report.problems().forEach(p -> err.println("furat: " + p));
        err.flush();
        if (format == OutputFormat.json) {
            out.println(JSON.writeValueAsString(report.json(verbose)));
        } else {
            out.println(report.heading());
            out.println();
            Rows.print(out, OutputFormat.table, List.of("measure", "value", "of"), report.rows(), List.of());
            out.println();
            report.figureMissLines().forEach(out::println);
            if (!report.typeConfusionRows().isEmpty()) {
                out.println();
                out.println("Paired incidents given another sub-event type:");
                Rows.print(out, OutputFormat.table, List.of("coded", "proposed", "paired"), report.typeConfusionRows(), List.of());
            }
            if (verbose) {
                out.println();
                report.verboseLines().forEach(out::println);
            }
        }
        out.flush();
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A temporary folder left behind is the system's to clear; the figures are what matters.
        }
    }
}
