package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.furat.model.EventType;
import org.furat.model.Incident;
import org.furat.model.IncidentFilter;
import org.furat.model.PlaceGroup;
import org.furat.model.PlaceLink;
import org.furat.model.Status;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Coordinate;

/**
 * Region-level incidents counted by area: a unit's incidents on the unit, an incident naming every unit of a group
 * (the eastern countryside) once on the group, the counts following the filter, and the listed incidents being
 * exactly the counted ones.
 */
class RegionAreasTest {

    private static final Importer.Metadata NOV_20 = new Importer.Metadata(LocalDate.of(2024, 11, 20), "Test outlet", null, null);
    private static final IncidentFilter EVERY_STATUS = IncidentFilter.ALL;

    @TempDir
    static Path dir;
    private static Workspace workspace;

    @BeforeAll
    static void open() {
        workspace = Workspace.open(dir.resolve("regions.gpkg"));
        for (String report : List.of(
                "قصفت قوات النظام مواقع في ريف دير الزور الشرقي صباح اليوم ما أدى إلى مقتل مدنيين.",
                "قصفت قوات النظام مواقع في ناحية الكسرة صباح اليوم ما أدى إلى مقتل مدنيين.",
                "قصفت قوات النظام مواقع في ريف دير الزور صباح اليوم ما أدى إلى مقتل مدنيين.")) {
            Importer.Outcome outcome = workspace.importer().importReport("r" + report.length() + ".txt",
                    report.getBytes(StandardCharsets.UTF_8), NOV_20, false);
            assertEquals(1, outcome.proposed().size(), outcome.message());
        }
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    /** The matching incidents linked to every one of these units: what an area's badge should count. */
    private static List<Incident> naming(IncidentFilter filter, List<String> unitKeys) {
        return workspace.incidents(filter).stream()
                .filter(i -> i.places().stream().map(PlaceLink::placeKey).collect(Collectors.toSet()).containsAll(unitKeys))
                .toList();
    }

    private static Optional<RegionAreas.Area> area(IncidentFilter filter, String key) {
        return workspace.regionAreas(workspace.filter(filter)).stream().filter(a -> a.key().equals(key)).findFirst();
    }

    @Test
    void anIncidentNamingEveryUnitOfAGroupCountsOnceOnTheGroup() {
        PlaceGroup eastern = workspace.groups().stream().filter(g -> g.key().equals("eastern_countryside")).findFirst().orElseThrow();
        RegionAreas.Area area = area(EVERY_STATUS, "eastern_countryside").orElseThrow(() -> new AssertionError("no eastern countryside area"));
        assertEquals(naming(EVERY_STATUS, eastern.memberKeys()).size(), area.incidentCount());
        assertEquals(Set.copyOf(eastern.memberKeys()), Set.copyOf(area.unitKeys()));
        assertEquals(eastern.nameAr(), area.nameAr());
        for (String member : eastern.memberKeys()) {
            assertTrue(area(EVERY_STATUS, member).isEmpty(), member + " has no area of its own: its only incident names the whole group");
        }
        assertTrue(area.outline().getNumGeometries() >= 1 && area.outline().getArea() > 0);
        assertTrue(area.outline().covers(new GeometryFactory().createPoint(new Coordinate(area.labelLon(), area.labelLat()))),
                "the badge's point lies inside the group's outline");
    }

    @Test
    void theBadgeCountFollowsTheFilter() {
        List<String> governorate = List.of("deir_ez_zor_governorate");
        int all = area(EVERY_STATUS, "deir_ez_zor_governorate").orElseThrow().incidentCount();
        assertEquals(naming(EVERY_STATUS, governorate).size(), all);

        IncidentFilter verified = IncidentFilter.ALL.withStatuses(Set.of(Status.VERIFIED));
        int reviewed = area(verified, "deir_ez_zor_governorate").orElseThrow().incidentCount();
        assertEquals(naming(verified, governorate).size(), reviewed);
        assertTrue(reviewed < all, "the proposal imported here is not counted under a filter of verified incidents");
        assertTrue(area(verified, "kisreh_subdistrict").isEmpty(), "no verified incident names Al-Kasrah sub-district");

        IncidentFilter october = verified.withDates(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31)).withIncludeImprecise(false);
        int inOctober = area(october, "deir_ez_zor_governorate").map(RegionAreas.Area::incidentCount).orElse(0);
        assertEquals(naming(october, governorate).size(), inOctober);
        assertTrue(inOctober < reviewed, "a date range narrows the count");

        for (EventType type : EventType.values()) {
            IncidentFilter ofType = EVERY_STATUS.withTypes(Set.of(type));
            assertEquals(naming(ofType, List.of("kisreh_subdistrict")).size(),
                    area(ofType, "kisreh_subdistrict").map(RegionAreas.Area::incidentCount).orElse(0), type.label());
        }
    }

    @Test
    void theListedIncidentsAreTheCountedOnes() {
        FilterResult result = workspace.filter(EVERY_STATUS);
        for (RegionAreas.Area area : workspace.regionAreas(result)) {
            List<Incident> listed = workspace.newestAreaIncidents(result, area.key(), 500);
            assertEquals(area.incidentCount(), listed.size(), area.key());
            assertEquals(area.incidentCount(), workspace.areaIncidentCount(result, area.key()), area.key());
            for (Incident i : listed) {
                assertTrue(i.places().stream().map(PlaceLink::placeKey).collect(Collectors.toSet()).containsAll(area.unitKeys()),
                        i.key() + " names " + area.key());
            }
            assertNotNull(area.dominantType());
        }
    }

    @Test
    void unitsAreDrawnAsAreasAndSettlementsAsPins() {
        assertTrue(workspace.drawnAsArea(workspace.place("deir_ez_zor_governorate").orElseThrow()));
        assertTrue(workspace.drawnAsArea(workspace.place("khasham_subdistrict").orElseThrow()));
        assertFalse(workspace.drawnAsArea(workspace.place("deir_ez_zor").orElseThrow()), "the city stays a pin");
        assertFalse(workspace.drawnAsArea(workspace.place("khasham").orElseThrow()));
    }
}
