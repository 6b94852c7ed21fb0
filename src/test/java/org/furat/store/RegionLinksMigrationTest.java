package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import org.furat.geo.GeoPackageGeometry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration V012 on a database an older Furat left, from before the administrative units: the incidents it placed
 * at the city of Deir ez-Zor for a region phrase move to the unit the phrase names; what it placed at the city for
 * other reasons stays.
 */
class RegionLinksMigrationTest {

    @TempDir
    Path dir;

    /** Sentences of one report, each the evidence of one incident. */
    private static final List<String> SENTENCES = List.of(
            "قصفت طائرات مجهولة مواقع في ريف دير الزور، ما أدى إلى مقتل عنصرين.",
            "وسقطت قذائف على مدينة دير الزور.",
            "واستهدفت طائرة مسيرة سيارة في ريف دير الزور الشرقي.",
            "وانفجرت عبوة ناسفة صباح اليوم.",
            "وتشتد حدة المواجهات بين الطرفين.",
            "وغيرت الميليشيات مواقعها.");

    @Test
    void regionPhraseIncidentsMoveFromTheCityToTheirUnitAndNothingElseMoves() throws Exception {
        // Before V011: no units yet, as every database made before the governorate existed.
        int before = Migrations.index().indexOf(AdminUnitsSeeding.MIGRATION);
        Path file = TestDatabases.old(dir.resolve("old.gpkg"), before);
        String text = "دير الزور - مراسلنا\n" + String.join("\n", SENTENCES);
        try (Connection c = TestDatabases.raw(file); Statement st = c.createStatement()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO places (fid, geom, key, name_en, kind, loc_prec, source) "
                    + "VALUES (1, ?, 'deir_ez_zor', 'Deir ez-Zor', 'city', 1, 'test')")) {
                ps.setBytes(1, GeoPackageGeometry.encode(GeoPackageGeometry.point(40.1408, 35.3359), GeoPackageGeometry.WGS84));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sources (id, key, language, text, text_sha256) VALUES (1, 'old-report', 'ar', ?, 'x')")) {
                ps.setString(1, text);
                ps.executeUpdate();
            }
            // incident key, role and precision of its link to the city, as the older Furat stored them
            String[][] incidents = {
                    {"region", "location", "3"},           // «ريف دير الزور»: the governorate
                    {"city", "target", "1"},               // the city itself
                    {"eastern", "location", "3"},          // «ريف دير الزور الشرقي»: the eastern units
                    {"dateline", "location", "3"},         // no place in the sentence: the dateline's city, kept
                    {"seed-2024-10-rocket-attacks", "location", "3"},  // the seed's: its coding now says the governorate
                    {"seed-2024-11-militias-relocate", "location", "1"}, // the seed's, but placed by hand: kept
            };
            for (int k = 0; k < incidents.length; k++) {
                int id = k + 1;
                int start = text.indexOf(SENTENCES.get(k));
                st.execute("INSERT INTO incidents (id, key, date_start, date_end, time_prec, event_type, sub_event_type, status) VALUES ("
                        + id + ", '" + incidents[k][0] + "', '2024-11-01', '2024-11-01', 1, 'Explosions/Remote violence', "
                        + "'Shelling/artillery/missile attack', 'verified')");
                st.execute("INSERT INTO incident_places (fid, incident_id, place_id, role, loc_prec) VALUES (" + id + ", " + id
                        + ", 1, '" + incidents[k][1] + "', " + incidents[k][2] + ")");
                st.execute("INSERT INTO evidence (incident_id, source_id, span_start, span_end, fields) VALUES (" + id + ", 1, "
                        + start + ", " + (start + SENTENCES.get(k).length()) + ", 'places')");
                st.execute("INSERT INTO incident_locations (fid, geom, incident_id, incident, place, role, loc_prec, date_start, date_end, "
                        + "time_prec, event_type, sub_event, status) SELECT " + id + ", geom, " + id + ", '" + incidents[k][0]
                        + "', 'deir_ez_zor', '" + incidents[k][1] + "', " + incidents[k][2] + ", '2024-11-01', '2024-11-01', 1, "
                        + "'Explosions/Remote violence', 'Shelling/artillery/missile attack', 'verified' FROM places WHERE fid = 1");
            }
        }
        try (FuratDatabase db = FuratDatabase.open(file)) {
            assertTrue(db.upgradeNotice().isPresent());
        }

        assertEquals(List.of("deir_ez_zor_governorate"), placesOf(file, "region"));
        assertEquals(List.of("deir_ez_zor"), placesOf(file, "city"));
        assertEquals(List.of("albu_kamal_district", "busayrah_subdistrict", "khasham_subdistrict", "mayadin_district",
                "muhasan_subdistrict"), placesOf(file, "eastern"));
        assertEquals(List.of("deir_ez_zor"), placesOf(file, "dateline"));
        assertEquals(List.of("deir_ez_zor_governorate"), placesOf(file, "seed-2024-10-rocket-attacks"));
        assertEquals(List.of("deir_ez_zor"), placesOf(file, "seed-2024-11-militias-relocate"));
        // Moved links keep their role and region precision, and the layer follows them with the unit's names.
        assertEquals(1, TestDatabases.count(file, "SELECT count(*) FROM incident_places ip JOIN incidents i ON i.id = ip.incident_id "
                + "WHERE i.key = 'region' AND ip.role = 'location' AND ip.loc_prec = 3"));
        assertEquals(List.of("deir_ez_zor_governorate"), TestDatabases.strings(file,
                "SELECT place FROM incident_locations WHERE incident = 'region'"));
        assertEquals(List.of("Deir ez-Zor Governorate"), TestDatabases.strings(file,
                "SELECT adm1_name FROM incident_locations WHERE incident = 'region'"));
        assertEquals(5, TestDatabases.count(file, "SELECT count(*) FROM incident_locations WHERE incident = 'eastern'"));
        assertEquals(List.of("deir_ez_zor"), TestDatabases.strings(file, "SELECT place FROM incident_locations WHERE incident = 'dateline'"));
        assertTrue(DatabaseCheck.run(file).clean(), () -> DatabaseCheck.run(file).findings().toString());
        assertEquals(Migrations.currentVersion(), TestDatabases.count(file,
                "SELECT max(CAST(substr(name, 2, 3) AS INTEGER)) FROM furat_migrations"));
    }

    private static List<String> placesOf(Path file, String incident) throws Exception {
        return TestDatabases.strings(file, "SELECT p.key FROM incident_places ip JOIN incidents i ON i.id = ip.incident_id "
                + "JOIN places p ON p.fid = ip.place_id WHERE i.key = '" + incident + "' ORDER BY p.key");
    }
}
