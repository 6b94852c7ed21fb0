package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.furat.model.EventType;
import org.furat.model.GeoPrecision;
import org.furat.model.Incident;
import org.furat.model.IncidentFilter;
import org.furat.model.Place;
import org.furat.model.Status;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;
import org.furat.store.ChangeAction;
import org.furat.store.FuratDatabase;
import org.furat.store.LocationRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes taken into the index incident by incident give exactly what reading every incident again gives, and a
 * result computed before a change still names the same incidents after it.
 */
class IncrementalIndexTest {

    private static final String[] VILLAGES = {"خشام", "الميادين", "البوكمال", "هجين"};

    @TempDir
    Path dir;
    private Workspace workspace;
    /** Reads every incident from the tables for each comparison. */
    private Workspace rebuilt;
    /** Writes what no workspace method writes yet (an edit of any field, a removal), as an edit would, in one action. */
    private FuratDatabase database;
    private int reports;

    @BeforeEach
    void open() {
        Path file = dir.resolve("db.gpkg");
        SyntheticIncidents.createDatabase(file, 400, 11);
        workspace = Workspace.open(file);
        rebuilt = Workspace.open(file);
        database = FuratDatabase.open(file);
    }

    @AfterEach
    void close() {
        workspace.close();
        rebuilt.close();
        database.close();
    }

    @Test
    void randomEditsDeletesRestoresAndNewIncidentsGiveWhatARebuildGives() throws Exception {
        SplittableRandom random = new SplittableRandom(2026);
        List<IncidentFilter> filters = filters();
        workspace.filter(IncidentFilter.ALL); // the index exists, so the changes below are applied to it
        for (int step = 0; step < 60; step++) {
            IncidentIndex before = workspace.filter(IncidentFilter.ALL).snapshot();
            String done = change(random);
            IncidentIndex after = workspace.filter(IncidentFilter.ALL).snapshot();
            assertNotEquals(before, after, "step " + step + " (" + done + ") made a new snapshot");
            rebuilt.dataChanged();
            for (IncidentFilter filter : filters) assertSame(rebuilt.filter(filter), workspace.filter(filter), "step " + step + ": " + done + ", " + filter);
        }
    }

    @Test
    void anotherConnectionsChangesReadFromTheChangeLogGiveWhatARebuildGives() throws Exception {
        try (Workspace watching = Workspace.open(dir.resolve("db.gpkg"))) {
            SplittableRandom random = new SplittableRandom(7);
            List<IncidentFilter> filters = filters();
            watching.filter(IncidentFilter.ALL);
            assertTrue(watching.takeInOtherChanges().isEmpty(), "nothing was committed since it opened");
            List<String> seen = new ArrayList<>();
            for (int step = 0; step < 40; step++) {
                String done = step == 20 ? renamePlace() : change(random);
                watching.takeInOtherChanges().forEach(a -> seen.add(a.name()));
                assertTrue(watching.takeInOtherChanges().isEmpty(), "an action is taken in once");
                rebuilt.dataChanged();
                for (IncidentFilter filter : filters) assertSame(rebuilt.filter(filter), watching.filter(filter), "step " + step + ": " + done + ", " + filter);
            }
            assertTrue(seen.containsAll(List.of("edit incident", "rename place")), "the actions are named: " + seen);

            String key = watching.newestIncidents(watching.filter(IncidentFilter.ALL), 1).get(0).key();
            watching.deleteIncident(key, "its own change");
            assertTrue(watching.takeInOtherChanges().isEmpty(), "its own changes are not reported back to it");
            List<org.furat.model.ActionSummary> fromWatching = workspace.takeInOtherChanges();
            assertTrue(fromWatching.stream().anyMatch(a -> a.why().contains("its own change")), "the other side sees the deletion: " + fromWatching);
            assertFalse(keys(workspace.newestIncidents(workspace.filter(IncidentFilter.ALL), 1000)).contains(key));
        }
    }

    /** Renames a place through the other connection: every incident's place names depend on it. */
    private String renamePlace() {
        long place = database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT place_id FROM incident_places ORDER BY incident_id LIMIT 1"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        database.transaction(ChangeAction.named("rename place"), c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE places SET name_en = name_en || ' (renamed)' WHERE fid = ?")) {
                ps.setLong(1, place);
                ps.executeUpdate();
            }
            return null;
        });
        workspace.actorsChanged();
        rebuilt.actorsChanged();
        return "renamed place " + place;
    }

    @Test
    void aSavedReviewGivesWhatARebuildGives() {
        List<IncidentFilter> filters = filters();
        workspace.filter(IncidentFilter.ALL);
        for (int round = 0; round < 2; round++) {
            String text = "قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور، ما أدى إلى مقتل مدنيين اثنين. "
                    + "وفي اليوم نفسه قصفت طائرة مسيرة بلدة الميادين، ما أدى إلى مقتل ثلاثة مدنيين. جولة " + round + ".";
            String source = workspace.importer().importReport("review-" + round + ".txt", text.getBytes(StandardCharsets.UTF_8),
                    new Importer.Metadata(LocalDate.of(2024, 3, 10), "Test outlet", null, null), false).sourceKey();
            Reviewer reviewer = workspace.reviewer();
            ReviewDraft draft = new ReviewDraft(reviewer.open(source), workspace.places().stream().map(Place::key).toList());
            assertEquals(2, draft.proposalKeys().size(), "one proposal per sentence");
            String first = draft.proposalKeys().get(0), second = draft.proposalKeys().get(1);
            if (round == 0) {
                draft.edit(draft.draft(first).withType(SubEventType.AIR_DRONE_STRIKE));
                draft.accept(first);
                draft.reject(second);
            } else {
                draft.merge(first, second);
                draft.accept(first);
            }
            // The review removes the proposals and stores them again: under new ids, or the same ones again (SQLite
            // gives the highest id plus one), which the index must take as a change, not as nothing.
            reviewer.apply(draft);
            rebuilt.dataChanged();
            for (IncidentFilter filter : filters) assertSame(rebuilt.filter(filter), workspace.filter(filter), "review " + round + ", " + filter);
        }
    }

    @Test
    void aResultComputedBeforeAChangeStillNamesTheSameIncidents() throws Exception {
        IncidentFilter filter = IncidentFilter.ALL.withDates(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31));
        FilterResult result = workspace.filter(filter);
        long[] ids = result.ids();
        List<String> newest = keys(workspace.newestIncidents(result, 50));
        Map<String, List<Long>> byPlace = idsByPlace(result);
        long rows = workspace.locationRowCount(result);
        Set<String> exported = exported(result);

        // A removal early in id order shifts every later incident down one slot; a deletion and new incidents too.
        Set<Long> listed = new java.util.HashSet<>();
        for (long id : workspace.incidentIds(newest)) listed.add(id);
        long removed = incidentIds().stream().filter(id -> !listed.contains(id)).findFirst().orElseThrow();
        String removedKey = key(removed);
        remove(removed);
        workspace.incidentsChanged(new long[]{removed});
        String deleted = newest.get(0);
        workspace.deleteIncident(deleted, "a test of snapshots");
        importReport(0);
        assertFalse(Arrays.equals(ids, workspace.filter(filter).ids()), "the changes show in a new result");

        assertArrayEquals(ids, result.ids());
        assertEquals(newest, keys(workspace.newestIncidents(result, 50)), "the list still shows the incidents the result matched");
        assertEquals(byPlace, idsByPlace(result));
        assertEquals(rows, workspace.locationRowCount(result));
        exported.remove(removedKey); // it has no rows left to export
        assertEquals(exported, exported(result), "an export of the old result writes the old result's incidents");
        assertTrue(exported.contains(deleted), "a deletion made after the result was computed does not take it out of that result");
    }

    private static void assertSame(FilterResult expected, FilterResult actual, String what) {
        assertEquals(expected.count(), actual.count(), what + ": count");
        assertArrayEquals(expected.ids(), actual.ids(), what + ": matching ids");
        assertEquals(expected.places(), actual.places(), what + ": places");
        assertEquals(expected.typeCounts(), actual.typeCounts(), what + ": types");
        assertEquals(expected.subTypeCounts(), actual.subTypeCounts(), what + ": sub-types");
        assertEquals(expected.actorCounts(), actual.actorCounts(), what + ": actors");
        assertEquals(expected.statusCounts(), actual.statusCounts(), what + ": statuses");
        assertEquals(expected.histogram(), actual.histogram(), what + ": histogram");
        assertEquals(idsByPlace(expected), idsByPlace(actual), what + ": incidents by place");
    }

    /** Which incidents (by id) each place holds in a result: what the map's pins count. */
    private static Map<String, List<Long>> idsByPlace(FilterResult result) {
        Map<String, List<Long>> byPlace = new TreeMap<>();
        result.snapshot().positionsByPlace(result.matching())
                .forEach((place, positions) -> byPlace.put(place, Arrays.stream(positions).mapToObj(result.snapshot()::id).toList()));
        return byPlace;
    }

    private List<IncidentFilter> filters() {
        List<Place> places = workspace.places();
        String unit = places.stream().filter(p -> p.kind().isAdminUnit()).map(Place::key).findFirst().orElseThrow();
        String place = workspace.filter(IncidentFilter.ALL).places().get(0).place().key();
        String actor = workspace.actors().get(0).key();
        return List.of(IncidentFilter.ALL, IncidentFilter.ALL.withShowDeleted(true),
                IncidentFilter.ALL.withDates(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 6, 30)),
                IncidentFilter.ALL.withDates(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 6, 30)).withIncludeImprecise(false),
                IncidentFilter.ALL.withTypes(Set.of(EventType.values()[0])), IncidentFilter.ALL.withStatuses(Set.of(Status.PROPOSED)),
                IncidentFilter.ALL.withPlaces(Set.of(unit)), IncidentFilter.ALL.withPlaces(Set.of(place)),
                IncidentFilter.ALL.withActors(Set.of(actor)), IncidentFilter.ALL.withCoarsestTime(TimePrecision.DAY),
                IncidentFilter.ALL.withCoarsestLocation(GeoPrecision.values()[0]), IncidentFilter.ALL.withText(VILLAGES[0]));
    }

    /** One random change through the workspace, or written directly and then named to it; what it was. */
    private String change(SplittableRandom random) throws Exception {
        List<Long> ids = incidentIds();
        long id = ids.get(random.nextInt(ids.size()));
        switch (random.nextInt(7)) {
            case 0 -> {
                String key = key(id);
                if (workspace.deletion(key).isPresent()) {
                    workspace.restoreIncident(key);
                    return "restored " + key;
                }
                workspace.deleteIncident(key, "a test of the index");
                return "deleted " + key;
            }
            case 1 -> {
                importReport(random.nextInt(1000));
                return "imported a report";
            }
            case 2 -> {
                SubEventType type = SubEventType.values()[random.nextInt(SubEventType.values().length)];
                LocalDate start = LocalDate.of(2014 + random.nextInt(13), 1, 1).plusDays(random.nextInt(365));
                Status status = Status.values()[random.nextInt(Status.values().length)];
                int precision = 1 + random.nextInt(3);
                update(id, "UPDATE incidents SET event_type = ?, sub_event_type = ?, date_start = ?, date_end = ?, status = ?, time_prec = ? WHERE id = ?",
                        type.type().label(), type.label(), start.toString(), start.plusDays(random.nextInt(40)).toString(), status.code(),
                        precision, id);
                return "edited the fields of " + id;
            }
            case 3 -> {
                long place = randomRow(random, "SELECT fid FROM places ORDER BY fid");
                update(id, "DELETE FROM incident_places WHERE incident_id = ?", id);
                if (random.nextBoolean()) {
                    update(id, "INSERT INTO incident_places (incident_id, place_id, role, loc_prec) VALUES (?, ?, 'target', ?)", id, place,
                            1 + random.nextInt(3));
                }
                return "moved " + id + " to place " + place + " or none";
            }
            case 4 -> {
                long actor = randomRow(random, "SELECT id FROM actors ORDER BY id");
                update(id, "DELETE FROM incident_actors WHERE incident_id = ?", id);
                update(id, "INSERT INTO incident_actors (incident_id, actor_id, role, position) VALUES (?, ?, 'actor1', 0)", id, actor);
                return "gave " + id + " actor " + actor;
            }
            case 5 -> {
                remove(id);
                workspace.incidentsChanged(new long[]{id});
                return "removed " + id;
            }
            default -> {
                // Several at once, one of them an id no incident has.
                long other = ids.get(random.nextInt(ids.size()));
                update(id, "UPDATE incidents SET status = 'rejected' WHERE id = ?", id);
                update(other, "UPDATE incidents SET date_start = '2016-03-01', date_end = '2016-03-31', time_prec = 3 WHERE id = ?", other);
                workspace.incidentsChanged(List.of(id, other, Long.MAX_VALUE / 2));
                return "changed " + id + " and " + other;
            }
        }
    }

    private void importReport(int n) {
        String village = VILLAGES[n % VILLAGES.length];
        String text = "قصفت القوات الأمريكية أمس قرية " + village + " بريف دير الزور، ما أدى إلى مقتل " + (2 + n) + " مدنيين وإصابة خمسة آخرين. "
                + "تقرير رقم " + (++reports) + ".";
        Importer.Outcome outcome = workspace.importer().importReport("report-" + reports + ".txt", text.getBytes(StandardCharsets.UTF_8),
                new Importer.Metadata(LocalDate.of(2023, 1, 1).plusDays(n), "Test outlet", null, null), false);
        assertFalse(outcome.failed(), outcome.message());
        assertFalse(outcome.proposed().isEmpty(), "the report brings new incidents");
    }

    /** Writes one statement about one incident as an edit does (one action of the change log), then names it to the workspace. */
    private void update(long id, String sql, Object... values) {
        database.transaction(ChangeAction.named("edit incident"), c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) ps.setObject(i + 1, values[i]);
                ps.executeUpdate();
            }
            return null;
        });
        workspace.incidentsChanged(new long[]{id});
    }

    /** Removes the incident row (its links go by cascade), as a review does when it stores an incident again. */
    private void remove(long id) {
        database.transaction(ChangeAction.named("remove incident"), c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM incidents WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private List<Long> incidentIds() {
        return database.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM incidents ORDER BY id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
            return ids;
        });
    }

    private long randomRow(SplittableRandom random, String sql) {
        List<Long> rows = database.read(c -> {
            List<Long> all = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) all.add(rs.getLong(1));
            }
            return all;
        });
        return rows.get(random.nextInt(rows.size()));
    }

    private String key(long id) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT key FROM incidents WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    private static List<String> keys(List<Incident> incidents) {
        return incidents.stream().map(Incident::key).toList();
    }

    private Set<String> exported(FilterResult result) {
        Set<String> keys = new java.util.HashSet<>();
        workspace.forEachLocationRow(result, () -> false, (LocationRow row) -> keys.add(row.incident()));
        return keys;
    }
}
