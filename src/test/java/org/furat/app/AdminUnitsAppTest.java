package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.furat.io.Gdal;
import org.furat.model.GeoPrecision;
import org.furat.model.Incident;
import org.furat.model.IncidentFilter;
import org.furat.model.PlaceLink;
import org.furat.model.PlaceRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Administrative units through the use cases: a region mention becomes a link to the unit it names at region
 * precision (never to the city), a filter on a unit finds the incidents at the places inside it, and the places
 * export names every place's units.
 */
class AdminUnitsAppTest {

    private static final Importer.Metadata NOV_20 = new Importer.Metadata(LocalDate.of(2024, 11, 20), "Test outlet", null, null);

    @TempDir
    static Path dir;
    private static Workspace workspace;

    @BeforeAll
    static void open() {
        workspace = Workspace.open(dir.resolve("units.gpkg"));
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static List<PlaceLink> proposedLinks(String report) {
        Importer.Outcome outcome = workspace.importer().importReport("r.txt", report.getBytes(StandardCharsets.UTF_8), NOV_20, true);
        assertEquals(1, outcome.proposed().size(), outcome.message());
        return outcome.proposed().get(0).places();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "قصفت قوات النظام مواقع في ريف دير الزور صباح اليوم ما أدى إلى مقتل مدنيين.|deir_ez_zor_governorate",
            "قصفت قوات النظام مواقع في محافظة دير الزور صباح اليوم ما أدى إلى مقتل مدنيين.|deir_ez_zor_governorate",
            "قصفت قوات النظام مواقع في منطقة البوكمال صباح اليوم ما أدى إلى مقتل مدنيين.|albu_kamal_district",
            "قصفت قوات النظام مواقع في ناحية الكسرة صباح اليوم ما أدى إلى مقتل مدنيين.|kisreh_subdistrict",
            "قصفت قوات النظام مواقع في بادية الميادين صباح اليوم ما أدى إلى مقتل مدنيين.|mayadin_district",
            "Regime forces shelled positions in Deir ez-Zor province on Monday, killing two civilians.|deir_ez_zor_governorate",
            "Regime forces shelled positions in the province on Monday, killing two civilians.|deir_ez_zor_governorate",
    })
    void aRegionMentionLinksToTheUnitItNamesAtRegionPrecision(String report, String unit) {
        List<PlaceLink> links = proposedLinks(report);
        assertEquals(List.of(new PlaceLink(unit, PlaceRole.LOCATION, GeoPrecision.REGION)), links, report);
    }

    @Test
    void theEasternCountrysideLinksToEachUnitOnThatSideNeverToTheCity() {
        for (String report : List.of("قصفت قوات النظام مواقع في ريف دير الزور الشرقي صباح اليوم ما أدى إلى مقتل مدنيين.",
                "Regime forces shelled positions in the eastern Deir ez-Zor countryside on Monday, killing two civilians.")) {
            List<PlaceLink> links = proposedLinks(report);
            assertEquals(Set.of("khasham_subdistrict", "busayrah_subdistrict", "muhasan_subdistrict", "mayadin_district",
                    "albu_kamal_district"), links.stream().map(PlaceLink::placeKey).collect(Collectors.toSet()), report);
            assertTrue(links.stream().allMatch(l -> l.precision() == GeoPrecision.REGION), links.toString());
        }
    }

    @Test
    void theCityOfAlbuKamalIsTheTownAndItsDistrictIsTheUnit() {
        assertEquals(List.of(new PlaceLink("albu_kamal", PlaceRole.TARGET, GeoPrecision.EXACT)),
                proposedLinks("قصفت طائرة مسيرة مواقع في مدينة البوكمال صباح اليوم ما أدى إلى مقتل مدنيين."));
        assertEquals(List.of(new PlaceLink("albu_kamal_district", PlaceRole.LOCATION, GeoPrecision.REGION)),
                proposedLinks("قصفت طائرة مسيرة مواقع في منطقة البوكمال صباح اليوم ما أدى إلى مقتل مدنيين."));
    }

    @Test
    void aFilterOnAUnitFindsTheIncidentsAtThePlacesInsideIt() {
        // Two reports the seed lacks: one in Hajin (Albu Kamal district), one in Al-Mayadin.
        workspace.importer().importReport("hajin.txt", "قصفت طائرة مسيرة بلدة هجين صباح اليوم ما أدى إلى مقتل ثلاثة مدنيين."
                .getBytes(StandardCharsets.UTF_8), NOV_20, false);
        workspace.importer().importReport("mayadin.txt", "قصفت طائرة مسيرة مدينة الميادين صباح اليوم ما أدى إلى مقتل مدني."
                .getBytes(StandardCharsets.UTF_8), NOV_20, false);

        Set<String> inAlbuKamal = placesOf(workspace.incidents(IncidentFilter.ALL.withPlaces(Set.of("albu_kamal_district"))));
        assertEquals(Set.of("hajin"), inAlbuKamal, "all incidents in Albu Kamal district: the one in Hajin");
        assertEquals(Set.of("mayadin"), placesOf(workspace.incidents(IncidentFilter.ALL.withPlaces(Set.of("mayadin_district")))));

        List<Incident> inDeirEzZorDistrict = workspace.incidents(IncidentFilter.ALL.withPlaces(Set.of("deir_ez_zor_district")));
        Set<String> keys = inDeirEzZorDistrict.stream().map(Incident::key).collect(Collectors.toSet());
        assertTrue(keys.contains("seed-2024-11-conoco-shells-seven-villages"), "Conoco and the seven villages lie in the district");
        assertFalse(keys.contains("seed-2024-10-rocket-attacks"), "an incident known only to the governorate is in no district");

        Set<String> inGovernorate = workspace.incidents(IncidentFilter.ALL.withPlaces(Set.of("deir_ez_zor_governorate")))
                .stream().map(Incident::key).collect(Collectors.toSet());
        assertEquals(workspace.filter(IncidentFilter.ALL).count(), inGovernorate.size(), "every incident lies in the governorate");

        Set<String> inCity = workspace.incidents(IncidentFilter.ALL.withPlaces(Set.of("deir_ez_zor")))
                .stream().map(Incident::key).collect(Collectors.toSet());
        assertFalse(inCity.contains("seed-2024-10-rocket-attacks"), "the city no longer holds the governorate's incidents");
        assertFalse(inCity.contains("seed-2024-11-militias-relocate"));
    }

    private static Set<String> placesOf(List<Incident> incidents) {
        return incidents.stream().flatMap(i -> i.places().stream()).map(PlaceLink::placeKey).collect(Collectors.toSet());
    }

    static List<String> formats() {
        return Exporter.formats();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void thePlacesExportNamesEveryPlacesUnitsReadBackByGdal(String format) throws Exception {
        Gdal.require();
        Path file = dir.resolve("places-" + format + Exporter.extension(format));
        new Exporter(workspace).export(workspace.filter(IncidentFilter.ALL), Exporter.What.PLACES, format, file, false, false,
                (w, t) -> {}, () -> false, recovered -> {});
        List<String> options = "csv".equals(format) ? List.of("-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat") : List.of();
        JsonNode features = Gdal.readAsGeoJson(file, options).path("features");
        java.util.Map<String, String> names = fieldNames(file, format);
        List<String> keys = new ArrayList<>();
        for (JsonNode f : features) {
            JsonNode p = f.path("properties");
            String key = p.path("key").asText();
            keys.add(key);
            String where = format + " " + key;
            String governorate = p.path(names.getOrDefault("adm1_name", "adm1_name")).asText();
            // Ma'dan and Markadah lie just outside, in the neighbouring governorates.
            if (key.equals("madan")) {
                assertEquals("Ar-Raqqa Governorate", governorate, where);
                assertTrue(p.path(names.getOrDefault("adm2_name", "adm2_name")).asText("").isEmpty(), where);
            } else if (key.equals("markadah")) {
                assertEquals("Al-Hasakah Governorate", governorate, where);
            } else {
                assertEquals("Deir ez-Zor Governorate", governorate, where);
            }
            if (key.equals("hajin")) {
                assertEquals("Albu Kamal District", p.path(names.getOrDefault("adm2_name", "adm2_name")).asText(), where);
                assertEquals("Hajin Subdistrict", p.path(names.getOrDefault("adm3_name", "adm3_name")).asText(), where);
                assertEquals("SYR-ADM3-54000B78513794", p.path(names.getOrDefault("adm3_code", "adm3_code")).asText(), where);
            }
            if (key.equals("mayadin")) {
                assertEquals("Al-Mayadin District", p.path(names.getOrDefault("adm2_name", "adm2_name")).asText(), where);
            }
        }
        assertTrue(keys.containsAll(List.of("hajin", "mayadin", "khasham", "deir_ez_zor_governorate", "albu_kamal_district")), keys.toString());
    }

    private static java.util.Map<String, String> fieldNames(Path file, String format) throws java.io.IOException {
        if (!"shp".equals(format)) return java.util.Map.of();
        Path map = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.shp$", ".fields.csv"));
        return java.nio.file.Files.readAllLines(map, StandardCharsets.UTF_8).stream().skip(1).map(l -> l.split(",", -1))
                .collect(Collectors.toMap(c -> c[1], c -> c[0]));
    }
}
