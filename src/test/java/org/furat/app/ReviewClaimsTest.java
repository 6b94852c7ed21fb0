package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.furat.model.ChangeQuery;
import org.furat.model.Place;
import org.furat.model.ReviewClaim;
import org.junit.jupiter.api.Test;

/**
 * Two windows on one file opening the same report: the second is told who reviews it and cannot save decisions
 * until it takes the review over (and then the first cannot); closing a window releases its reviews; claims stay
 * out of the history.
 */
class ReviewClaimsTest extends WithTempWorkspace {

    private String importReport() {
        String text = "قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور، ما أدى إلى مقتل مدنيين اثنين.";
        Importer.Outcome outcome = workspace.importer().importReport("report.txt", text.getBytes(StandardCharsets.UTF_8),
                new Importer.Metadata(LocalDate.of(2024, 11, 20), "Test outlet", null, "ar"), false);
        return outcome.sourceKey();
    }

    private static ReviewDraft acceptingAll(Workspace in, String sourceKey) {
        ReviewDraft draft = new ReviewDraft(in.reviewer().open(sourceKey), in.places().stream().map(Place::key).toList());
        draft.proposalKeys().forEach(draft::accept);
        return draft;
    }

    @Test
    void theSecondWindowIsToldWhoReviewsAndSavesOnlyAfterTakingTheReviewOver() {
        String report = importReport();
        workspace.setAnalystName("Layla");
        int actions = workspace.recentActions(ChangeQuery.all(1000)).size();
        try (Workspace second = Workspace.open(dir.resolve("db.gpkg"))) {
            assertEquals(Optional.empty(), workspace.claimReview(report, false), "free: claimed");
            ReviewClaim held = second.claimReview(report, false).orElseThrow(() -> new AssertionError("the second is told"));
            assertEquals("Layla", held.who());

            ReviewDraft secondsDraft = acceptingAll(second, report);
            RuntimeException refused = assertThrows(RuntimeException.class, () -> second.reviewer().apply(secondsDraft));
            assertTrue(refused.getMessage().contains("Layla has been reviewing this report since"), refused.getMessage());
            assertTrue(workspace.reportsToReview(10).stream().anyMatch(r -> r.sourceKey().equals(report)), "nothing was saved");

            assertEquals(Optional.empty(), second.claimReview(report, true), "taken over");
            ReviewDraft firstsDraft = acceptingAll(workspace, report);
            assertThrows(RuntimeException.class, () -> workspace.reviewer().apply(firstsDraft), "the first may no longer save");
            second.reviewer().apply(acceptingAll(second, report));
            assertTrue(workspace.reportsToReview(10).stream().noneMatch(r -> r.sourceKey().equals(report)), "the second's review is saved");
        }
        assertEquals(Optional.empty(), workspace.claimReview(report, false), "closing the second window released its review");
        assertEquals(actions + 1, workspace.recentActions(ChangeQuery.all(1000)).size(), "the history has the saved review, not the claims");
    }

    @Test
    void aClaimRecordsNoActionSoAnotherWindowsNextActionIsStillTakenIn() {
        String report = importReport();
        try (Workspace second = Workspace.open(dir.resolve("db.gpkg"))) {
            workspace.takeInOtherChanges(); // from now on
            assertEquals(Optional.empty(), workspace.claimReview(report, false)); // a write that records no action
            String key = second.newestIncidents(second.filter(org.furat.model.IncidentFilter.ALL), 1).get(0).key();
            second.deleteIncident(key, "deleted in the other window");
            assertTrue(workspace.takeInOtherChanges().stream().anyMatch(a -> a.why().equals("deleted in the other window")),
                    "the other window's action is not taken for this one's own");
        }
    }
}
