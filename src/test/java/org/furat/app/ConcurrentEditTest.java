package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.furat.model.Casualties;
import org.furat.model.Incident;
import org.furat.model.IncidentFilter;
import org.furat.model.Status;
import org.furat.model.SubEventType;
import org.junit.jupiter.api.Test;

/**
 * Two analysts correcting one incident at once (two windows on one file): what only one of them changed is kept,
 * and a field both changed differently is refused with both values, never silently overwritten.
 */
class ConcurrentEditTest extends WithTempWorkspace {

    private Incident anyIncident() {
        return workspace.newestIncidents(workspace.filter(IncidentFilter.ALL), 1).get(0);
    }

    private static Casualties other(Casualties c) {
        return Casualties.exactly(c.best() == null ? 7 : c.best() + 7);
    }

    @Test
    void fieldsOnlyOneSideChangedAreAllKept() {
        Incident opened = anyIncident();
        Incident theirs = opened.withCasualties(other(opened.killed()), opened.injured());
        Incident mine = opened.withDescriptions("Corrected by hand.", opened.descriptionAr());

        ConcurrentEdit.Outcome<Incident> outcome = ConcurrentEdit.combine(opened, mine, theirs, ConcurrentEdit.Settle.REFUSE);
        assertEquals(List.of(), outcome.conflicts());
        assertEquals(theirs.killed(), outcome.combined().killed(), "their casualty figure stays");
        assertEquals("Corrected by hand.", outcome.combined().descriptionEn(), "and my description is added");
    }

    @Test
    void aFieldBothChangedDifferentlyIsAConflictSettledAsAsked() {
        Incident opened = anyIncident();
        List<SubEventType> others = java.util.Arrays.stream(SubEventType.values()).filter(t -> t != opened.subEventType()).toList();
        SubEventType theirType = others.get(0), myType = others.get(1);
        Incident theirs = opened.withType(theirType);
        Incident mine = opened.withType(myType).withStatus(Status.REJECTED, "not an incident");

        ConcurrentEdit.Outcome<Incident> refused = ConcurrentEdit.combine(opened, mine, theirs, ConcurrentEdit.Settle.REFUSE);
        assertEquals(1, refused.conflicts().size());
        ConcurrentEdit.Conflict conflict = refused.conflicts().get(0);
        assertEquals("type", conflict.field());
        assertEquals(List.of(opened.subEventType().label(), theirType.label(), myType.label()),
                List.of(conflict.opened(), conflict.theirs(), conflict.mine()));

        Incident keptMine = ConcurrentEdit.combine(opened, mine, theirs, ConcurrentEdit.Settle.KEEP_MINE).combined();
        assertEquals(myType, keptMine.subEventType());
        Incident tookTheirs = ConcurrentEdit.combine(opened, mine, theirs, ConcurrentEdit.Settle.TAKE_THEIRS).combined();
        assertEquals(theirType, tookTheirs.subEventType());
        assertEquals(Status.REJECTED, tookTheirs.status(), "what only I changed is saved either way");
        assertEquals("not an incident", tookTheirs.note());
    }

    @Test
    void aSecondWindowsCorrectionOfTheSameFieldIsRefusedNamingWhoChangedItAndNothingIsSaved() {
        try (Workspace other = Workspace.open(dir.resolve("db.gpkg"))) {
            other.setAnalystName("Sara");
            Incident opened = anyIncident();
            Casualties saras = other(opened.killed());
            other.editIncident(opened, opened.withCasualties(saras, opened.injured()), "figures from a later report", ConcurrentEdit.Settle.REFUSE);

            // Another field: saved, and Sara's figure stays.
            Incident mine = opened.withStatus(opened.status(), "checked against a second report");
            Incident saved = workspace.editIncident(opened, mine, null, ConcurrentEdit.Settle.REFUSE);
            assertEquals(saras, saved.killed());
            assertEquals("checked against a second report", saved.note());

            // The same field: refused, naming Sara, and the stored incident is as it was.
            Casualties myFigure = Casualties.exactly(saras.best() + 1);
            Incident conflicting = opened.withCasualties(myFigure, opened.injured());
            EditConflict conflict = assertThrows(EditConflict.class,
                    () -> workspace.editIncident(opened, conflicting, null, ConcurrentEdit.Settle.REFUSE));
            assertEquals("Sara", conflict.changedBy());
            assertEquals(List.of("killed"), conflict.conflicts().stream().map(ConcurrentEdit.Conflict::field).toList());
            assertTrue(conflict.getMessage().startsWith("Sara changed incident " + opened.key()), conflict.getMessage());
            assertEquals(saved, workspace.incident(opened.key()).orElseThrow(), "nothing was saved");

            assertEquals(myFigure, workspace.editIncident(opened, conflicting, null, ConcurrentEdit.Settle.KEEP_MINE).killed(),
                    "kept mine when asked to");
        }
    }
}
