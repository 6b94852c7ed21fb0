package org.furat.app;

import static org.furat.app.GazetteerTestFiles.alternate;
import static org.furat.app.GazetteerTestFiles.geoname;
import static org.furat.app.GazetteerTestFiles.lines;
import static org.furat.app.GazetteerTestFiles.wof;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.furat.app.GazetteerImporter.Format;
import org.furat.io.gazetteer.GazetteerFileException;
import org.furat.io.gazetteer.PointLayerReader.Columns;
import org.furat.model.Incident;
import org.furat.model.Place;
import org.furat.model.PlaceKind;
import org.furat.model.PlaceLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge rules of gazetteer imports, on small files the tests write, and taking an import back out. */
class GazetteerImportTest {

    private static final Importer.Metadata NOV_20 = new Importer.Metadata(LocalDate.of(2024, 11, 20), "Test outlet", null, null);
    /** An analyst's layer with columns of its own names. */
    private static final Columns COLUMNS = new Columns("الاسم", "name", "y", "x", "ref", "type");

    @TempDir
    Path dir;

    private Workspace workspace;
    private List<Place> seeded;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("gazetteer.gpkg"));
        seeded = workspace.places();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private GazetteerImporter.Summary importFiles(Format format, String source, Columns columns, boolean dryRun, Path... paths) {
        return workspace.gazetteerImporter().importFiles(new GazetteerImporter.Request(List.of(paths), format, source,
                StudyArea.ofMap(), columns, "CC-BY-4.0", "Our survey", dryRun));
    }

    private Path analystLayer() throws Exception {
        return lines(dir.resolve("survey.csv"), List.of(
                "ref,الاسم,name,y,x,type",
                // 1 km north of Khasham, same Arabic name: the same place, adding the English spelling.
                "a1,خشام,Kheshem,35.30988,40.28916,village",
                // Al-Mayadin's name 20 km from the town: a misplaced duplicate, reported.
                "a2,الميادين,Mayadin,35.2,40.45154,town",
                // A village that shares Hatla's name 40 km away: another village, added.
                "a3,حطلة,Hatla,35.6,40.5,village",
                "a4,حويجة المسعود,Huwayjat al-Masoud,35.1,40.4,",
                // Outside the map's region.
                "a5,قرية بعيدة,Far Village,33.5,36.3,village"));
    }

    private Place place(String key) {
        return workspace.place(key).orElseThrow(() -> new AssertionError("no place " + key));
    }

    @Test
    void pointLayerMergesByNameWithin3KmReportsFarDuplicatesAndAddsTheRest() throws Exception {
        Path layer = analystLayer();
        GazetteerImporter.Summary s = importFiles(Format.AUTO, "survey", COLUMNS, false, layer);

        assertEquals(5, s.read());
        assertEquals(2, s.added(), s.toString());
        assertEquals(1, s.merged(), s.toString());
        assertEquals(Map.of("same name within 3 km", 1), s.mergedBy());
        assertEquals(2, s.skipped(), s.toString());
        assertTrue(s.skippedBy().keySet().stream().anyMatch(r -> r.startsWith("far duplicate") && r.contains("mayadin")), s.toString());
        assertTrue(s.skippedBy().keySet().stream().anyMatch(r -> r.startsWith("outside the study area")), s.toString());
        assertTrue(s.notes().stream().anyMatch(n -> n.record().equals("a2") && n.outcome().equals("skipped") && n.reason().contains("km away")));

        assertEquals(seeded.size() + 2, workspace.places().size(), "the workspace sees the new places at once");
        Place khasham = place("khasham");
        Place before = seeded.stream().filter(p -> p.key().equals("khasham")).findFirst().orElseThrow();
        assertEquals(before.lon(), khasham.lon(), "a curated place keeps its point");
        assertEquals(before.lat(), khasham.lat());
        assertTrue(khasham.variantsEn().contains("Kheshem"), khasham.variantsEn().toString());
        assertEquals(before.variantsAr(), khasham.variantsAr(), "خشام was already its name");

        Place twin = place("survey-a3");
        assertEquals("حطلة", twin.nameAr());
        assertEquals(PlaceKind.VILLAGE, twin.kind());
        Place huwayjat = place("survey-a4");
        assertEquals("survey", huwayjat.source());
        assertEquals("a4", huwayjat.sourceRef());
        assertEquals("CC-BY-4.0", huwayjat.licence());
        assertEquals(PlaceKind.VILLAGE, huwayjat.kind(), "no kind given: a village");
        assertFalse(workspace.place("survey-a2").isPresent());
        assertEquals(List.of("Our survey"), workspace.gazetteerImporter().attributions());
    }

    @Test
    void geoNamesMergesBySameIdAndTakesArabicNamesFromAlternateNames() throws Exception {
        Path table = lines(dir.resolve("SY.txt"), List.of(
                geoname(167899, "Khushām", "Khusham,خشام,Khoucham", 35.30088, 40.28916, "P", "PPLA3"),
                geoname(9000001, "Tall al Mas'ud", "Tall al Mas'ud,tall al mas'ud", 35.2, 40.6, "P", "PPL"),
                geoname(9000002, "Funduq", "", 35.3, 40.1, "S", "HTL"),
                geoname(9000003, "Far Town", "", 33.5, 36.3, "P", "PPL"),
                geoname(9000004, "Haql at Tanak", "", 35.0, 40.7, "S", "OILF")));
        Path alternates = lines(dir.resolve("alternateNamesV2.txt"), List.of(
                alternate(1, 9000001, "ar", "تل مسعود", false, false),
                alternate(2, 9000001, "ar", "تل المسعود", true, false),
                alternate(3, 9000001, "ar", "تل القديم", false, true),
                alternate(4, 9000001, "en", "Tell Masoud", false, false),
                alternate(5, 9000003, "ar", "بعيدة", true, false),
                alternate(6, 167899, "ar", "خشام الشرقي", false, false)));
        GazetteerImporter.Summary s = importFiles(Format.AUTO, null, null, false, table, alternates);

        assertEquals("geonames", s.source());
        assertEquals(5, s.read());
        assertEquals(2, s.added(), s.toString());
        assertEquals(Map.of("same GeoNames id", 1), s.mergedBy());
        assertEquals(2, s.skipped(), s.toString());
        assertTrue(s.skippedBy().containsKey("not a populated place (GeoNames feature S.HTL)"), s.toString());

        Place tall = place("gn-9000001");
        assertEquals("تل المسعود", tall.nameAr(), "the preferred Arabic name");
        assertTrue(tall.variantsAr().contains("تل مسعود"));
        assertFalse(tall.variantsAr().contains("تل القديم"), "historic names are left out");
        assertTrue(tall.variantsEn().contains("Tell Masoud"));
        assertFalse(tall.variantsEn().contains("tall al mas'ud"), "lower-case transliterations are left out");
        assertEquals("geonames", tall.source());
        assertEquals("CC-BY-4.0", tall.licence());
        assertEquals(PlaceKind.OIL_FIELD, place("gn-9000004").kind());
        assertTrue(place("khasham").variantsAr().contains("خشام الشرقي"), "the merged record's spellings join the place");
    }

    @Test
    void whosOnFirstSkipsSupersededNotCurrentDeprecatedAndAdministrativeRecords() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("wof/data/1"));
        wof(folder, 101, "locality", "Tall Abyad", "تل أبيض", 40.6, 35.2, Map.of());
        wof(folder, 102, "locality", "Old Tall", "تل قديم", 40.61, 35.21, Map.of("wof:superseded_by", "[103]", "mz:is_current", "0"));
        wof(folder, 104, "locality", "Gone", "قرية زالت", 40.62, 35.22, Map.of("mz:is_current", "0"));
        wof(folder, 105, "locality", "Withdrawn", "قرية ملغاة", 40.63, 35.23, Map.of("edtf:deprecated", "\"2024-01-19\""));
        wof(folder, 106, "region", "Dayr az Zawr", "دير الزور", 40.5, 35.0, Map.of());
        GazetteerImporter.Summary s = importFiles(Format.AUTO, null, null, false, dir.resolve("wof"));

        assertEquals("whosonfirst", s.source());
        assertEquals(5, s.read());
        assertEquals(1, s.added());
        assertEquals(Map.of("superseded by another record (wof:superseded_by)", 1, "not current (mz:is_current = 0)", 1,
                "deprecated (edtf:deprecated)", 1, "not a locality (region): administrative areas are not imported as places", 1), s.skippedBy());
        Place added = place("wof-101");
        assertEquals("تل أبيض", added.nameAr());
        assertTrue(added.licence().contains("CC-BY-4.0"));
        assertTrue(added.note().contains("Who's On First"), added.note());
    }

    @Test
    void aPointGivenToTheMinuteMergesFartherIntoAPreciseRecordOfItsName() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("wof/data/1"));
        // Three records of one village: a precise point, and two rounded ones 4 and 5 km from it.
        wof(folder, 201, "locality", "Daman", "دامان", 40.54075, 35.23553, Map.of());
        wof(folder, 202, "locality", "Daman", "دامان", 40.48333, 35.23333, Map.of());
        wof(folder, 203, "locality", "Daman", "دامان", 40.5, 35.25, Map.of());
        // Two precise villages of one name 4 km apart, on either bank: namesakes, both kept.
        wof(folder, 204, "locality", "Tabiyah", "الطابية", 40.3012, 35.2003, Map.of());
        wof(folder, 205, "locality", "Tabiyah", "الطابية", 40.3012, 35.2363, Map.of());
        GazetteerImporter.Summary s = importFiles(Format.AUTO, null, null, false, dir.resolve("wof"));

        assertEquals(3, s.added(), s.toString());
        assertEquals(2, s.merged(), s.toString());
        Place daman = place("wof-201");
        assertEquals(35.23553, daman.lat(), 1e-9, "the precise point is the one kept, whatever the order of the files");
        assertFalse(workspace.place("wof-202").isPresent());
        assertFalse(workspace.place("wof-203").isPresent());
        assertTrue(workspace.place("wof-204").isPresent() && workspace.place("wof-205").isPresent(), "namesakes 4 km apart");
        assertTrue(GazetteerMerge.toTheMinute(40.48333, 35.23333));
        assertFalse(GazetteerMerge.toTheMinute(40.54075, 35.23553));
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        GazetteerImporter.Summary s = importFiles(Format.AUTO, "survey", COLUMNS, true, analystLayer());
        assertTrue(s.dryRun());
        assertEquals(2, s.added());
        assertEquals(seeded, workspace.places(), "nothing was added, no spelling either");
        assertTrue(workspace.gazetteerImporter().attributions().isEmpty());
        try (Workspace again = Workspace.open(dir.resolve("gazetteer.gpkg"))) {
            assertEquals(seeded, again.places(), "nor on disk");
        }
    }

    @Test
    void aMalformedLayerNamesItsLinesAndImportsNothing() throws Exception {
        Path bad = lines(dir.resolve("bad.csv"), List.of(
                "ref,الاسم,name,y,x,type",
                "b1,قرية جيدة,Good,35.1,40.4,village",
                "b2,قرية,Bad latitude,north,40.4,village",
                "b3,,,35.1,40.4,village",
                "b4,قرية أخرى,Bad kind,35.1,200,hamlet",
                "b1,قرية مكررة,Repeated,35.1,40.4,village"));
        GazetteerFileException e = assertThrows(GazetteerFileException.class, () -> importFiles(Format.AUTO, "survey", COLUMNS, false, bad));
        String m = e.getMessage();
        assertTrue(m.contains(bad.toString()), m);
        assertTrue(m.contains("nothing was imported"), m);
        assertTrue(m.contains("line 3: 'y' is not a number: 'north'"), m);
        assertTrue(m.contains("line 4: no name"), m);
        assertTrue(m.contains("line 5: 'x' is 200"), m);
        assertTrue(m.contains("line 5: unknown kind 'hamlet'"), m);
        assertTrue(m.contains("line 6: the id 'b1' is already used on line 2"), m);
        assertEquals(seeded, workspace.places());

        Path noColumn = lines(dir.resolve("nocolumn.csv"), List.of("ref,name,lat", "c1,Somewhere,35.1"));
        GazetteerFileException missing = assertThrows(GazetteerFileException.class,
                () -> importFiles(Format.AUTO, "survey", new Columns(null, "name", null, null, "ref", null), false, noColumn));
        assertTrue(missing.getMessage().contains("there is no column 'lon' (the columns are ref, name, lat)"), missing.getMessage());
        assertEquals(seeded, workspace.places());
    }

    @Test
    void aGeoJsonPointLayerTakesItsPointsFromTheGeometry() throws Exception {
        Path layer = dir.resolve("survey.geojson");
        Files.writeString(layer, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"id": "g1", "name_ar": "حويجة المسعود", "name_en": "Huwayjat al-Masoud", "kind": "river_island"},
                   "geometry": {"type": "Point", "coordinates": [40.4, 35.1]}},
                  {"type": "Feature", "properties": {"id": "g2", "name_ar": "خشام", "name_en": null},
                   "geometry": {"type": "Point", "coordinates": [40.28916, 35.30988]}}
                ]}""", StandardCharsets.UTF_8);
        GazetteerImporter.Summary s = importFiles(Format.AUTO, "survey", null, false, layer);
        assertEquals(1, s.added());
        assertEquals(1, s.merged());
        Place island = place("survey-g1");
        assertEquals(PlaceKind.RIVER_ISLAND, island.kind());
        assertEquals(40.4, island.lon());
        assertEquals(35.1, island.lat());

        Path bad = dir.resolve("bad.geojson");
        Files.writeString(bad, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"name_ar": "قرية"}, "geometry": {"type": "Point", "coordinates": [40.4, 35.1]}},
                  {"type": "Feature", "properties": {"name_ar": "منطقة"}, "geometry": {"type": "Polygon", "coordinates": []}}
                ]}""", StandardCharsets.UTF_8);
        List<Place> before = workspace.places();
        GazetteerFileException e = assertThrows(GazetteerFileException.class, () -> importFiles(Format.AUTO, "other", null, false, bad));
        assertTrue(e.getMessage().contains("feature 2: its geometry is not a point (Polygon)"), e.getMessage());
        assertEquals(before, workspace.places());
    }

    @Test
    void aPointLayerNeedsASourceName() throws Exception {
        Path layer = analystLayer();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> importFiles(Format.AUTO, null, COLUMNS, false, layer));
        assertTrue(e.getMessage().contains("--source NAME"), e.getMessage());
    }

    @Test
    void importingTheSameSourceAgainAddsNothing() throws Exception {
        importFiles(Format.AUTO, "survey", COLUMNS, false, analystLayer());
        List<Place> once = workspace.places();
        GazetteerImporter.Summary again = importFiles(Format.AUTO, "survey", COLUMNS, false, analystLayer());
        assertEquals(0, again.added());
        assertEquals(0, again.merged());
        assertEquals(3, again.skippedBy().get("already imported from survey"), again.toString());
        assertEquals(once, workspace.places());
    }

    @Test
    void theExtractorProposesAnImportedVillage() throws Exception {
        byte[] report = "قصفت القوات الحكومية قرية حويجة المسعود صباح اليوم مما أدى إلى مقتل مدنيين اثنين.".getBytes(StandardCharsets.UTF_8);
        Importer.Outcome before = workspace.importer().importReport("report.txt", report, NOV_20, true);
        assertFalse(placeKeys(before).contains("survey-a4"), "not in the gazetteer yet");
        assertTrue(before.extraction().places().stream().anyMatch(p -> "حويجة المسعود".equals(p.unknownName())
                || (p.unknownName() != null && p.unknownName().startsWith("حويجة"))), "an unknown place before the import");

        importFiles(Format.AUTO, "survey", COLUMNS, false, analystLayer());
        Importer.Outcome after = workspace.importer().importReport("report.txt", report, NOV_20, true);
        assertTrue(placeKeys(after).contains("survey-a4"), () -> "proposed at the imported village: " + after.proposed());
    }

    private static List<String> placeKeys(Importer.Outcome outcome) {
        return outcome.proposed().stream().flatMap((Incident i) -> i.places().stream()).map(PlaceLink::placeKey).toList();
    }

    @Test
    void removeTakesTheImportBackOutButKeepsPlacesThatIncidentsReferTo() throws Exception {
        importFiles(Format.AUTO, "survey", COLUMNS, false, analystLayer());
        byte[] report = "قصفت القوات الحكومية قرية حويجة المسعود صباح اليوم مما أدى إلى مقتل مدنيين اثنين.".getBytes(StandardCharsets.UTF_8);
        Importer.Outcome stored = workspace.importer().importReport("report.txt", report, NOV_20, false);
        assertTrue(placeKeys(stored).contains("survey-a4"));

        GazetteerImporter.Removal removal = workspace.gazetteerImporter().remove("survey");
        assertEquals(List.of("survey-a3"), removal.removedPlaces());
        assertEquals(1, removal.removedVariants(), "Kheshem, from Khasham");
        assertEquals(1, removal.kept().size());
        assertEquals("survey-a4", removal.kept().get(0).key());
        assertEquals(1, removal.kept().get(0).incidents());

        assertEquals(seeded.size() + 1, workspace.places().size());
        Place khasham = place("khasham");
        assertEquals(seeded.stream().filter(p -> p.key().equals("khasham")).findFirst().orElseThrow(), khasham,
                "Khasham is as it was before the import");
        assertNull(workspace.place("survey-a3").orElse(null));
        assertTrue(workspace.place("survey-a4").isPresent(), "kept: an incident refers to it");
    }

    @Test
    void removeOfAnImportWithoutIncidentsRestoresTheGazetteer() throws Exception {
        importFiles(Format.AUTO, "survey", COLUMNS, false, analystLayer());
        GazetteerImporter.Removal removal = workspace.gazetteerImporter().remove("survey");
        assertTrue(removal.kept().isEmpty());
        assertEquals(seeded, workspace.places());
        assertTrue(workspace.gazetteerImporter().attributions().isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> workspace.gazetteerImporter().remove("survey"));
        assertTrue(e.getMessage().contains("No gazetteer import is recorded under the source 'survey'"), e.getMessage());
        assertTrue(DatabaseHealth.check(dir.resolve("gazetteer.gpkg")).clean(), "furat check finds nothing wrong");
    }
}
