package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.furat.geo.GeoPackageGeometry;
import org.furat.io.Gdal;
import org.furat.model.Actor;
import org.furat.model.GeoPrecision;
import org.furat.model.Place;
import org.furat.model.PlaceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding, editing, merging and deleting places, and adding, renaming and merging actors, on a seeded database: what
 * moves, what the incident_locations layer then says, what the change log records, and that `furat check` and GDAL
 * find the file sound afterwards.
 */
class PlaceWritesTest {

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void seed() {
        file = TestDatabases.seeded(dir.resolve("places.gpkg"));
    }

    @Test
    void editingAPlaceMovesItsIncidentLocationsAndIsRecorded() throws Exception {
        String key = placeWithMostIncidents();
        Place was = place(key);
        double lon = was.lon() + 0.0123, lat = was.lat() - 0.0071;
        try (FuratDatabase db = FuratDatabase.open(file)) {
            new PlaceWrites(db).edit(key, stored -> new Place(key, "Renamed town", "بلدة جديدة", List.of("Renamed"), List.of("جديدة"), PlaceKind.TOWN,
                    lon, lat, GeoPrecision.APPROXIMATE, was.district(), was.source(), was.sourceRef(), was.licence(), was.note()));
        }
        Place now = place(key);
        assertEquals("Renamed town", now.nameEn());
        assertEquals("بلدة جديدة", now.nameAr());
        assertEquals(List.of("جديدة"), now.variantsAr());
        assertEquals(GeoPrecision.APPROXIMATE, now.precision());
        assertEquals(lon, now.lon(), 1e-9);
        assertEquals(was.source(), now.source(), "where the place came from stays");

        List<double[]> points = locationPoints(key);
        assertFalse(points.isEmpty(), "the place has incident locations");
        for (double[] p : points) {
            assertEquals(lon, p[0], 1e-9, "every incident location of the place follows it");
            assertEquals(lat, p[1], 1e-9);
        }
        assertEquals(points.size(), TestDatabases.count(file, "SELECT count(*) FROM incident_locations WHERE place = '" + key
                + "' AND place_en = 'Renamed town' AND loc_prec >= 2"), "with its new name and precision");
        assertTrue(changes(PlaceWrites.EDIT).contains("places|" + key + "|update|geom"), changes(PlaceWrites.EDIT).toString());
        assertClean();
    }

    @Test
    void mergingMovesLinksMembershipsAndNamesAndDropsRepeatedLinks() throws Exception {
        String gone = groupMemberWithIncidents();
        String kept = placeWithMostIncidents(gone);
        Place goneWas = place(gone);
        int keptLinks = links(kept), goneLinks = links(gone);
        int evidence = TestDatabases.count(file, "SELECT count(*) FROM evidence");
        String repeated; // the incident's key and the role, as SQL
        try (FuratDatabase db = FuratDatabase.open(file)) {
            // One incident linked to both places in the same role: the merge must leave it one link.
            repeated = db.transaction(ChangeAction.named("test link"), c -> {
                String incident = null;
                long incidentId = 0;
                String role = null;
                try (PreparedStatement ps = c.prepareStatement("SELECT i.key, i.id, ip.role FROM incident_places ip JOIN incidents i "
                        + "ON i.id = ip.incident_id JOIN places p ON p.fid = ip.place_id WHERE p.key = ? ORDER BY i.id LIMIT 1")) {
                    ps.setString(1, gone);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertTrue(rs.next());
                        incident = rs.getString(1);
                        incidentId = rs.getLong(2);
                        role = rs.getString(3);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO incident_places (incident_id, place_id, role, loc_prec) "
                        + "VALUES (?, (SELECT fid FROM places WHERE key = ?), ?, 1)")) {
                    ps.setLong(1, incidentId);
                    ps.setString(2, kept);
                    ps.setString(3, role);
                    ps.executeUpdate();
                }
                IncidentRepository.writeDerived(c, incidentId, incidentId, java.util.Map.of());
                // As if an import had added the merged-away place.
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO gazetteer_sources (name, licence) VALUES ('test import', 'CC0')")) {
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO place_sources (place_id, source, source_ref, lon, lat, added_place) "
                        + "SELECT fid, 'test import', 'ref-1', 40.0, 35.0, 1 FROM places WHERE key = ?")) {
                    ps.setString(1, gone);
                    ps.executeUpdate();
                }
                return incident + "' AND ip.role = '" + role;
            });
            int moved = new PlaceWrites(db).merge(kept, gone);
            assertTrue(moved > 0);
            assertEquals(List.of(kept), TestDatabases.strings(file, "SELECT p.key FROM place_sources s JOIN places p ON p.fid = s.place_id "
                    + "WHERE s.source = 'test import'"), "the source record moved");
        }
        assertEquals(0, TestDatabases.count(file, "SELECT count(*) FROM places WHERE key = '" + gone + "'"), "the merged place is gone");
        assertEquals(keptLinks + 1 + goneLinks - 1, links(kept), "every link moved, the repeated one dropped");
        assertEquals(1, TestDatabases.count(file, "SELECT count(*) FROM incident_places ip JOIN incidents i ON i.id = ip.incident_id "
                + "JOIN places p ON p.fid = ip.place_id WHERE i.key = '" + repeated + "' AND p.key = '" + kept + "'"));
        assertEquals(evidence, TestDatabases.count(file, "SELECT count(*) FROM evidence"), "evidence stays with its incidents");
        assertEquals(0, TestDatabases.count(file, "SELECT count(*) FROM incident_locations WHERE place = '" + gone + "'"));
        assertEquals(links(kept), TestDatabases.count(file, "SELECT count(*) FROM incident_locations WHERE place = '" + kept + "'"));
        assertTrue(TestDatabases.count(file, "SELECT count(*) FROM place_group_members m JOIN places p ON p.fid = m.place_id "
                + "WHERE p.key = '" + kept + "'") > 0, "the group membership moved");
        Place keptNow = place(kept);
        assertTrue(keptNow.variantsEn().contains(goneWas.nameEn()), keptNow.variantsEn().toString());
        if (goneWas.nameAr() != null) assertTrue(keptNow.variantsAr().contains(goneWas.nameAr()), keptNow.variantsAr().toString());
        assertTrue(keptNow.variantsAr().containsAll(goneWas.variantsAr()), "its spellings too");

        List<String> logged = changes(PlaceWrites.MERGE);
        assertTrue(logged.contains("places|" + gone + "|delete|null"), logged.toString());
        assertTrue(logged.stream().anyMatch(l -> l.startsWith("incident_places|") && l.contains("|" + kept + "|") && l.endsWith("|update|place_id")), logged.toString());
        assertTrue(logged.stream().anyMatch(l -> l.startsWith("place_group_members|")), logged.toString());
        assertClean();
    }

    @Test
    void takingOutTheImportOfAMergedAwayPlaceLeavesTheKeptPlace() throws Exception {
        String kept = TestDatabases.strings(file, "SELECT key FROM places WHERE fid NOT IN (SELECT place_id FROM incident_places) "
                + "AND fid NOT IN (SELECT place_id FROM place_group_members) AND kind = 'village' ORDER BY key LIMIT 1").get(0);
        try (FuratDatabase db = FuratDatabase.open(file)) {
            db.transaction(ChangeAction.named("test import"), c -> {
                Place k = new GazetteerRepository(db).places().stream().filter(p -> p.key().equals(kept)).findFirst().orElseThrow();
                GazetteerRepository.insertPlace(c, new Place("imported_twin", k.nameEn(), k.nameAr(), List.of(), List.of(), k.kind(),
                        k.lon() + 0.001, k.lat(), GeoPrecision.EXACT, null, "test import", "ref-1", "CC0", null));
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO gazetteer_sources (name, licence) VALUES ('test import', 'CC0')")) {
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO place_sources (place_id, source, source_ref, lon, lat, added_place) "
                        + "SELECT fid, 'test import', 'ref-1', 40.0, 35.0, 1 FROM places WHERE key = 'imported_twin'")) {
                    ps.executeUpdate();
                }
                return null;
            });
            new PlaceWrites(db).merge(kept, "imported_twin");
            assertEquals(List.of(kept), TestDatabases.strings(file, "SELECT p.key FROM place_sources s JOIN places p ON p.fid = s.place_id "
                    + "WHERE s.source = 'test import'"), "the source record moved to the kept place");
            new GazetteerSources(db).remove("test import");
        }
        assertEquals(1, TestDatabases.count(file, "SELECT count(*) FROM places WHERE key = '" + kept + "'"),
                "taking the merged place's import out does not take the kept place with it");
        assertClean();
    }

    @Test
    void deletingIsRefusedWhileIncidentsLinkAndAllowedOtherwise() throws Exception {
        String used = placeWithMostIncidents();
        int incidents = TestDatabases.count(file, "SELECT count(DISTINCT incident_id) FROM incident_places ip JOIN places p "
                + "ON p.fid = ip.place_id WHERE p.key = '" + used + "'");
        String unused = TestDatabases.strings(file, "SELECT key FROM places WHERE fid NOT IN (SELECT place_id FROM incident_places) "
                + "AND fid NOT IN (SELECT place_id FROM place_group_members) AND kind IN ('village', 'town') ORDER BY key LIMIT 1").get(0);
        try (FuratDatabase db = FuratDatabase.open(file)) {
            PlaceWrites writes = new PlaceWrites(db);
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> writes.delete(used));
            assertTrue(refused.getMessage().contains("linked to " + incidents + " incident"), refused.getMessage());
            writes.delete(unused);
            assertThrows(IllegalArgumentException.class, () -> writes.delete(unused), "an unknown key");
        }
        assertEquals(1, TestDatabases.count(file, "SELECT count(*) FROM places WHERE key = '" + used + "'"));
        assertEquals(0, TestDatabases.count(file, "SELECT count(*) FROM places WHERE key = '" + unused + "'"));
        assertEquals(List.of("places|" + unused + "|delete|null"), changes(PlaceWrites.DELETE));
        assertClean();
    }

    @Test
    void anAddedPlaceGetsItsUnitsAndTheLayerOpensInGdal() throws Exception {
        Place reference = place(placeWithMostIncidents());
        double lon = reference.lon() + 0.02, lat = reference.lat() + 0.02;
        try (FuratDatabase db = FuratDatabase.open(file)) {
            PlaceWrites writes = new PlaceWrites(db);
            writes.add(new Place("new_hamlet", "New hamlet", "مزرعة جديدة", List.of(), List.of(), PlaceKind.VILLAGE, lon, lat,
                    GeoPrecision.APPROXIMATE, null, "Added by an analyst", null, null, null));
            assertThrows(IllegalArgumentException.class, () -> writes.add(new Place("new_hamlet", "Again", null, List.of(), List.of(),
                    PlaceKind.VILLAGE, lon, lat, GeoPrecision.EXACT, null, "x", null, null, null)), "a key taken");
        }
        Place added = place("new_hamlet");
        assertEquals("مزرعة جديدة", added.nameAr());
        assertNotEquals(null, added.admin().admin1(), "the governorate its point lies in");
        assertEquals(List.of("places|new_hamlet|insert|null"), changes(PlaceWrites.ADD));
        assertClean();

        Gdal.require();
        Gdal.Run r = Gdal.run("ogrinfo", "-ro", "-so", file.toString(), "places");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of(), r.problems());
        int count = TestDatabases.count(file, "SELECT count(*) FROM places");
        assertTrue(r.out().contains("Feature Count: " + count), r.out());
        Gdal.Run feature = Gdal.run("ogrinfo", "-ro", "-q", file.toString(), "places", "-where", "key = 'new_hamlet'");
        assertEquals(0, feature.exitCode(), feature.err());
        assertTrue(feature.out().contains("مزرعة جديدة"), feature.out());
    }

    @Test
    void actorsAreAddedRenamedAndMergedWithTheirIncidentsFollowing() throws Exception {
        List<String> byUse = TestDatabases.strings(file, "SELECT a.key FROM actors a JOIN incident_actors ia ON ia.actor_id = a.id "
                + "WHERE ia.role = 'actor1' GROUP BY a.id ORDER BY count(*) DESC, a.key");
        assertTrue(byUse.size() >= 2, "the seed has two actors in incidents");
        String kept = byUse.get(0), gone = byUse.get(1);
        int goneIncidents = TestDatabases.count(file, "SELECT count(DISTINCT incident_id) FROM incident_actors ia JOIN actors a "
                + "ON a.id = ia.actor_id WHERE a.key = '" + gone + "'");
        String goneName = TestDatabases.strings(file, "SELECT name_en FROM actors WHERE key = '" + gone + "'").get(0);
        try (FuratDatabase db = FuratDatabase.open(file)) {
            ActorWrites writes = new ActorWrites(db);
            writes.add(new Actor("tribal_militia", "Tribal militia", "ميليشيا عشائرية", List.of(), List.of()));
            writes.rename(kept, stored -> new Actor(kept, "Kept actor", "الطرف الباقي", List.of(), List.of()));
            assertEquals(goneIncidents, writes.merge(kept, gone));
            assertThrows(IllegalArgumentException.class, () -> writes.merge(kept, gone), "the merged actor is gone");
        }
        assertEquals(1, TestDatabases.count(file, "SELECT count(*) FROM actors WHERE key = 'tribal_militia'"));
        assertEquals(0, TestDatabases.count(file, "SELECT count(*) FROM actors WHERE key = '" + gone + "'"));
        assertEquals(0, TestDatabases.count(file, "SELECT count(*) FROM incident_locations WHERE actor1 LIKE '%" + goneName.replace("'", "''") + "%'"));
        assertTrue(TestDatabases.count(file, "SELECT count(*) FROM incident_locations WHERE actor1 LIKE '%Kept actor%'") > 0,
                "the layer names the actor by its new name");
        assertTrue(TestDatabases.strings(file, "SELECT variants_en FROM actors WHERE key = '" + kept + "'").get(0).contains(goneName));
        assertFalse(changes(ActorWrites.MERGE).isEmpty());
        assertFalse(changes(ActorWrites.RENAME).isEmpty());
        assertClean();
    }

    @Test
    void aNewerSeedDoesNotBringBackWhatWasMergedAwayOrDeleted() throws Exception {
        String gone = groupMemberWithIncidents();
        String kept = placeWithMostIncidents(gone);
        String unused = TestDatabases.strings(file, "SELECT key FROM places WHERE fid NOT IN (SELECT place_id FROM incident_places) "
                + "AND fid NOT IN (SELECT place_id FROM place_group_members) AND source NOT LIKE '%boundar%' ORDER BY key LIMIT 1").get(0);
        String goneActor = TestDatabases.strings(file, "SELECT key FROM actors ORDER BY key DESC LIMIT 1").get(0);
        String keptActor = TestDatabases.strings(file, "SELECT key FROM actors ORDER BY key LIMIT 1").get(0);
        try (FuratDatabase db = FuratDatabase.open(file)) {
            new PlaceWrites(db).merge(kept, gone);
            new PlaceWrites(db).delete(unused);
            new ActorWrites(db).merge(keptActor, goneActor);
            // As a newer Furat with another seed gazetteer would on opening this file.
            SeedGazetteerRefresh.refresh(db, "another gazetteer", SeedData::fromClasspath);
            SeedActorRefresh.refresh(db, "other actors", () -> SeedData.fromClasspath().actors());
        }
        assertEquals(0, TestDatabases.count(file, "SELECT count(*) FROM places WHERE key IN ('" + gone + "', '" + unused + "')"));
        assertEquals(0, TestDatabases.count(file, "SELECT count(*) FROM actors WHERE key = '" + goneActor + "'"));
        assertEquals("another gazetteer", TestDatabases.strings(file, "SELECT value FROM furat_settings WHERE key = '"
                + SeedGazetteerRefresh.FINGERPRINT + "'").get(0), "the refresh ran");
        assertClean();
    }

    private void assertClean() {
        DatabaseCheck.Result check = DatabaseCheck.run(file);
        assertEquals(List.of(), check.findings());
    }

    /** What the change log recorded under actions of this name: table|key|operation|field. */
    private List<String> changes(String action) throws SQLException {
        return TestDatabases.strings(file, "SELECT l.table_name || '|' || l.row_key || '|' || l.operation || '|' || coalesce(l.field, 'null') "
                + "FROM change_log l JOIN change_actions a ON a.id = l.action_id WHERE a.name = '" + action + "' "
                + "AND l.table_name NOT IN ('incident_locations', 'incident_search') ORDER BY l.id");
    }

    private int links(String key) throws SQLException {
        return TestDatabases.count(file, "SELECT count(*) FROM incident_places ip JOIN places p ON p.fid = ip.place_id WHERE p.key = '" + key + "'");
    }

    private String placeWithMostIncidents(String... except) throws SQLException {
        String not = except.length == 0 ? "" : " AND p.key <> '" + except[0] + "'";
        return TestDatabases.strings(file, "SELECT p.key FROM places p JOIN incident_places ip ON ip.place_id = p.fid "
                + "WHERE p.kind NOT IN ('governorate', 'district', 'subdistrict')" + not + " GROUP BY p.fid ORDER BY count(*) DESC, p.key LIMIT 1").get(0);
    }

    private String groupMemberWithIncidents() throws SQLException {
        return TestDatabases.strings(file, "SELECT p.key FROM places p JOIN place_group_members m ON m.place_id = p.fid "
                + "WHERE p.fid IN (SELECT place_id FROM incident_places) ORDER BY p.key LIMIT 1").get(0);
    }

    private List<double[]> locationPoints(String key) throws SQLException {
        List<double[]> points = new ArrayList<>();
        try (Connection c = TestDatabases.raw(file);
             PreparedStatement ps = c.prepareStatement("SELECT geom FROM incident_locations WHERE place = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) points.add(GeoPackageGeometry.pointXY(rs.getBytes(1)));
            }
        }
        return points;
    }

    private Place place(String key) {
        try (FuratDatabase db = FuratDatabase.open(file)) {
            return new GazetteerRepository(db).places().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
        }
    }
}
