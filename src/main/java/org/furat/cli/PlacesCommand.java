package org.furat.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.furat.app.Workspace;
import org.furat.model.Place;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code furat places}: the gazetteer. */
@Command(name = "places", mixinStandardHelpOptions = true, description = "Lists the gazetteer's places.")
final class PlacesCommand implements Callable<Integer> {

    @ParentCommand
    FuratCommand parent;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        try (Workspace workspace = parent.openWorkspace()) {
            List<String> columns = List.of("key", "name_en", "name_ar", "kind", "lat", "lon", "precision", "district", "source");
            List<List<String>> rows = new ArrayList<>();
            List<Map<String, Object>> json = new ArrayList<>();
            for (Place p : workspace.places()) {
                rows.add(List.of(p.key(), p.nameEn(), nullToEmpty(p.nameAr()), p.kind().code(), coordinate(p.lat()),
                        coordinate(p.lon()), Integer.toString(p.precision().code()), nullToEmpty(p.district()), p.source()));
                json.add(json(p));
            }
            Rows.print(parent.spec.commandLine().getOut(), format, columns, rows, json);
        }
        return 0;
    }

    static Map<String, Object> json(Place p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", p.key());
        m.put("name_en", p.nameEn());
        m.put("name_ar", p.nameAr());
        m.put("variants_en", p.variantsEn());
        m.put("variants_ar", p.variantsAr());
        m.put("kind", p.kind().code());
        m.put("lat", p.lat());
        m.put("lon", p.lon());
        m.put("precision", p.precision().code());
        m.put("precision_label", p.precision().name().toLowerCase(java.util.Locale.ROOT));
        m.put("district", p.district());
        m.put("source", p.source());
        m.put("source_ref", p.sourceRef());
        m.put("licence", p.licence());
        m.put("note", p.note());
        return m;
    }

    static String coordinate(double value) {
        return String.format(java.util.Locale.ROOT, "%.5f", value);
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
