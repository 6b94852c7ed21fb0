package org.furat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.furat.app.DeletionsFile;
import org.furat.app.Exporter;
import org.furat.app.FilterResult;
import org.furat.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code furat export}: what a filter selects, as a shapefile, GeoPackage, GeoJSON, KML or CSV file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the incidents (a point per incident and place) or places that match the filter to a file.")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    FuratCommand parent;

    @Mixin
    FilterOptions filterOptions;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "shp, gpkg, geojson, kml or csv")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write (a shapefile writes its companions beside it)")
    Path out;

    @Option(names = "--what", defaultValue = "incidents", paramLabel = "WHAT", description = "incidents or places (default: ${DEFAULT-VALUE})")
    Exporter.What what;

    @Option(names = "--allow-empty", description = "Write a valid empty file when nothing matches, instead of failing")
    boolean allowEmpty;

    @Option(names = "--overwrite", description = "Replace an existing file")
    boolean overwrite;

    @Option(names = "--deleted-since", paramLabel = "DATE", description = "Instead of incidents, the keys of the incidents deleted "
            + "on or after this day (UTC) and still deleted (not restored, not stored again), with when each was deleted, "
            + "as ACLED's deletion files list them "
            + "(--format csv; the filter does not apply)")
    java.time.LocalDate deletedSince;

    @Override
    public Integer call() throws Exception {
        if (deletedSince == null) Exporter.extension(format); // an unknown format fails here, before the database is opened
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) { // before the database is opened
            throw new IllegalArgumentException("The folder " + folder + " does not exist");
        }
        if (deletedSince != null) return deletions();
        try (Workspace workspace = parent.openWorkspace()) {
            Exporter exporter = new Exporter(workspace);
            FilterResult result = workspace.filter(filterOptions.filter());
            Exporter.Plan plan = exporter.plan(result, what);
            try {
                exporter.export(result, what, format, out, overwrite, allowEmpty, (written, total) -> {}, () -> false,
                        recovered -> parent.spec.commandLine().getErr().println(recovered));
            } catch (Exporter.Refused refused) {
                // The window offers these as choices; on the command line they are options, so name them.
                String option = refused.reason() == Exporter.Refused.Reason.EXISTS ? "--overwrite" : "--allow-empty";
                throw new IllegalArgumentException(refused.getMessage() + " (" + option + ")", refused);
            }
            parent.spec.commandLine().getOut().printf("Wrote to %s: %s%n", out.toAbsolutePath(), plan.describe());
            return 0;
        }
    }

    private Integer deletions() throws Exception {
        if (!"csv".equalsIgnoreCase(format)) throw new IllegalArgumentException("--deleted-since writes a CSV file: use --format csv");
        try (Workspace workspace = parent.openWorkspace()) {
            var deleted = workspace.deletedIncidentsSince(deletedSince);
            try {
                DeletionsFile.write(deleted, out, overwrite);
            } catch (Exporter.Refused refused) {
                throw new IllegalArgumentException(refused.getMessage() + " (--overwrite)", refused);
            }
            parent.spec.commandLine().getOut().printf("Wrote the keys of %d incident%s deleted since %s to %s%n", deleted.size(),
                    deleted.size() == 1 ? "" : "s", deletedSince, out.toAbsolutePath());
            return 0;
        }
    }
}
