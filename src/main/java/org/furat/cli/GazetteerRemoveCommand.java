package org.furat.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.furat.app.GazetteerImporter;
import org.furat.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code furat gazetteer remove --source NAME}: takes an import back out, in one transaction. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Takes the places a gazetteer import added back out, and the spellings it added to other places, in one transaction.",
                "A place that incidents refer to is kept (and listed): relink or delete those incidents first, then remove again."})
final class GazetteerRemoveCommand implements Callable<Integer> {

    @ParentCommand
    GazetteerCommand parent;

    @Option(names = "--source", paramLabel = "NAME", required = true, description = "The source name the import was recorded under")
    String source;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        GazetteerImporter.Removal removal;
        try (Workspace workspace = parent.parent.openWorkspace()) {
            removal = workspace.gazetteerImporter().remove(source);
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("removed places", Integer.toString(removal.removedPlaces().size()), ""));
        rows.add(List.of("removed spellings", Integer.toString(removal.removedVariants()), "from places other sources added"));
        for (GazetteerImporter.Kept k : removal.kept()) {
            rows.add(List.of("kept", k.key(), k.nameEn() + ": " + k.incidents() + " incident(s)" + (k.groups() > 0 ? ", " + k.groups() + " group(s)" : "")
                    + " refer to it"));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", removal.source());
        json.put("removed_places", removal.removedPlaces());
        json.put("removed_variants", removal.removedVariants());
        json.put("kept", removal.kept().stream().map(k -> Map.of("key", k.key(), "name_en", k.nameEn(), "incidents", k.incidents(),
                "groups", k.groups())).toList());
        Rows.print(parent.parent.spec.commandLine().getOut(), format == OutputFormat.json ? OutputFormat.json : OutputFormat.table,
                List.of("outcome", "count", "note"), rows, List.of(json));
        if (!removal.kept().isEmpty()) {
            var err = parent.parent.spec.commandLine().getErr();
            err.println("furat: kept " + removal.kept().size() + " place(s) from " + source + " because incidents refer to them: "
                    + String.join(", ", removal.kept().stream().map(GazetteerImporter.Kept::key).toList())
                    + ". Relink or delete those incidents, then run `furat gazetteer remove --source " + source + "` again.");
            err.flush();
        }
        return 0;
    }
}
