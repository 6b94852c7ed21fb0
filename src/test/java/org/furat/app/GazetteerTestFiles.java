package org.furat.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small gazetteer files written by the tests: GeoNames tables, Who's On First records, point layers. */
public final class GazetteerTestFiles {

    private GazetteerTestFiles() {}

    /** One row of the GeoNames geoname table (19 tab-separated columns). */
    public static String geoname(long id, String name, String alternates, double lat, double lon, String featureClass, String code) {
        return String.join("\t", Long.toString(id), name, name, alternates, Double.toString(lat), Double.toString(lon), featureClass, code,
                "SY", "", "07", "", "", "", "0", "", "200", "Asia/Damascus", "2024-01-01");
    }

    /** One row of alternateNamesV2 (10 columns). */
    public static String alternate(long rowId, long geonameId, String language, String name, boolean preferred, boolean historic) {
        return String.join("\t", Long.toString(rowId), Long.toString(geonameId), language, name, preferred ? "1" : "", "", "",
                historic ? "1" : "", "", "");
    }

    /** A Who's On First record: a current locality point unless {@code overrides} (property name to JSON value) say otherwise. */
    public static void wof(Path folder, long id, String placetype, String name, String arabic, double lon, double lat,
                    java.util.Map<String, String> overrides) throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = json.createObjectNode();
        root.put("id", id);
        root.put("type", "Feature");
        var p = root.putObject("properties");
        p.put("wof:id", id);
        p.put("wof:name", name);
        p.put(org.furat.io.gazetteer.WhosOnFirstReader.PLACETYPE, placetype);
        if (arabic != null) p.putArray("name:ara_x_preferred").add(arabic);
        p.put("gn:feature_code", "PPL");
        p.putArray("wof:superseded_by");
        p.put("mz:is_current", -1);
        p.put("edtf:deprecated", "");
        for (var o : overrides.entrySet()) p.set(o.getKey(), json.readTree(o.getValue()));
        var g = root.putObject("geometry");
        g.put("type", "Point");
        g.putArray("coordinates").add(lon).add(lat);
        Files.writeString(folder.resolve(id + ".geojson"), json.writeValueAsString(root), StandardCharsets.UTF_8);
    }

    public static Path lines(Path file, List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
