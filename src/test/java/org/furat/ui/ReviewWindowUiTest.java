package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.furat.app.Finding;
import org.furat.app.Importer;
import org.furat.app.ReviewDraft;
import org.furat.app.Workspace;
import org.furat.model.IncidentFilter;
import org.furat.model.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review screen, headless: a report's findings are highlighted by kind, and accepting, rejecting,
 * editing and merging proposals through the cards lands in the database when the review is saved.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewWindowUiTest {

    static final String REPORT = """
            دير الزور - مراسلنا
            قصفت القوات الأمريكية من قاعدتها في حقل كونيكو، فجر اليوم الثلاثاء، مواقع للميليشيات المدعومة من إيران في بلدة المريعية وقرية الجفرة، ما أدى إلى مقتل عنصرين وإصابة ثلاثة آخرين.
            وأفاد مراسلنا أن انفجارات عنيفة سمعت لساعة في مدينة دير الزور.
            وفي سياق متصل، ضربت طائرة مسيرة مجهولة سيارة في قرية الزر بريف دير الزور الشرقي، ما أدى إلى مقتل مدني.
            ويرى مراقبون أن التصعيد قد يتواصل خلال الأيام المقبلة.
            """;

    private Path folder;
    private Workspace workspace;
    private String sourceKey;
    private final AtomicInteger saved = new AtomicInteger();
    private ReviewViewModel model;

    @Start
    void start(Stage stage) throws IOException {
        folder = Files.createTempDirectory("furat-review-ui");
        workspace = Workspace.open(folder.resolve("review.gpkg"));
        Importer.Outcome outcome = workspace.importer().importReport("report.txt", REPORT.getBytes(StandardCharsets.UTF_8),
                new Importer.Metadata(LocalDate.of(2024, 11, 19), "Test outlet", null, null), false);
        sourceKey = outcome.sourceKey();
        model = new ReviewViewModel(workspace, TaskRunner.sameThread(), sourceKey, saved::incrementAndGet);
        ReviewWindow window = new ReviewWindow(model, Fonts.load(), () -> null, List::of, List::of);
        Scene scene = new Scene(window, 1400, 880);
        scene.getStylesheets().add(ReviewWindow.class.getResource("furat.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aReportAnotherWindowReviewsIsReadOnlyHereUntilTakenOver(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label claimed = robot.lookup("#review-claimed").queryAs(javafx.scene.control.Label.class);
        assertFalse(claimed.getParent().isVisible(), "this window holds the review it opened");
        try (Workspace other = Workspace.open(folder.resolve("review.gpkg"))) {
            other.setAnalystName("Sara");
            assertTrue(other.claimReview(sourceKey, true).isEmpty(), "Sara takes it over in her window");
            robot.interact(model::checkClaim); // as the window does every two seconds
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(claimed.getParent().isVisible(), "the window says so");
            assertTrue(claimed.getText().startsWith("Sara has been reviewing this report since"), claimed.getText());
            FxClicks.on(robot, robot.lookup("#proposal-1 #accept").queryAs(Node.class));
            assertTrue(robot.lookup("#save-review").queryButton().isDisabled(), "decisions can be made but not saved");

            FxClicks.on(robot, "#take-over-review");
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(claimed.getParent().isVisible());
            assertTrue(other.claimReview(sourceKey, false).map(c -> c.who()).isPresent(), "Sara's window is now told");
            assertFalse(robot.lookup("#save-review").queryButton().isDisabled());
        }
    }

    @Test
    void closingAReviewWindowReleasesTheReport(FxRobot robot) {
        java.util.concurrent.atomic.AtomicReference<Stage> opened = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            opened.set(ReviewWindow.open(null, new ReviewViewModel(workspace, TaskRunner.sameThread(), sourceKey, () -> { }),
                    Fonts.load(), () -> null, List::of, List::of));
            opened.get().setOnHidden(e -> { }); // as the main window sets a handler of its own
        });
        WaitForAsyncUtils.waitForFxEvents();
        try (Workspace other = Workspace.open(folder.resolve("review.gpkg"))) {
            assertTrue(other.claimReview(sourceKey, false).isPresent(), "held while the review is open");
            robot.interact(() -> opened.get().hide());
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(other.claimReview(sourceKey, false).isEmpty(), "released when it closes");
        }
    }

    @Test
    void everyFindingIsHighlightedByKind(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ReviewTextView text = robot.lookup("#review-text").queryAs(ReviewTextView.class);
        var counts = text.highlightedCounts();
        assertTrue(counts.getOrDefault(Finding.Kind.PLACE, 0) >= 4, "places: " + counts);
        assertEquals(1, counts.get(Finding.Kind.UNKNOWN_PLACE), "«الزر» is not in the gazetteer: " + counts);
        assertTrue(counts.getOrDefault(Finding.Kind.DATE, 0) >= 1, counts.toString());
        assertTrue(counts.getOrDefault(Finding.Kind.CASUALTIES, 0) >= 3, counts.toString());
        assertTrue(counts.getOrDefault(Finding.Kind.ACTOR, 0) >= 2, counts.toString());
        assertEquals(3, robot.lookup(".proposal-card").queryAll().size(), "one card per event sentence");

        // Scrolled so that the third card's quote is in view: the card may be taller than the list's viewport (a
        // mention of the eastern countryside gives it one row per unit), so scrolling to the bottom is not enough.
        robot.interact(() -> {
            var pane = robot.lookup("#proposal-list").queryAs(javafx.scene.control.ScrollPane.class);
            Node quote = robot.lookup("#proposal-3 .proposal-quote").queryAs(Node.class);
            Node content = pane.getContent();
            double y = content.sceneToLocal(quote.localToScene(quote.getBoundsInLocal())).getMinY();
            double extra = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(extra <= 0 ? 0 : Math.min(1, y / extra));
        });
        WaitForAsyncUtils.waitForFxEvents();
        FxClicks.on(robot, robot.lookup("#proposal-3 .proposal-quote").queryAs(Node.class));
        int[] focused = text.focusedSentence();
        assertTrue(focused != null && REPORT.substring(focused[0], focused[1]).contains("طائرة مسيرة"), "clicking a card outlines its sentence");
    }

    @Test
    void acceptedEditedAndRejectedProposalsAreSavedTogether(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TextField killed = robot.lookup("#proposal-1 #killed").queryAs(TextField.class);
        assertEquals("2", killed.getText());
        // Typed, then straight to Accept without Enter: the figure and the decision both count.
        FxClicks.on(robot, killed);
        robot.interact(killed::selectAll);
        robot.write("4");
        FxClicks.on(robot, robot.lookup("#proposal-1 #accept").queryAs(Node.class));
        assertEquals(ReviewDraft.Decision.ACCEPT, robot.lookup("#review-window").queryAs(ReviewWindow.class)
                .model().draftProperty().get().decision(robot.lookup("#review-window").queryAs(ReviewWindow.class)
                        .model().draftProperty().get().proposalKeys().get(0)), "the first click on Accept counts");
        FxClicks.on(robot, robot.lookup("#proposal-2 #reject").queryAs(Node.class));
        FxClicks.on(robot, "#save-review");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, saved.get(), "the main window is told to refresh");
        var verified = workspace.incidents(IncidentFilter.ALL.withStatuses(java.util.Set.of(Status.VERIFIED)).withPlaces(java.util.Set.of("muriiyah")))
                .stream().filter(i -> i.evidence().get(0).sourceKey().equals(sourceKey)).toList();
        assertEquals(1, verified.size());
        assertEquals(4, verified.get(0).killed().best(), "the corrected toll is saved");
        assertEquals(1, workspace.incidents(IncidentFilter.ALL.withStatuses(java.util.Set.of(Status.REJECTED))).size());
        assertEquals(1, robot.lookup(".proposal-card").queryAll().size(), "the review reopens with what is left");
        assertTrue(robot.lookup("#review-status").queryLabeled().getText().startsWith("Saved: 1 accepted, 1 rejected"),
                robot.lookup("#review-status").queryLabeled().getText());
    }

    @Test
    void aFollowUpSentenceMergesIntoTheEventItDescribes(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        FxClicks.on(robot, robot.lookup("#proposal-1 #merge").queryAs(Node.class));
        FxClicks.on(robot, "Merge proposal 2 into this one");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, robot.lookup(".proposal-card").queryAll().size());
        assertEquals(2, robot.lookup("#proposal-1 .proposal-quote").queryAll().size(), "the merged card quotes both sentences");
    }

    @Test
    void anUnknownNameMatchedToAKnownPlaceLinksItAndStopsAskingForIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        org.furat.app.ReviewDraft draft = model.draftProperty().get();
        String proposal = draft.proposalKeys().stream().filter(k -> !draft.proposal(k).unknownPlaces().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("the report names a village the gazetteer lacks"));
        String unknown = draft.proposal(proposal).unknownPlaces().get(0).name();
        // Khasham already on the card (added by hand), so taking it for the unknown name changes no place link.
        robot.interact(() -> model.change(d -> d.linkPlace(proposal, "khasham", org.furat.model.GeoPrecision.EXACT)));
        WaitForAsyncUtils.waitForFxEvents();
        int asking = robot.lookup("#pick-on-map").queryAll().size();
        assertTrue(asking > 0);

        // What "Use Khasham" in the picker does when the analyst points next to a known place.
        robot.interact(() -> model.change(d -> d.useKnownPlace(proposal, unknown, "khasham", org.furat.model.GeoPrecision.EXACT)));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(model.draftProperty().get().draft(proposal).places().stream().anyMatch(l -> l.placeKey().equals("khasham")));
        assertTrue(model.draftProperty().get().unknownResolved(proposal, unknown));
        assertEquals(asking - 1, robot.lookup("#pick-on-map").queryAll().size(), "the card no longer asks for «" + unknown + "»");
        assertTrue(model.draftProperty().get().newPlaces().isEmpty(), "no new place for the gazetteer");
    }

    @Test
    void closingWithUnsavedDecisionsAsksAndDiscardingChangesNothing(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var window = robot.lookup("#review-window").queryAs(ReviewWindow.class).getScene().getWindow();
        FxClicks.on(robot, robot.lookup("#proposal-1 #accept").queryAs(Node.class));
        FxClicks.on(robot, "#close-review");
        FxClicks.on(robot, "Cancel");
        assertTrue(window.isShowing(), "Cancel keeps the review open");
        FxClicks.on(robot, "#close-review");
        FxClicks.on(robot, "Discard");
        assertTrue(!window.isShowing(), "Discard closes it");
        assertEquals(0, workspace.incidents(IncidentFilter.ALL.withStatuses(java.util.Set.of(Status.VERIFIED))).stream()
                .filter(i -> i.evidence().get(0).sourceKey().equals(sourceKey)).count(), "nothing was saved");
    }
}
