package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.furat.model.ActionSummary;
import org.furat.model.ChangeQuery;
import org.furat.model.ChangeRecord;
import org.furat.model.Incident;
import org.furat.model.IncidentFilter;
import org.furat.store.AnalystName;
import org.junit.jupiter.api.Test;

/**
 * The analyst's name set in the database is who the history records; an incident's history lists its deletion (with the
 * reason) and its restoration, described by names; the whole history pages by action and filters by who and action.
 */
class AnalystHistoryTest extends WithTempWorkspace {

    private Incident someIncidentWithAPlace() {
        return workspace.incidents(IncidentFilter.ALL).stream().filter(i -> !i.places().isEmpty()).findFirst().orElseThrow();
    }

    @Test
    void withoutANameChangesAreRecordedAsTheComputersUser() {
        assertEquals(Optional.empty(), workspace.analystName());
        assertEquals(System.getProperty("user.name"), workspace.recordedAs());
    }

    @Test
    void anIncidentsHistoryListsItsDeletionAndRestorationByTheAnalystNamed() {
        workspace.setAnalystName("  Layla Hassan ");
        assertEquals(Optional.of("Layla Hassan"), workspace.analystName());
        Incident incident = someIncidentWithAPlace();
        workspace.deleteIncident(incident.key(), "مكرر: الحدث نفسه في تقرير آخر");
        workspace.restoreIncident(incident.key());

        List<ChangeRecord> history = workspace.history(new ChangeQuery(ChangeQuery.Subject.INCIDENT, incident.key(), null, 10));
        assertEquals(List.of("restore incident", "delete incident", "seed new database"), history.stream().map(ChangeRecord::name).toList());
        assertEquals("Layla Hassan", history.get(0).who());
        assertEquals("Layla Hassan", history.get(1).who());
        assertEquals("مكرر: الحدث نفسه في تقرير آخر", history.get(1).why());

        ChangeDescriptions descriptions = new ChangeDescriptions(workspace.changeNames(), ZoneId.systemDefault());
        List<ChangeLine> deletion = descriptions.describe(history.get(1));
        assertTrue(deletion.stream().anyMatch(l -> l.what().equals("reason for deletion") && "مكرر: الحدث نفسه في تقرير آخر".equals(l.after())),
                deletion.toString());
        // The seed's links read by the names of the places, never by their keys.
        String placeKey = incident.places().get(0).placeKey();
        String placeName = workspace.place(placeKey).orElseThrow().nameEn();
        List<ChangeLine> created = descriptions.describe(history.get(2));
        assertTrue(created.stream().anyMatch(l -> l.what().equals("place added") && l.after().startsWith(placeName + " (")), created.toString());
        assertTrue(created.stream().noneMatch(l -> l.text(false).contains("|")), created.toString());
        assertTrue(created.stream().anyMatch(l -> l.what().equals("evidence added") && l.after().startsWith("«")), created.toString());
    }

    @Test
    void clearingTheNameGoesBackToTheComputersUserAndEachSettingIsAnAction() {
        workspace.setAnalystName("Layla Hassan");
        workspace.setAnalystName("");
        assertEquals(Optional.empty(), workspace.analystName());
        assertEquals(System.getProperty("user.name"), workspace.recordedAs());
        List<ChangeRecord> settings = workspace.history(ChangeQuery.all(10).named(AnalystName.ACTION));
        assertEquals(2, settings.size(), settings.toString());
        assertEquals("analyst", settings.get(0).changes().get(0).key());
        assertEquals("delete", settings.get(0).changes().get(0).operation());
    }

    @Test
    void theWholeHistoryPagesByActionAndFiltersByWhoAndAction() {
        Incident incident = someIncidentWithAPlace();
        workspace.deleteIncident(incident.key(), "duplicate");
        workspace.setAnalystName("Layla Hassan");
        workspace.restoreIncident(incident.key());

        List<ActionSummary> first = workspace.recentActions(ChangeQuery.all(2));
        assertEquals(List.of("restore incident", "set analyst name"), first.stream().map(ActionSummary::name).toList());
        assertEquals(2, first.get(0).changeCount(), "the restore clears the deletion's two fields");
        List<ActionSummary> next = workspace.recentActions(ChangeQuery.all(2).before(first.get(1).actionId()));
        assertEquals(List.of("delete incident", "seed new database"), next.stream().map(ActionSummary::name).toList());
        assertEquals("duplicate", next.get(0).why());

        List<ActionSummary> hers = workspace.recentActions(ChangeQuery.all(10).by("layla hassan"));
        assertEquals(List.of("restore incident", "set analyst name"), hers.stream().map(ActionSummary::name).toList());
        assertEquals(List.of("delete incident"), workspace.recentActions(ChangeQuery.all(10).named("delete incident")).stream()
                .map(ActionSummary::name).toList());
        assertTrue(workspace.historyAnalysts().containsAll(List.of("Layla Hassan", System.getProperty("user.name"))));

        ChangeRecord restore = workspace.history(ChangeQuery.action(first.get(0).actionId())).get(0);
        assertEquals(2, restore.changes().size());
        assertEquals(List.of("restore incident"), workspace.history(new ChangeQuery(ChangeQuery.Subject.INCIDENT, incident.key(), null, 10)
                .by("Layla Hassan")).stream().map(ChangeRecord::name).toList());
    }
}
