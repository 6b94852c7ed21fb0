package org.furat.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.furat.app.GazetteerImporter;
import org.furat.app.StudyArea;
import org.furat.app.Workspace;
import org.furat.io.gazetteer.PointLayerReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code furat gazetteer import PATH...}: places from gazetteer files, in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Adds the places of gazetteer files to the gazetteer, in one transaction: all of them or, on any error, none.",
                "Reads Who's On First records (a folder tree or .geojson files), a GeoNames dump (SY.txt, optionally with "
                        + "alternateNamesV2.txt) or a .csv or .geojson point layer of your own. A place several sources name stays "
                        + "one place: the same GeoNames id, or the same name within 3 km, adds its spellings to the place already there."})
final class GazetteerImportCommand implements Callable<Integer> {

    @ParentCommand
    GazetteerCommand parent;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import")
    List<Path> paths;

    @Option(names = "--source", paramLabel = "NAME", description = "Name to record the places under (default: whosonfirst or geonames; required for a point layer)")
    String source;

    @Option(names = "--input", paramLabel = "KIND", defaultValue = "AUTO",
            description = "auto, wof, geonames, csv or geojson (default: told apart by name and content)")
    GazetteerImporter.Format input;

    @Option(names = "--bbox", paramLabel = "W,S,E,N", description = "Import only places inside this box (default: the Deir ez-Zor governorate and 0.15° around it)")
    String bbox;

    @Option(names = "--name-ar", paramLabel = "COL", description = "Column with the Arabic name (default: name_ar)")
    String nameAr;

    @Option(names = "--name-en", paramLabel = "COL", description = "Column with the English name (default: name_en)")
    String nameEn;

    @Option(names = "--lat", paramLabel = "COL", description = "Column with the latitude (default: lat; a GeoJSON point gives its own)")
    String lat;

    @Option(names = "--lon", paramLabel = "COL", description = "Column with the longitude (default: lon)")
    String lon;

    @Option(names = "--id", paramLabel = "COL", description = "Column with a stable id (default: id; without one the line number is used)")
    String id;

    @Option(names = "--kind", paramLabel = "COL", description = "Column with the kind: village, town, city, base, ... (default: kind; village if absent)")
    String kind;

    @Option(names = "--licence", paramLabel = "TEXT", description = "Licence of a point layer of your own")
    String licence;

    @Option(names = "--attribution", paramLabel = "TEXT", description = "Credit a point layer's licence asks for")
    String attribution;

    @Option(names = "--dry-run", description = "Say what would be added, merged and skipped without writing anything")
    boolean dryRun;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        StudyArea area = bbox == null ? StudyArea.ofMap() : StudyArea.parse(bbox);
        GazetteerImporter.Summary summary;
        try (Workspace workspace = parent.parent.openWorkspace()) {
            summary = workspace.gazetteerImporter().importFiles(new GazetteerImporter.Request(paths, input, source, area,
                    new PointLayerReader.Columns(nameAr, nameEn, lat, lon, id, kind), licence, attribution, dryRun));
        }
        Rows.print(parent.parent.spec.commandLine().getOut(), format == OutputFormat.json ? OutputFormat.json : OutputFormat.table,
                List.of("outcome", "count", "reason"), summary.rows(), List.of(json(summary)));
        var err = parent.parent.spec.commandLine().getErr();
        err.println(summary.sentence());
        err.flush();
        return 0;
    }

    private static Map<String, Object> json(GazetteerImporter.Summary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", s.source());
        m.put("dry_run", s.dryRun());
        m.put("read", s.read());
        m.put("added", s.added());
        m.put("merged", s.merged());
        m.put("skipped", s.skipped());
        m.put("variants_added", s.variantsAdded());
        m.put("merged_by", s.mergedBy());
        m.put("skipped_by", s.skippedBy());
        List<Map<String, Object>> notes = new ArrayList<>();
        for (GazetteerImporter.Note n : s.notes()) {
            Map<String, Object> note = new LinkedHashMap<>();
            note.put("record", n.record());
            note.put("name", n.name());
            note.put("outcome", n.outcome());
            note.put("reason", n.reason());
            note.put("place", n.placeKey());
            notes.add(note);
        }
        m.put("records", notes);
        m.put("millis", s.millis());
        return m;
    }
}
