package org.furat.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.furat.app.Workspace;
import org.furat.geo.AdminLookup;
import org.furat.model.AdminUnit;
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
            List<String> columns = List.of("key", "name_en", "name_ar", "kind", "lat", "lon", "precision", "district",
                    "adm1", "adm2", "adm3", "source");
            List<List<String>> rows = new ArrayList<>();
            List<Map<String, Object>> json = new ArrayList<>();
            AdminLookup units = AdminLookup.shipped();
            for (Place p : workspace.places()) {
                List<String> row = new ArrayList<>(List.of(p.key(), p.nameEn(), nullToEmpty(p.nameAr()), p.kind().code(),
                        coordinate(p.lat()), coordinate(p.lon()), Integer.toString(p.precision().code()), nullToEmpty(p.district())));
                for (int level = 1; level <= 3; level++) row.add(nullToEmpty(p.admin().at(level)));
                row.add(p.source());
                rows.add(row);
                json.add(json(p, units));
            }
            Rows.print(parent.spec.commandLine().getOut(), format, columns, rows, json);
        }
        return 0;
    }

    /** A place as JSON, with the governorate, district and sub-district it lies in (each null outside every unit). */
    static Map<String, Object> json(Place p, AdminLookup units) {
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
        for (int level = 1; level <= 3; level++) m.put("adm" + level, unitJson(units.unit(p.admin().at(level))));
        m.put("source", p.source());
        m.put("source_ref", p.sourceRef());
        m.put("licence", p.licence());
        m.put("note", p.note());
        return m;
    }

    private static Map<String, Object> unitJson(AdminUnit unit) {
        if (unit == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", unit.key());
        m.put("name_en", unit.nameEn());
        m.put("name_ar", unit.nameAr());
        m.put("code", unit.code());
        return m;
    }

    static String coordinate(double value) {
        return String.format(java.util.Locale.ROOT, "%.5f", value);
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
