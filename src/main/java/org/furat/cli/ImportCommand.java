package org.furat.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.furat.app.Importer;
import org.furat.app.ReportFiles;
import org.furat.app.Workspace;
import org.furat.ingest.PlaceMention;
import org.furat.model.Incident;
import org.furat.model.PlaceLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code furat import FILE...}: news reports in, incidents proposed for review. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Reads news reports (.txt or .html), proposes the incidents they report, and stores them for review. "
                + "A file that cannot be read is reported and the rest still import.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    FuratCommand parent;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Report files")
    List<Path> files;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date (dates like «أمس» count from it; default: today)")
    LocalDate published;

    @Option(names = "--outlet", paramLabel = "NAME", description = "The outlet that published the reports")
    String outlet;

    @Option(names = "--url", paramLabel = "URL", description = "Where the report was published")
    String url;

    @Option(names = "--lang", paramLabel = "LANG", description = "ar or en (default: detected)")
    String lang;

    @Option(names = "--dry-run", description = "Show what would be proposed without storing anything")
    boolean dryRun;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        if (lang != null && !lang.equals("ar") && !lang.equals("en")) throw new IllegalArgumentException("--lang must be ar or en");
        int failures = 0;
        List<Map<String, Object>> json = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        try (Workspace workspace = parent.openWorkspace()) {
            Importer importer = workspace.importer();
            for (Path file : files) {
                Importer.Outcome outcome;
                ReportFiles.Read read = ReportFiles.read(file, file.toString());
                if (read.failed()) {
                    outcome = new Importer.Outcome(file.toString(), "failed", read.failure(), null, null, List.of());
                } else {
                    try {
                        outcome = importer.importReport(file.toString(), read.bytes(), new Importer.Metadata(published, outlet, url, lang), dryRun);
                    } catch (RuntimeException e) {
                        // One bad file (or a full disk) must not stop the rest of the batch; nothing of it was stored.
                        outcome = new Importer.Outcome(file.toString(), "failed", file + " was not imported: " + e.getMessage(), null, null, List.of());
                    }
                }
                if (outcome.failed()) {
                    failures++;
                    parent.spec.commandLine().getErr().println("furat: " + outcome.message());
                } else if (published == null && !outcome.proposed().isEmpty()) {
                    String from = outcome.statedDay() != null
                            ? outcome.statedDay() + ", the latest whole date its opening states"
                            : "today, " + java.time.LocalDate.now();
                    parent.spec.commandLine().getErr().println("furat: " + file + " was given no --published date: dates such as «أمس» "
                            + "(yesterday) were counted from " + from + ". Check every proposed date, "
                            + "or import it with --published YYYY-MM-DD.");
                }
                json.add(json(outcome));
                for (Incident i : outcome.proposed()) {
                    rows.add(List.of(file.getFileName().toString(), i.dates().start() + "…" + i.dates().end(), i.timePrecision().label(),
                            i.subEventType().label(), String.join(" ", i.places().stream().map(PlaceLink::placeKey).distinct().toList()),
                            i.killed().describe(), i.injured().describe()));
                }
                if (outcome.proposed().isEmpty()) rows.add(List.of(file.getFileName().toString(), outcome.status(), "", outcome.message(), "", "", ""));
            }
        }
        Rows.print(parent.spec.commandLine().getOut(), format == OutputFormat.json ? OutputFormat.json : OutputFormat.table,
                List.of("file", "dates", "precision", "type", "places", "killed", "injured"), rows, json);
        return failures == 0 ? 0 : 1;
    }

    private static Map<String, Object> json(Importer.Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", o.name());
        m.put("status", o.status());
        m.put("message", o.message());
        m.put("source", o.sourceKey());
        if (o.extraction() != null) {
            m.put("language", o.extraction().language());
            List<Map<String, Object>> places = new ArrayList<>();
            for (PlaceMention p : o.extraction().places()) {
                Map<String, Object> place = new LinkedHashMap<>();
                place.put("text", p.span().text());
                place.put("start", p.span().start());
                place.put("end", p.span().end());
                place.put("place", p.chosen());
                place.put("group", p.groupKey());
                place.put("candidates", p.candidates());
                place.put("undecided", p.unresolved()); // a shared name the report did not decide: no place chosen
                place.put("confidence", p.confidence());
                place.put("outside_map", p.outsideMap());
                place.put("unknown_name", p.unknownName());
                places.add(place);
            }
            m.put("places", places);
        }
        List<Map<String, Object>> proposals = new ArrayList<>();
        for (Incident i : o.proposed()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("key", i.key());
            p.put("sub_event_type", i.subEventType().label());
            p.put("date_start", i.dates().start().toString());
            p.put("date_end", i.dates().end().toString());
            p.put("time_precision", i.timePrecision().label());
            p.put("place_keys", i.places().stream().map(PlaceLink::placeKey).distinct().toList());
            p.put("actors", i.actors().stream().map(a -> a.role().code() + ":" + a.actorKey()).toList());
            p.put("killed", i.killed().describe());
            p.put("injured", i.injured().describe());
            p.put("evidence_start", i.evidence().get(0).start());
            p.put("evidence_end", i.evidence().get(0).end());
            proposals.add(p);
        }
        m.put("proposals", proposals);
        return m;
    }
}
