package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.furat.model.ActorRole;
import org.furat.model.Casualties;
import org.furat.model.ChangeEntry;
import org.furat.model.ChangeQuery;
import org.furat.model.ChangeRecord;
import org.furat.model.DateSpan;
import org.furat.model.GeoPrecision;
import org.furat.model.Incident;
import org.furat.model.IncidentActor;
import org.furat.model.IncidentFilter;
import org.furat.model.Place;
import org.furat.model.PlaceLink;
import org.furat.model.PlaceRole;
import org.furat.model.Status;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;
import org.furat.store.ChangeLogReplay;
import org.furat.store.DatabaseCheck;
import org.furat.store.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Incidents added and corrected by hand, each change in the history field by field, and undo and redo of the
 * analyst's own last actions: exactly back, refused when someone changed the same thing since.
 */
class IncidentEditingTest extends WithTempWorkspace {

    private Path file() {
        return dir.resolve("db.gpkg");
    }

    private List<String> placeKeys() {
        return workspace.places().stream().filter(p -> !workspace.drawnAsArea(p)).map(Place::key).sorted().toList();
    }

    private Incident handMade(AnalystNote note, String place, int killed) {
        String actor = workspace.actors().get(0).key();
        return new Incident(workspace.newIncidentKey(), DateSpan.day(LocalDate.of(2025, 3, 4)), TimePrecision.DAY, SubEventType.ARMED_CLASH,
                List.of(new IncidentActor(actor, ActorRole.ACTOR1)), Casualties.exactly(killed), Casualties.UNKNOWN, null, null,
                Status.VERIFIED, List.of(new PlaceLink(place, PlaceRole.LOCATION, GeoPrecision.EXACT)),
                List.of(note.evidence(List.of("all"))), null);
    }

    private ChangeRecord newestAction() {
        return workspace.history(ChangeQuery.all(1)).get(0);
    }

    private void assertChecksClean() {
        DatabaseCheck.Result check = DatabaseCheck.run(file());
        assertTrue(check.clean(), check.findings().toString());
    }

    @Test
    void anIncidentAddedByHandCitesTheAnalystsNoteAndIsDescribed() {
        AnalystNote note = new AnalystNote("Two fighters were killed in a clash, a local reporter wrote.", "https://example.org/report/1");
        int before = workspace.filter(IncidentFilter.ALL).count();
        Incident added = workspace.addIncident(handMade(note, placeKeys().get(0), 2), note);
        assertTrue(added.key().startsWith("hand-"), added.key());
        assertEquals(note.key(), added.evidence().get(0).sourceKey());
        assertEquals(note.text(), added.evidence().get(0).quote(workspace.source(note.key()).orElseThrow().text()));
        assertEquals("https://example.org/report/1", workspace.source(note.key()).orElseThrow().url());
        assertTrue(added.descriptionEn().startsWith("Armed clash at "), added.descriptionEn());
        assertFalse(added.descriptionAr().isBlank());
        assertEquals(before + 1, workspace.filter(IncidentFilter.ALL).count(), "the map and counts show it at once");
        assertEquals("add incident", newestAction().name());
        assertChecksClean();

        // The same words cite the same note.
        Incident second = workspace.addIncident(handMade(note, placeKeys().get(1), 1), note);
        assertEquals(added.evidence().get(0).sourceKey(), second.evidence().get(0).sourceKey());
        assertThrows(IllegalArgumentException.class, () -> new AnalystNote("  ", null));
    }

    @Test
    void anIncidentWithNoPlaceOrVerifiedOnNobodysWordIsRefusedAndNothingIsWritten() {
        int before = workspace.filter(IncidentFilter.ALL).count();
        int actions = workspace.history(ChangeQuery.all(100)).size();
        AnalystNote note = new AnalystNote("Shelling was reported by a local page.", null);
        Incident nowhere = handMade(note, placeKeys().get(0), 1).withPlaces(List.of());
        IllegalArgumentException noPlace = assertThrows(IllegalArgumentException.class, () -> workspace.addIncident(nowhere, note));
        assertTrue(noPlace.getMessage().contains("needs a place"), noPlace.getMessage());
        AnalystNote none = AnalystNote.noneGiven();
        Incident unsupported = handMade(none, placeKeys().get(0), 1);
        assertEquals(Status.VERIFIED, unsupported.status());
        IllegalArgumentException unverifiable = assertThrows(IllegalArgumentException.class, () -> workspace.addIncident(unsupported, none));
        assertTrue(unverifiable.getMessage().contains("cannot be verified"), unverifiable.getMessage());
        assertEquals(before, workspace.filter(IncidentFilter.ALL).count(), "nothing was added");
        assertEquals(actions, workspace.history(ChangeQuery.all(100)).size(), "nothing was recorded");

        Incident proposed = workspace.addIncident(unsupported.withStatus(Status.PROPOSED, null), none);
        assertEquals(Status.PROPOSED, proposed.status(), "on nobody's word it may be added as proposed");
    }

    @Test
    void anEditChangesAndRecordsOnlyWhatDiffers() {
        AnalystNote note = new AnalystNote("A clash was reported by a local source.", null);
        Incident added = workspace.addIncident(handMade(note, placeKeys().get(0), 2), note);
        String otherPlace = placeKeys().get(1);
        Incident corrected = added.withCasualties(Casualties.exactly(3), new Casualties(4, 2, 6))
                .withPlaces(List.of(new PlaceLink(otherPlace, PlaceRole.TARGET, GeoPrecision.APPROXIMATE)));
        Incident stored = workspace.editIncident(corrected, "a second source gives three");

        assertEquals(Casualties.exactly(3), stored.killed());
        assertEquals(new Casualties(4, 2, 6), stored.injured());
        assertEquals(corrected.places(), stored.places());
        assertNotEquals(added.descriptionEn(), stored.descriptionEn(), "a description written from the fields follows them");
        ChangeRecord edit = newestAction();
        assertEquals("edit incident", edit.name());
        assertEquals("a second source gives three", edit.why());
        List<String> fields = edit.changes().stream().filter(e -> e.table().equals("incidents")).map(ChangeEntry::field).toList();
        assertTrue(fields.containsAll(List.of("killed_best", "killed_low", "killed_high", "injured_best", "description_en")), fields.toString());
        assertFalse(fields.contains("date_start") || fields.contains("sub_event_type") || fields.contains("status"), fields.toString());
        assertTrue(edit.changes().stream().noneMatch(e -> e.table().equals("incident_actors")), "the actor did not change");
        assertEquals(List.of("delete", "insert"), edit.changes().stream().filter(e -> e.table().equals("incident_places"))
                .map(ChangeEntry::operation).sorted().toList());
        assertChecksClean();
        assertTrue(workspace.newestIncidents(workspace.filterAt(IncidentFilter.ALL, java.util.Set.of(otherPlace)), 1000).stream()
                .anyMatch(i -> i.key().equals(stored.key())), "the moved incident is listed at its new place");

        // A description the analyst wrote stays through later corrections.
        Incident own = workspace.editIncident(new Incident(stored.key(), stored.dates(), stored.timePrecision(), stored.subEventType(),
                stored.actors(), stored.killed(), stored.injured(), "My own words.", stored.descriptionAr(), stored.status(),
                stored.places(), stored.evidence(), stored.note()), null);
        Incident retyped = workspace.editIncident(own.withType(SubEventType.ATTACK), null);
        assertEquals("My own words.", retyped.descriptionEn());

        workspace.deleteIncident(stored.key(), "duplicate");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> workspace.editIncident(retyped.withType(SubEventType.ARMED_CLASH), null));
        assertTrue(refused.getMessage().contains("restore it"), refused.getMessage());
    }

    @Test
    void aMergedIncidentGivesItsPlacesAndEvidenceAndIsDeletedRestorably() throws Exception {
        AnalystNote first = new AnalystNote("A clash in one village, one source says.", null);
        AnalystNote second = new AnalystNote("The same clash, another source says, near a second village.", "https://example.org/2");
        Incident kept = workspace.addIncident(handMade(first, placeKeys().get(0), 2), first);
        Incident other = workspace.addIncident(handMade(second, placeKeys().get(1), 3), second);
        Map<String, List<String>> before = ChangeLogReplay.snapshot(file());

        Incident merged = workspace.mergeIncidents(kept.key(), other.key(), "one event");
        assertEquals(List.of(placeKeys().get(0), placeKeys().get(1)), merged.places().stream().map(PlaceLink::placeKey).toList());
        assertEquals(List.of(first.key(), second.key()), merged.evidence().stream().map(e -> e.sourceKey()).toList());
        assertEquals(kept.killed(), merged.killed(), "the kept incident's own figures stay");
        assertTrue(merged.descriptionEn().contains(" and "), "the description names both places: " + merged.descriptionEn());
        assertEquals("merged into " + kept.key() + ": one event", workspace.deletion(other.key()).orElseThrow().reason());
        assertTrue(workspace.deletedIncidentsSince(LocalDate.now(java.time.ZoneOffset.UTC)).stream().anyMatch(d -> d.key().equals(other.key())),
                "the merged-away incident is in the deletions file");
        ChangeRecord action = newestAction();
        assertEquals("merge incidents", action.name());
        assertChecksClean();
        assertThrows(IllegalArgumentException.class, () -> workspace.mergeIncidents(kept.key(), kept.key(), null));

        workspace.undo();
        ChangeLogActionsTest.assertSameRows(before, ChangeLogReplay.snapshot(file()), "the merge undone");
        assertTrue(workspace.deletion(other.key()).isEmpty());
    }

    @Test
    void undoAndRedoGiveBackExactlyWhatWasAndAreRecorded() throws Exception {
        AnalystNote note = new AnalystNote("An attack was reported.", null);
        Map<String, List<String>> empty = ChangeLogReplay.snapshot(file());
        Incident added = workspace.addIncident(handMade(note, placeKeys().get(0), 2), note);
        Map<String, List<String>> afterAdd = ChangeLogReplay.snapshot(file());
        Incident edited = workspace.editIncident(added.withCasualties(Casualties.exactly(5), Casualties.UNKNOWN), null);
        Map<String, List<String>> afterEdit = ChangeLogReplay.snapshot(file());

        assertEquals("edit incident", workspace.nextUndo().orElseThrow().name());
        assertEquals("undo: edit incident", workspace.undo());
        ChangeLogActionsTest.assertSameRows(afterAdd, ChangeLogReplay.snapshot(file()), "afterAdd");
        assertEquals(added, workspace.incident(added.key()).orElseThrow());
        assertEquals("undo: edit incident", newestAction().name(), "an undo is an action of the history");
        assertEquals("add incident", workspace.nextUndo().orElseThrow().name());
        assertEquals("undo: edit incident", workspace.nextRedo().orElseThrow().name());

        assertEquals("redo: edit incident", workspace.redo());
        ChangeLogActionsTest.assertSameRows(afterEdit, ChangeLogReplay.snapshot(file()), "afterEdit");
        assertEquals(edited, workspace.incident(added.key()).orElseThrow());
        assertTrue(workspace.nextRedo().isEmpty());

        workspace.undo();
        workspace.undo();
        ChangeLogActionsTest.assertSameRows(empty, ChangeLogReplay.snapshot(file()), "empty");
        assertTrue(workspace.incident(added.key()).isEmpty());
        assertChecksClean();
        workspace.redo();
        ChangeLogActionsTest.assertSameRows(afterAdd, ChangeLogReplay.snapshot(file()), "afterAdd");
        assertChecksClean();

        // Something new ends what can be redone.
        workspace.deleteIncident(added.key(), "not ours");
        assertTrue(workspace.nextRedo().isEmpty());
    }

    @Test
    void undoIsRefusedWhenSomeoneElseChangedTheSameThingSince() throws Exception {
        AnalystNote note = new AnalystNote("A shelling was reported.", null);
        setAnalyst("Layla");
        Incident added = workspace.addIncident(handMade(note, placeKeys().get(0), 2), note);
        workspace.editIncident(added.withCasualties(Casualties.exactly(3), Casualties.UNKNOWN), null);
        setAnalyst("Omar");
        assertTrue(workspace.nextUndo().isEmpty(), "Omar has done nothing to undo");
        workspace.editIncident(workspace.incident(added.key()).orElseThrow().withCasualties(Casualties.exactly(4), Casualties.UNKNOWN), null);
        setAnalyst("Layla");
        Map<String, List<String>> before = ChangeLogReplay.snapshot(file());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> workspace.undo());
        assertTrue(refused.getMessage().contains("Omar") && refused.getMessage().contains(added.key()), refused.getMessage());
        ChangeLogActionsTest.assertSameRows(before, ChangeLogReplay.snapshot(file()), "a refused undo changes nothing");
        assertEquals(Casualties.exactly(4), workspace.incident(added.key()).orElseThrow().killed());
    }

    @Test
    void undoPassesOverSayingWhoTheAnalystIs() {
        AnalystNote note = new AnalystNote("A shelling, one source says.", null);
        workspace.setAnalystName("Layla");
        Incident added = workspace.addIncident(handMade(note, placeKeys().get(0), 1), note);
        workspace.setAnalystName("Layla Haddad");
        workspace.setAnalystName("Layla");
        assertEquals("add incident", workspace.nextUndo().orElseThrow().name(), "setting one's name is not a change to undo");
        workspace.undo();
        assertTrue(workspace.incident(added.key()).isEmpty());
        assertEquals("Layla", workspace.analystName().orElseThrow(), "the name stays as set");
        assertEquals("undo: add incident", workspace.nextRedo().orElseThrow().name());
    }

    /**
     * Random sequences of adds, edits, deletes, restores, undos and redos; then undoing everything gives back the
     * database exactly as it was, and redoing everything gives back the last state: the log holds every change both ways.
     */
    @Test
    void undoingEverythingGivesBackTheDatabaseAsItWas() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            Map<String, List<String>> start = ChangeLogReplay.snapshot(file());
            List<String> keys = new ArrayList<>();
            int actions = 0;
            for (int step = 0; step < 14; step++) {
                int op = keys.isEmpty() ? 0 : random.nextInt(6);
                String key = keys.isEmpty() ? null : keys.get(random.nextInt(keys.size()));
                Incident incident = key == null ? null : workspace.incident(key).orElse(null);
                if (op == 0 || incident == null) {
                    AnalystNote note = new AnalystNote("Report " + seed + "-" + random.nextInt(3), null);
                    keys.add(workspace.addIncident(handMade(note, placeKeys().get(random.nextInt(placeKeys().size())), step), note).key());
                    actions++;
                } else if (workspace.deletion(key).isPresent()) {
                    workspace.restoreIncident(key);
                    actions++;
                } else if (op == 1) {
                    workspace.deleteIncident(key, "step " + step);
                    actions++;
                } else if (op == 2 && workspace.nextUndo().isPresent()) {
                    workspace.undo();
                    actions--;
                } else if (op == 3 && workspace.nextRedo().isPresent()) {
                    workspace.redo();
                    actions++;
                } else {
                    List<PlaceLink> places = new ArrayList<>(incident.places());
                    places.add(new PlaceLink(placeKeys().get(random.nextInt(placeKeys().size())), PlaceRole.TARGET, GeoPrecision.APPROXIMATE));
                    workspace.editIncident(incident.withCasualties(Casualties.exactly(random.nextInt(9)), incident.injured())
                            .withType(random.nextBoolean() ? SubEventType.ATTACK : SubEventType.AIR_DRONE_STRIKE)
                            .withPlaces(places.stream().distinct().toList()), null);
                    actions++;
                }
            }
            // Undos at the end of the sequence can still be redone: the state to come back to is with them redone.
            while (workspace.nextRedo().isPresent()) {
                workspace.redo();
                actions++;
            }
            Map<String, List<String>> end = ChangeLogReplay.snapshot(file());
            int undone = 0;
            while (workspace.nextUndo().isPresent()) {
                workspace.undo();
                undone++;
            }
            assertEquals(actions, undone, "seed " + seed + ": every action in effect is undone once");
            ChangeLogActionsTest.assertSameRows(start, ChangeLogReplay.snapshot(file()), "seed " + seed + ": everything undone");
            assertChecksClean();
            while (workspace.nextRedo().isPresent()) workspace.redo();
            ChangeLogActionsTest.assertSameRows(end, ChangeLogReplay.snapshot(file()), "seed " + seed + ": everything redone");
            assertChecksClean();
            // The next seed starts from here, with nothing to undo: a new action of its own opens the stack again.
            while (workspace.nextUndo().isPresent()) workspace.undo();
        }
    }

    private void setAnalyst(String name) throws SQLException {
        try (Connection c = TestDatabases.raw(file());
             PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO furat_settings (key, value) VALUES ('analyst', ?)")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
    }
}
