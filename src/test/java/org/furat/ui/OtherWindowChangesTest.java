package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.furat.app.Workspace;
import org.furat.model.ActionSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/** What another window or command commits to the same file shows in this window after its next look, with who did it. */
@ExtendWith(ApplicationExtension.class)
class OtherWindowChangesTest {

    @TempDir
    Path dir;

    @Test
    void anIncidentDeletedElsewhereLeavesThisWindowsResultAndTheNoticeSaysWhoDeletedIt() {
        Path file = dir.resolve("db.gpkg");
        try (Workspace mine = Workspace.open(file); Workspace theirs = Workspace.open(file)) {
            MainViewModel model = new MainViewModel(mine, TaskRunner.sameThread());
            model.load();
            int count = model.resultProperty().get().count();
            assertTrue(count > 0, "the seed's incidents are shown");
            model.takeInOtherChanges();
            assertEquals(null, model.noticeProperty().get(), "nothing was committed elsewhere");

            theirs.setAnalystName("Sara");
            String key = theirs.newestIncidents(theirs.filter(model.filterProperty().get()), 1).get(0).key();
            theirs.deleteIncident(key, "a duplicate");
            assertEquals(count, model.resultProperty().get().count(), "not seen before the next look");

            model.takeInOtherChanges();
            assertEquals(count - 1, model.resultProperty().get().count());
            String notice = model.noticeProperty().get();
            assertTrue(notice.startsWith("Changed elsewhere: Sara: ") && notice.contains("(a duplicate)"), notice);

            model.dismissNotice();
            model.deleteIncident(mine.newestIncidents(model.resultProperty().get(), 1).get(0).key(), "mine");
            model.dismissNotice();
            model.takeInOtherChanges();
            assertEquals(null, model.noticeProperty().get(), "this window's own change is not reported back to it");
            assertFalse(theirs.takeInOtherChanges().isEmpty(), "the other side sees it");
        }
    }

    @Test
    void severalChangesAreSummedUpByTheLatest() {
        List<ActionSummary> actions = List.of(new ActionSummary(4, "2026-12-02T10:00:00Z", "Ahmad", "edit incident", "edit incident", 3),
                new ActionSummary(5, "2026-12-02T10:01:00Z", "Sara", "delete incident", "a duplicate", 1));
        assertEquals("Changed elsewhere: Sara: delete incident (a duplicate) and 1 change before it", MainViewModel.otherChanges(actions));
        assertEquals("Changed elsewhere: Ahmad: edit incident", MainViewModel.otherChanges(actions.subList(0, 1)));
        List<org.furat.model.ActionSummary> imported = List.of(new org.furat.model.ActionSummary(9, "2026-12-02T10:00:00.000Z", "Lina",
                "import report", "import report", 12));
        org.furat.model.IncidentFilter verifiedOnly = org.furat.model.IncidentFilter.ALL.withStatuses(java.util.Set.of(org.furat.model.Status.VERIFIED));
        assertTrue(MainViewModel.hiddenProposals(imported, verifiedOnly).contains("Status › proposed"));
        assertEquals("", MainViewModel.hiddenProposals(imported, org.furat.model.IncidentFilter.ALL), "shown already");
        assertEquals("", MainViewModel.hiddenProposals(actions, verifiedOnly), "no import");
    }
}
