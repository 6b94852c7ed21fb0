package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.furat.app.Finding;
import org.furat.app.Workspace;
import org.furat.model.Incident;
import org.furat.model.IncidentFilter;
import org.furat.model.PlaceLink;
import org.furat.model.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The seed report from news text to the map, through the window and with the real background thread: pasted
 * into the import window, it is proposed with its thirteen places and its October toll; the review screen
 * highlights every place; accepting the proposals puts them on the map.
 */
@ExtendWith(ApplicationExtension.class)
class SeedReportReviewUiTest {

    /** The places the seed report names; the group القرى السبع stands for seven of them. */
    private static final Set<String> SEED_PLACES = Set.of("conoco_base", "salihiyah_dez", "hatla", "khasham", "marrat", "tabiyah",
            "mazloum", "husayniyah", "muriiyah", "jafrah", "huwayjat_saqr", "deir_ez_zor_airport", "deir_ez_zor");

    @TempDir
    static Path dir;
    private Workspace workspace;
    private BackgroundTasks tasks;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        workspace = Workspace.open(Files.createTempDirectory(dir, "db").resolve("seed.gpkg"));
        tasks = new BackgroundTasks();
        Scene scene = FuratApplication.scene(workspace, tasks, Fonts.load());
        window = (MainWindow) scene.getRoot();
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.importDialog().close()).get(10, TimeUnit.SECONDS);
        tasks.close();
        workspace.close();
    }

    @Test
    void theSeedReportIsProposedReviewedAndMapped(FxRobot robot) throws Exception {
        // Every database holds the seed report already; its body without the headline is a report of its own.
        String seed = seedReport();
        String body = seed.substring(seed.indexOf('\n') + 1);
        int verifiedBefore = workspace.filter(MainViewModel.DEFAULT_FILTER).count();

        robot.clickOn("#import");
        robot.interact(() -> {
            robot.lookup("#import-text").queryAs(TextArea.class).setText(body);
            robot.lookup("#import-published").queryAs(javafx.scene.control.DatePicker.class).getEditor().setText("2024-11-15");
        });
        robot.clickOn("#import-text-button");
        awaitBackground(() -> !window.importDialog().model().runningProperty().get());

        List<Incident> proposed = workspace.incidents(IncidentFilter.ALL.withStatuses(Set.of(Status.PROPOSED)));
        Set<String> places = new TreeSet<>();
        proposed.forEach(i -> i.places().stream().map(PlaceLink::placeKey).forEach(places::add));
        assertTrue(places.containsAll(SEED_PLACES), "proposed places: " + places);
        assertTrue(proposed.stream().anyMatch(i -> i.killed().best() != null && i.killed().best() == 1
                        && i.injured().best() != null && i.injured().best() == 12 && i.dates().start().getMonthValue() == 10),
                "the October rocket attacks: 1 killed, 12 injured");

        List<Button> review = robot.lookup(".import-review").queryAllAs(Button.class).stream().filter(Button::isVisible).toList();
        robot.clickOn(review.get(0));
        ReviewWindow reviewWindow = robot.lookup("#review-window").queryAs(ReviewWindow.class);
        awaitBackground(() -> robot.lookup(".proposal-card").queryAll().size() == proposed.size());
        var highlighted = reviewWindow.text().highlightedCounts();
        assertTrue(highlighted.getOrDefault(Finding.Kind.PLACE, 0) >= SEED_PLACES.size(), "highlighted: " + highlighted);
        assertTrue(highlighted.getOrDefault(Finding.Kind.OUTSIDE_MAP, 0) >= 2, "Lebanon and Gaza: " + highlighted);

        robot.interact(() -> robot.lookup("#accept").queryAllAs(Button.class).forEach(Button::fire));
        robot.clickOn("#save-review");
        awaitBackground(() -> robot.lookup(".proposal-card").queryAll().isEmpty());

        assertEquals(0, workspace.incidents(IncidentFilter.ALL.withStatuses(Set.of(Status.PROPOSED))).size());
        awaitBackground(() -> {
            var shown = window.model().resultProperty().get();
            return shown != null && shown.count() == verifiedBefore + proposed.size();
        });
        var onTheMap = window.model().pins().stream().map(org.furat.map.Pin::key).toList();
        assertTrue(onTheMap.containsAll(SEED_PLACES), "pins: " + onTheMap);
    }

    /** Waits for a condition that background work makes true, letting queued work and its FX follow-ups run. */
    private void awaitBackground(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            CompletableFuture<Void> drained = new CompletableFuture<>();
            tasks.run(() -> null, v -> drained.complete(null), drained::completeExceptionally);
            drained.get(20, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS);
        });
    }

    private static String seedReport() throws IOException {
        try (InputStream in = SeedReportReviewUiTest.class.getResourceAsStream("/org/furat/data/sources/000_0ae79604f75c76f4.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
