package org.furat.app;

import static org.furat.app.GazetteerTestFiles.geoname;
import static org.furat.app.GazetteerTestFiles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.furat.model.IncidentFilter;
import org.furat.model.Place;
import org.furat.model.PlaceKind;
import org.furat.store.SeedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `furat synth --gazetteer`: the synthetic incidents are spread over the imported places too, not only the seed's,
 * weighted by kind; without a gazetteer they stay on the seed's places.
 */
class SyntheticGazetteerTest {

    private static final int VILLAGES = 150, TOWNS = 10, INCIDENTS = 4000;

    @TempDir
    Path dir;

    @Test
    void incidentsSpreadOverTheImportedPlacesTownsMoreThanVillages() throws Exception {
        List<String> rows = new ArrayList<>();
        // Made-up places on a grid inside the study area imports keep to, named so none matches a seed place.
        StudyArea area = StudyArea.ofMap();
        for (int cell = 0, i = 0; i < VILLAGES + TOWNS; cell++) {
            double lat = 34.6 + (cell / 16) * 0.09, lon = 39.9 + (cell % 16) * 0.1;
            if (!area.contains(lon, lat)) continue;
            rows.add(geoname(9200000 + i, "Synthtest " + i, "", lat, lon, "P", i < TOWNS ? "PPLA3" : "PPL"));
            i++;
        }
        Path table = lines(dir.resolve("SY.txt"), rows);
        Path file = dir.resolve("synthetic.gpkg");

        int places = SyntheticIncidents.createDatabase(file, INCIDENTS, 7, List.of(new GazetteerImporter.Request(List.of(table),
                GazetteerImporter.Format.AUTO, null, null, null, null, null, false)));

        int seedPlaces = seedPlacesForIncidents();
        assertEquals(seedPlaces + VILLAGES + TOWNS, places);
        try (Workspace synthetic = Workspace.open(file)) {
            assertTrue(synthetic.synthetic());
            Map<String, Place> byKey = synthetic.places().stream().collect(Collectors.toMap(Place::key, Function.identity()));
            var used = synthetic.placeSummaries(IncidentFilter.ALL);
            assertTrue(used.size() > seedPlaces, used.size() + " places used, the seed has " + seedPlaces);
            long imported = used.stream().filter(s -> s.place().key().startsWith("gn-92")).count();
            assertTrue(imported > (VILLAGES + TOWNS) * 0.9, imported + " of the imported places have incidents");
            assertEquals(INCIDENTS, used.stream().mapToInt(PlaceSummary::incidentCount).sum());
            assertTrue(used.stream().noneMatch(s -> s.place().kind().isAdminUnit()), "never at an administrative unit");
            double town = mean(used, byKey, PlaceKind.TOWN), village = mean(used, byKey, PlaceKind.VILLAGE);
            assertTrue(town > 1.5 * village, "a town has more incidents than a village: " + town + " against " + village);
            assertEquals(List.of(GazetteerImporter.GEONAMES_ATTRIBUTION), synthetic.gazetteerImporter().attributions(),
                    "the imported places are credited as a real import's are");
        }
    }

    @Test
    void withoutAGazetteerTheIncidentsStayOnTheSeedPlaces() {
        Path file = dir.resolve("plain.gpkg");
        int places = SyntheticIncidents.createDatabase(file, 2000, 7, List.of());
        assertEquals(seedPlacesForIncidents(), places);
        try (Workspace synthetic = Workspace.open(file)) {
            var used = synthetic.placeSummaries(IncidentFilter.ALL);
            assertTrue(used.size() > 0 && used.size() <= places, used.size() + " places used");
            assertEquals(List.of(), synthetic.gazetteerImporter().attributions());
        }
    }

    private static int seedPlacesForIncidents() {
        return (int) SeedData.fromClasspath().places().stream().filter(p -> !p.kind().isAdminUnit()).count();
    }

    /** Mean incidents per imported place of a kind, places without incidents counted as 0. */
    private static double mean(List<PlaceSummary> used, Map<String, Place> byKey, PlaceKind kind) {
        long placesOfKind = byKey.values().stream().filter(p -> p.key().startsWith("gn-92") && p.kind() == kind).count();
        int incidents = used.stream().filter(s -> s.place().key().startsWith("gn-92") && s.place().kind() == kind)
                .mapToInt(PlaceSummary::incidentCount).sum();
        return (double) incidents / placesOfKind;
    }
}
