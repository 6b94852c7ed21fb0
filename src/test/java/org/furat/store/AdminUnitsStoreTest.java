package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.furat.geo.GeoPackageGeometry;
import org.furat.io.Gdal;
import org.furat.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administrative units in the database: a polygon layer GDAL lists and reads, unit places, every place's
 * units, and the same for a database made before migration V011, which the migration upgrades.
 */
class AdminUnitsStoreTest {

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseHasTheUnitLayerAndEveryPlaceItsUnits() throws Exception {
        Path file = TestDatabases.seeded(dir.resolve("new.gpkg"));
        assertEquals(21, TestDatabases.count(file, "SELECT count(*) FROM admin_units"), "the governorate, 3 districts, 14 sub-districts and 3 neighbours");
        assertEquals(18, TestDatabases.count(file, "SELECT count(*) FROM places WHERE kind IN ('governorate', 'district', 'subdistrict')"));
        assertEquals(0, TestDatabases.count(file, "SELECT count(*) FROM places WHERE admin1 IS NULL"), "every place lies in a governorate");
        assertEquals(0, TestDatabases.count(file, "SELECT count(*) FROM places WHERE admin1 = 'deir_ez_zor_governorate' "
                + "AND kind NOT IN ('governorate', 'district', 'subdistrict') AND (admin2 IS NULL OR admin3 IS NULL)"),
                "every place of the governorate lies in one of its districts and sub-districts");
        assertEquals(2, TestDatabases.count(file, "SELECT count(*) FROM places WHERE admin1 <> 'deir_ez_zor_governorate'"),
                "only Ma'dan (Ar-Raqqa) and Markadah (Al-Hasakah) lie outside");
        try (FuratDatabase db = FuratDatabase.open(file)) {
            Map<String, Place> places = new java.util.HashMap<>();
            new GazetteerRepository(db).places().forEach(p -> places.put(p.key(), p));
            assertEquals("albu_kamal_district", places.get("albu_kamal").admin().admin2());
            assertEquals("mayadin_district", places.get("mayadin").admin().admin2());
            assertEquals("khasham_subdistrict", places.get("khasham").admin().admin3());
            assertEquals("deir_ez_zor_district", places.get("conoco_base").admin().admin2());
            assertEquals("deir_ez_zor_subdistrict", places.get("deir_ez_zor").admin().admin3());
            assertEquals("deir_ez_zor_governorate", places.get("deir_ez_zor_governorate").admin().admin1());
        }
        // The governorate's incidents are the governorate's, the city's the city's.
        assertEquals(2, TestDatabases.count(file, "SELECT count(*) FROM incident_locations WHERE place = 'deir_ez_zor_governorate' AND loc_prec = 3"));
        assertEquals(0, TestDatabases.count(file, "SELECT count(*) FROM incident_locations WHERE place = 'deir_ez_zor'"));
        assertEquals(0, TestDatabases.count(file, "SELECT count(*) FROM incident_locations WHERE adm1_code IS NULL"));
        assertTrue(DatabaseCheck.run(file).clean(), () -> DatabaseCheck.run(file).findings().toString());
    }

    @Test
    void ogrinfoListsTheUnitLayerAsPolygonsAndReadsEveryFeature() throws IOException {
        Gdal.require();
        Path file = TestDatabases.seeded(dir.resolve("gdal.gpkg"));
        Gdal.Run r = Gdal.run("ogrinfo", "-ro", "-so", "-q", file.toString());
        assertEquals(0, r.exitCode(), r::err);
        Map<String, String> layers = new java.util.LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\s*\\d+: (\\S+) \\(([^)]*)\\)\\s*$").matcher(r.out());
        while (m.find()) layers.put(m.group(1), m.group(2));
        assertEquals("Multi Polygon", layers.get("admin_units"), () -> "ogrinfo says:\n" + r.out());
        Gdal.Run info = Gdal.run("ogrinfo", "-ro", "-so", file.toString(), "admin_units");
        assertEquals(0, info.exitCode(), info::err);
        assertEquals(List.of(), info.problems(), "ogrinfo complained about admin_units");
        assertTrue(info.out().contains("Feature Count: 21"), info.out());
        Path out = dir.resolve("admin_units.geojson");
        Gdal.Run converted = Gdal.run("ogr2ogr", "-f", "GeoJSON", out.toString(), file.toString(), "admin_units");
        assertEquals(0, converted.exitCode(), converted::err);
        assertEquals(List.of(), converted.problems(), "ogr2ogr complained about admin_units");
        var geojson = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile());
        boolean found = false;
        for (var f : geojson.path("features")) {
            if (f.path("properties").path("key").asText().equals("albu_kamal_district")) {
                found = true;
                assertEquals("منطقة البوكمال", f.path("properties").path("name_ar").asText());
                assertEquals("MultiPolygon", f.path("geometry").path("type").asText());
            }
        }
        assertTrue(found, "Albu Kamal district is a feature of the layer");
    }

    @Test
    void migrationV011GivesAnOlderDatabaseTheUnitsAndItsPlacesAndRowsTheirUnits() throws Exception {
        int before = Migrations.index().indexOf(AdminUnitsSeeding.MIGRATION);
        Path file = TestDatabases.old(dir.resolve("old.gpkg"), before);
        try (Connection c = TestDatabases.raw(file); Statement st = c.createStatement()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO places (geom, key, name_en, kind, loc_prec, source) VALUES (?, 'khasham', 'Khasham', 'town', 1, 'test')")) {
                ps.setBytes(1, GeoPackageGeometry.encode(GeoPackageGeometry.point(40.2914, 35.3020), GeoPackageGeometry.WGS84));
                ps.executeUpdate();
            }
            st.execute("INSERT INTO incidents (id, key, date_start, date_end, time_prec, event_type, sub_event_type, status) "
                    + "VALUES (1, 'old-incident', '2024-11-01', '2024-11-01', 1, 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 'verified')");
            st.execute("INSERT INTO incident_places (fid, incident_id, place_id, role, loc_prec) VALUES (1, 1, 1, 'target', 1)");
            st.execute("INSERT INTO sources (id, key, language, text, text_sha256) VALUES (1, 'old-source', 'ar', 'قصف على خشام', 'x')");
            st.execute("INSERT INTO evidence (incident_id, source_id, span_start, span_end, fields) VALUES (1, 1, 0, 12, 'type')");
            st.execute("INSERT INTO incident_locations (fid, geom, incident_id, incident, place, role, loc_prec, date_start, date_end, "
                    + "time_prec, event_type, sub_event, status) SELECT 1, geom, 1, 'old-incident', 'khasham', 'target', 1, '2024-11-01', "
                    + "'2024-11-01', 1, 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 'verified' FROM places");
        }
        try (FuratDatabase db = FuratDatabase.open(file)) {
            assertTrue(db.upgradeNotice().isPresent());
        }
        assertEquals(21, TestDatabases.count(file, "SELECT count(*) FROM admin_units"));
        assertEquals(1, TestDatabases.count(file, "SELECT count(*) FROM places WHERE key = 'khasham' AND admin1 = 'deir_ez_zor_governorate' "
                + "AND admin2 = 'deir_ez_zor_district' AND admin3 = 'khasham_subdistrict'"));
        assertEquals(18, TestDatabases.count(file, "SELECT count(*) FROM places WHERE kind IN ('governorate', 'district', 'subdistrict')"));
        assertEquals(1, TestDatabases.count(file, "SELECT count(*) FROM place_groups WHERE key = 'eastern_countryside'"));
        assertEquals(1, TestDatabases.count(file, "SELECT count(*) FROM incident_locations WHERE adm3_name = 'Khasham Subdistrict' "
                + "AND adm2_name = 'Deir ez-Zor District' AND adm1_code = 'SYR-ADM1-56403185B96930889'"));
        assertEquals(1, TestDatabases.count(file, "SELECT count(*) FROM actors WHERE key = 'someone'"), "the data is kept");
        assertTrue(DatabaseCheck.run(file).clean(), () -> DatabaseCheck.run(file).findings().toString());
        assertNotNull(file);
    }
}
