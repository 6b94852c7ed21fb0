package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.furat.model.ChangeEntry;
import org.furat.model.ChangeQuery;
import org.furat.model.ChangeRecord;
import org.furat.model.DeletedIncident;
import org.furat.model.Incident;
import org.furat.model.IncidentFilter;
import org.furat.model.Place;
import org.furat.model.Status;
import org.furat.store.ChangeLogReplay;
import org.furat.store.LocationRow;
import org.junit.jupiter.api.Test;

/**
 * Deleting an incident keeps it, hides it from every view, count and export unless deleted ones are asked for, and is
 * one action of the history with the reason; restoring gives every row back exactly; a rejection can be taken back.
 */
class IncidentLifecycleTest extends WithTempWorkspace {

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    private Path file() {
        return dir.resolve("db.gpkg");
    }

    private Incident someIncidentWithAPlace() {
        return workspace.incidents(IncidentFilter.ALL).stream().filter(i -> !i.places().isEmpty()).findFirst().orElseThrow();
    }

    private List<String> keys(IncidentFilter filter) {
        return workspace.incidents(filter).stream().map(Incident::key).toList();
    }

    private Set<String> exportedIncidents(IncidentFilter filter) {
        Set<String> keys = new java.util.HashSet<>();
        workspace.forEachLocationRow(workspace.filter(filter), () -> false, (LocationRow row) -> keys.add(row.incident()));
        return keys;
    }

    private ChangeRecord newestAction() {
        return workspace.history(ChangeQuery.all(1)).get(0);
    }

    @Test
    void aDeletedIncidentIsKeptButLeftOutOfEveryViewCountAndExportUnlessAskedFor() throws Exception {
        Incident incident = someIncidentWithAPlace();
        String key = incident.key();
        String place = incident.places().get(0).placeKey();
        FilterResult before = workspace.filter(IncidentFilter.ALL);
        int atPlace = workspace.placeSummaries(IncidentFilter.ALL).stream().filter(s -> s.place().key().equals(place))
                .findFirst().orElseThrow().incidentCount();
        double histogramBefore = total(before);

        workspace.deleteIncident(key, "  a duplicate of another report  ");

        FilterResult after = workspace.filter(IncidentFilter.ALL);
        assertEquals(before.count() - 1, after.count(), "the count");
        assertFalse(keys(IncidentFilter.ALL).contains(key), "the list");
        assertEquals(before.statusCounts().get(incident.status()) - 1, (int) after.statusCounts().get(incident.status()), "the status counts");
        assertEquals(before.typeCounts().get(incident.eventType()) - 1, (int) after.typeCounts().get(incident.eventType()), "the type counts");
        int atPlaceAfter = workspace.placeSummaries(IncidentFilter.ALL).stream().filter(s -> s.place().key().equals(place))
                .mapToInt(PlaceSummary::incidentCount).findFirst().orElse(0);
        assertEquals(atPlace - 1, atPlaceAfter, "the map's count at its place");
        assertEquals(histogramBefore - 1, total(after), 1e-6, "the timeline");
        assertFalse(exportedIncidents(IncidentFilter.ALL).contains(key), "exports");
        assertTrue(workspace.incident(key).isPresent(), "the incident is kept");

        IncidentFilter shown = IncidentFilter.ALL.withShowDeleted(true);
        assertEquals(before.count(), workspace.filter(shown).count());
        assertTrue(keys(shown).contains(key));
        assertTrue(exportedIncidents(shown).contains(key), "an export with deleted ones shown has it");
        assertTrue(shown.describe().contains("deleted shown"), shown.describe());
        assertEquals("a duplicate of another report", workspace.deletion(key).orElseThrow().reason());
        assertTrue(workspace.deletion(key).orElseThrow().at().startsWith(TODAY));
        assertEquals(Set.of(key), workspace.deletions().keySet());

        ChangeRecord action = newestAction();
        assertEquals("delete incident", action.name());
        assertEquals("a duplicate of another report", action.why());
        assertEquals(List.of("deleted_at", "deleted_reason"), action.changes().stream().map(ChangeEntry::field).sorted().toList(),
                "only the mark changes: " + action.changes());
        assertTrue(action.changes().stream().allMatch(c -> c.table().equals("incidents") && c.key().equals(key)
                && c.operation().equals("update") && c.before() == null));
        assertEquals(List.of(key), workspace.deletedIncidentsSince(LocalDate.now(ZoneOffset.UTC)).stream().map(DeletedIncident::key).toList());
        assertEquals(List.of(), workspace.deletedIncidentsSince(LocalDate.now(ZoneOffset.UTC).plusDays(1)), "deleted before that day");
    }

    @Test
    void withDeletedShownAPlaceWhoseIncidentsAreAllDeletedIsMarkedSoForTheMap() {
        // Places that are not administrative units: a filter on a unit takes in the places inside it too.
        PlaceSummary quiet = workspace.placeSummaries(IncidentFilter.ALL).stream().filter(s -> !s.place().kind().isAdminUnit())
                .min(java.util.Comparator.comparingInt(PlaceSummary::incidentCount)).orElseThrow();
        String place = quiet.place().key();
        List<Incident> there = workspace.incidents(IncidentFilter.ALL.withPlaces(Set.of(place)));
        for (Incident i : there) workspace.deleteIncident(i.key(), "test: a place whose incidents are all deleted");
        Set<String> deleted = workspace.deletions().keySet();

        assertTrue(workspace.placeSummaries(IncidentFilter.ALL).stream().noneMatch(s -> s.place().key().equals(place)),
                "hidden with deleted incidents hidden");
        assertTrue(workspace.placeSummaries(IncidentFilter.ALL).stream().allMatch(s -> s.deletedCount() == 0));

        List<PlaceSummary> shown = workspace.placeSummaries(IncidentFilter.ALL.withShowDeleted(true));
        PlaceSummary gone = shown.stream().filter(s -> s.place().key().equals(place)).findFirst().orElseThrow();
        assertEquals(there.size(), gone.incidentCount());
        assertTrue(gone.allDeleted(), "every incident shown there is deleted: " + gone);
        for (PlaceSummary s : shown) {
            if (s.place().kind().isAdminUnit()) continue;
            long dead = workspace.incidents(IncidentFilter.ALL.withShowDeleted(true).withPlaces(Set.of(s.place().key()))).stream()
                    .filter(i -> deleted.contains(i.key())).count();
            assertEquals(dead, s.deletedCount(), s.place().key());
            assertEquals(dead > 0 && dead == s.incidentCount(), s.allDeleted(), s.place().key());
        }
        assertTrue(shown.stream().anyMatch(s -> !s.allDeleted()), "places with live incidents are not marked");
    }

    @Test
    void restoringGivesBackEveryRowExactlyAsItWas() throws Exception {
        Incident incident = someIncidentWithAPlace();
        Map<String, List<String>> before = ChangeLogReplay.snapshot(file());
        List<String> listed = keys(IncidentFilter.ALL);

        workspace.deleteIncident(incident.key(), "wrong village");
        workspace.restoreIncident(incident.key());

        assertEquals(before, ChangeLogReplay.snapshot(file()), "every logged table as it was");
        assertEquals(listed, keys(IncidentFilter.ALL));
        assertEquals(incident, workspace.incident(incident.key()).orElseThrow());
        assertTrue(workspace.deletion(incident.key()).isEmpty());
        ChangeRecord restore = newestAction();
        assertEquals("restore incident", restore.name());
        assertEquals("restore incident", restore.why());
        assertTrue(restore.changes().stream().allMatch(c -> c.after() == null && c.key().equals(incident.key())), restore.changes().toString());
        assertEquals(List.of(), workspace.deletedIncidentsSince(LocalDate.now(ZoneOffset.UTC)), "a restore takes it off the deletions");
    }

    @Test
    void severalIncidentsGetAStatusInOneActionThatLeavesDeletedOnesAndThoseThatHaveIt() {
        long[] ids = workspace.sortedIds(workspace.filter(IncidentFilter.ALL), IncidentOrder.Sort.NEWEST_FIRST);
        List<Incident> incidents = workspace.incidentsInOrder(ids);
        assertEquals(ids.length, incidents.size());
        for (int i = 1; i < incidents.size(); i++) {
            assertFalse(incidents.get(i).dates().start().isAfter(incidents.get(i - 1).dates().start()), "read in the order asked for");
        }
        Incident deleted = incidents.get(0);
        workspace.deleteIncident(deleted.key(), "a duplicate");
        List<String> toChange = incidents.subList(1, incidents.size()).stream().filter(i -> i.status() != Status.REJECTED)
                .map(Incident::key).toList();
        assertFalse(toChange.isEmpty());

        assertEquals(toChange.size(), workspace.setStatus(ids, Status.REJECTED));

        assertEquals(deleted.status(), workspace.incident(deleted.key()).orElseThrow().status(), "a deleted incident is left as it is");
        for (Incident i : incidents.subList(1, incidents.size())) {
            assertEquals(Status.REJECTED, workspace.incident(i.key()).orElseThrow().status(), i.key());
        }
        ChangeRecord action = newestAction();
        assertEquals("set status", action.name());
        assertEquals(Set.copyOf(toChange), action.changes().stream().map(ChangeEntry::key).collect(java.util.stream.Collectors.toSet()));
        assertTrue(action.changes().stream().allMatch(c -> c.field().equals("status") && c.after().equals("rejected")), action.changes().toString());
        assertEquals(0, workspace.setStatus(ids, Status.REJECTED), "a second time, nothing is left to change");
    }

    @Test
    void aRejectionIsTakenBackAndTheReportWaitsForReviewAgain() {
        String report = importReport();
        ReviewDraft draft = new ReviewDraft(workspace.reviewer().open(report), workspace.places().stream().map(Place::key).toList());
        String key = draft.proposalKeys().get(0);
        for (String k : draft.proposalKeys()) draft.reject(k);
        workspace.reviewer().apply(draft);
        assertTrue(workspace.reportsToReview(10).stream().noneMatch(p -> p.sourceKey().equals(report)));

        workspace.reopenIncident(key);

        assertEquals(Status.PROPOSED, workspace.incident(key).orElseThrow().status());
        assertTrue(workspace.reportsToReview(10).stream().anyMatch(p -> p.sourceKey().equals(report)));
        ChangeRecord action = newestAction();
        assertEquals("reopen incident", action.name());
        assertEquals(List.of(new ChangeEntry("incidents", key, "update", "status", "rejected", "proposed")), action.changes());
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> workspace.reopenIncident(key));
        assertTrue(twice.getMessage().contains("proposed, not rejected"), twice.getMessage());
    }

    @Test
    void eachActionIsTakenBackFromTheLogAlone() throws Exception {
        String report = importReport();
        ReviewDraft draft = new ReviewDraft(workspace.reviewer().open(report), workspace.places().stream().map(Place::key).toList());
        String key = draft.proposalKeys().get(0);
        draft.reject(key);
        workspace.reviewer().apply(draft);
        List<Runnable> actions = List.of(() -> workspace.reopenIncident(key), () -> workspace.deleteIncident(key, "not in Deir ez-Zor"),
                () -> workspace.restoreIncident(key));
        for (Runnable action : actions) {
            Map<String, List<String>> before = ChangeLogReplay.snapshot(file());
            action.run();
            workspace.undo();
            assertEquals(before, ChangeLogReplay.snapshot(file()), newestAction().name() + " taken back");
            action.run(); // and done again, for the next one
        }
    }

    @Test
    void aDeletedProposalWaitsForNoReview() {
        String report = importReport();
        List<String> proposals = new ArrayList<>();
        workspace.incidentsCiting(report).forEach(i -> proposals.add(i.key()));
        for (String key : proposals) workspace.deleteIncident(key, "not an incident");
        assertTrue(workspace.reportsToReview(10).stream().noneMatch(p -> p.sourceKey().equals(report)));
        workspace.restoreIncident(proposals.get(0));
        assertTrue(workspace.reportsToReview(10).stream().anyMatch(p -> p.sourceKey().equals(report)));
    }

    @Test
    void wrongKeysStatesAndMissingReasonsAreRefusedAndChangeNothing() throws Exception {
        Incident incident = someIncidentWithAPlace();
        String key = incident.key();
        Map<String, List<String>> before = ChangeLogReplay.snapshot(file());
        long actions = workspace.history(ChangeQuery.all(100_000)).size();

        assertMessage(IllegalArgumentException.class, () -> workspace.deleteIncident(key, " "), "Give a reason");
        assertMessage(IllegalArgumentException.class, () -> workspace.deleteIncident(key, null), "Give a reason");
        assertMessage(IllegalArgumentException.class, () -> workspace.deleteIncident("no-such-incident", "why"), "No incident has the key 'no-such-incident'");
        assertMessage(IllegalArgumentException.class, () -> workspace.restoreIncident("no-such-incident"), "No incident has the key");
        assertMessage(IllegalArgumentException.class, () -> workspace.reopenIncident("no-such-incident"), "No incident has the key");
        assertMessage(IllegalStateException.class, () -> workspace.restoreIncident(key), "is not deleted");
        assertMessage(IllegalStateException.class, () -> workspace.reopenIncident(key), "not rejected");
        assertEquals(before, ChangeLogReplay.snapshot(file()));
        assertEquals(actions, workspace.history(ChangeQuery.all(100_000)).size(), "no action recorded");

        workspace.deleteIncident(key, "duplicate");
        assertMessage(IllegalStateException.class, () -> workspace.deleteIncident(key, "again"), "already deleted (duplicate)");
        assertMessage(IllegalStateException.class, () -> workspace.reopenIncident(key), "restore it before reopening");
    }

    private static void assertMessage(Class<? extends RuntimeException> type, org.junit.jupiter.api.function.Executable call, String part) {
        RuntimeException e = assertThrows(type, call);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    private String importReport() {
        Importer.Outcome outcome = workspace.importer().importReport("two.txt", ("قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور. "
                + "وفي سياق متصل، استهدفت القوات الأمريكية بالمدفعية قرية مراط، ما أدى إلى إصابة ثلاثة مدنيين.").getBytes(StandardCharsets.UTF_8),
                new Importer.Metadata(LocalDate.of(2024, 11, 19), "Test outlet", null, "ar"), false);
        assertEquals("imported", outcome.status(), outcome.message());
        return outcome.sourceKey();
    }

    /** How many incidents the timeline holds in all (each spread over its days adds up to one). */
    private static double total(FilterResult result) {
        double sum = 0;
        for (double[] perType : result.histogram().counts()) for (double day : perType) sum += day;
        return sum;
    }

    @Test
    void aDeletedProposalIsNotOfferedForReviewSoDecidingTheReportKeepsItDeleted() {
        Importer.Metadata metadata = new Importer.Metadata(LocalDate.of(2024, 11, 19), "Test outlet", null, "ar");
        String report = "قصفت القوات الأمريكية بلدة خشام اليوم.\nوفي سياق متصل، ضربت طائرة مسيرة سيارة في مدينة الميادين.";
        Importer.Outcome outcome = workspace.importer().importReport("two.txt", report.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                metadata, false);
        assertEquals("imported", outcome.status(), outcome.message());
        ReportReview before = workspace.reviewer().open(outcome.sourceKey());
        assertEquals(2, before.proposals().size(), before.proposals().toString());
        String deleted = before.proposals().get(0).proposal().key();

        workspace.deleteIncident(deleted, "the same strike as another report's");

        ReportReview after = workspace.reviewer().open(outcome.sourceKey());
        assertEquals(1, after.proposals().size(), "the deleted proposal is not offered");
        assertFalse(after.proposals().stream().anyMatch(p -> p.proposal().key().equals(deleted)));
        assertFalse(after.reviewed().stream().anyMatch(i -> i.key().equals(deleted)), "nor listed as reviewed");
    }
}
