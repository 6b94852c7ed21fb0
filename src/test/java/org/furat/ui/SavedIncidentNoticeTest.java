package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.furat.app.AnalystNote;
import org.furat.app.Workspace;
import org.furat.model.Casualties;
import org.furat.model.DateSpan;
import org.furat.model.GeoPrecision;
import org.furat.model.Incident;
import org.furat.model.PlaceLink;
import org.furat.model.PlaceRole;
import org.furat.model.Status;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/** An incident saved where the filter does not show it is not thought lost: the notice says what hides it. */
@ExtendWith(ApplicationExtension.class)
class SavedIncidentNoticeTest {

    @TempDir
    Path dir;

    @Test
    void aProposedIncidentAddedUnderTheVerifiedOnlyFilterIsSaidToBeHiddenByItsStatus() {
        try (Workspace workspace = Workspace.open(dir.resolve("db.gpkg"))) {
            MainViewModel model = new MainViewModel(workspace, TaskRunner.sameThread());
            model.load();
            assertEquals(java.util.Set.of(Status.VERIFIED), model.filterProperty().get().statuses(), "the window shows verified incidents at first");
            AnalystNote note = new AnalystNote("A clash in Khasham, a local page wrote.", null);
            Incident proposed = new Incident(workspace.newIncidentKey(), DateSpan.day(LocalDate.of(2025, 3, 4)), TimePrecision.DAY,
                    SubEventType.ARMED_CLASH, List.of(), Casualties.UNKNOWN, Casualties.UNKNOWN, null, null, Status.PROPOSED,
                    List.of(new PlaceLink("khasham", PlaceRole.LOCATION, GeoPrecision.EXACT)), List.of(note.evidence(List.of("all"))), null);
            model.addIncident(new IncidentForm.Entry(proposed, note, null));
            String notice = model.noticeProperty().get();
            assertTrue(notice.startsWith("Added " + proposed.key() + ", proposed: the filter shows verified incidents only"), notice);

            model.filterProperty().set(model.filterProperty().get().withStatuses(java.util.Set.of(Status.VERIFIED, Status.PROPOSED)));
            Incident verified = workspace.incident(proposed.key()).orElseThrow();
            model.editIncident(verified, new IncidentForm.Entry(verified.withType(SubEventType.ATTACK), null, null),
                    org.furat.app.ConcurrentEdit.Settle.REFUSE, c -> { });
            assertEquals("Saved " + proposed.key(), model.noticeProperty().get(), "shown: nothing more to say");
        }
    }
}
