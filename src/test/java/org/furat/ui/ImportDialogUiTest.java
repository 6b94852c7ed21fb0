package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
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
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
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
 * Importing from the window, headless and with the real background thread: pasting a report, a batch of files
 * with bad ones among them, files dropped on the main window, and a report that is already in the database.
 */
@ExtendWith(ApplicationExtension.class)
class ImportDialogUiTest {

    /** The places the seed report names; the group القرى السبع stands for seven of them. */
    private static final Set<String> SEED_PLACES = Set.of("conoco_base", "salihiyah_dez", "hatla", "khasham", "marrat", "tabiyah",
            "mazloum", "husayniyah", "muriiyah", "jafrah", "huwayjat_saqr", "deir_ez_zor_airport",
            // The report names the governorate ("محافظة دير الزور", "ريف دير الزور"), not the city.
            "deir_ez_zor_governorate");

    @TempDir
    static Path dir;
    private Workspace workspace;
    private BackgroundTasks tasks;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        workspace = Workspace.open(Files.createTempDirectory(dir, "db").resolve("import.gpkg"));
        tasks = new BackgroundTasks();
        Scene scene = FuratApplication.scene(workspace, tasks, Fonts.load());
        window = (MainWindow) scene.getRoot();
        stage.setScene(scene);
        stage.sizeToScene(); // an earlier test class may have left the shared stage smaller
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.importDialog().close()).get(10, TimeUnit.SECONDS);
        tasks.close();
        workspace.close();
    }

    @Test
    void aPastedReportIsImportedAndItsIncidentsAppearOnTheMap(FxRobot robot) throws Exception {
        // Proposals show on the map only when the analyst asks for them (the window starts on reviewed incidents).
        robot.interact(() -> window.model().filterProperty().set(
                MainViewModel.DEFAULT_FILTER.withStatuses(Set.of(Status.VERIFIED, Status.PROPOSED))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            var result = window.model().resultProperty().get();
            return result != null && result.filter().statuses().contains(Status.PROPOSED);
        });
        int before = loadedCount();
        // The seed report is in every new database, so its body is pasted without the headline: a new report.
        String seed = seedReport();
        String body = seed.substring(seed.indexOf('\n') + 1);
        openDialog(robot);
        TextArea text = robot.lookup("#import-text").queryAs(TextArea.class);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(body);
            Clipboard.getSystemClipboard().setContent(content);
            text.paste();
        });
        assertEquals(body, text.getText());
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, text.getNodeOrientation(), "Arabic is written right to left");
        robot.interact(() -> robot.lookup("#import-published").queryAs(javafx.scene.control.DatePicker.class).getEditor().setText("2024-11-20"));

        FxClicks.on(robot, "#import-text-button");
        awaitIdle();

        ImportRow row = rows(robot).get(0);
        assertEquals(ImportRow.Kind.IMPORTED, row.kind(), row.message());
        assertTrue(row.proposed() > 0);
        assertTrue(row.detail().matches("\\d+ proposed incidents? to review"), row.detail());
        assertTrue(shownRowText(robot).contains(row.detail()), "the list shows the outcome: " + shownRowText(robot));
        List<Incident> stored = workspace.incidents(IncidentFilter.ALL.withStatuses(Set.of(Status.PROPOSED))).stream()
                .filter(i -> i.evidence().get(0).sourceKey().equals(row.sourceKey())).toList();
        assertEquals(row.proposed(), stored.size(), "the database has the proposed incidents");
        assertEquals(body, workspace.source(row.sourceKey()).orElseThrow().text());
        assertEquals("", text.getText(), "the report area is cleared for the next one");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> loadedCount() == before + row.proposed());
        String status = window.model().statusProperty().get();
        assertTrue(status.startsWith(Labels.count(before + row.proposed(), "incident")), "the main window shows the new incidents: " + status);
        snapshot(robot, "import-pasted.png");
    }

    @Test
    void inABatchTheBadFilesSayWhyAndTheGoodOnesImport(FxRobot robot) throws Exception {
        List<Path> files = List.of(file("good-ar.txt", ImportViewModelTest.ARABIC.getBytes(StandardCharsets.UTF_8)),
                file("empty.txt", new byte[0]),
                file("photo.html", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10, 'J', 'F', 'I', 'F', 0}),
                file("good-en.html", ("<html><body><p>" + ImportViewModelTest.ENGLISH + "</p></body></html>").getBytes(StandardCharsets.UTF_8)));
        ImportDialog dialog = openDialog(robot);

        robot.interact(() -> dialog.importFiles(files));
        awaitIdle();

        List<ImportRow> rows = rows(robot);
        assertEquals(List.of("good-ar.txt", "empty.txt", "photo.html", "good-en.html"), rows.stream().map(ImportRow::name).toList());
        assertEquals(ImportRow.Kind.IMPORTED, rows.get(0).kind(), rows.get(0).message());
        assertEquals("empty.txt is empty; nothing was stored", rows.get(1).detail());
        assertEquals("photo.html is a binary file, not text; nothing was stored", rows.get(2).detail());
        assertEquals(ImportRow.Kind.IMPORTED, rows.get(3).kind(), rows.get(3).message());
        assertEquals("Done: 2 imported, 2 failed", robot.lookup("#import-progress-text").queryLabeled().getText());
        assertFalse(robot.lookup("#import-cancel").query().isVisible(), "nothing left to cancel");
        snapshot(robot, "import-batch.png");
    }

    @Test
    void filesDroppedOnTheMainWindowOpenTheImportAndComeIn(FxRobot robot) throws Exception {
        File report = file("dropped.txt", ImportViewModelTest.ENGLISH.getBytes(StandardCharsets.UTF_8)).toFile();
        boolean[] accepted = new boolean[1];

        robot.interact(() -> accepted[0] = window.dropFiles(List.of(report)));
        drain(); // the drop is told apart (report or gazetteer file) in the background, then the import starts
        awaitIdle();

        assertTrue(accepted[0]);
        assertTrue(window.importDialog().isShowing(), "the drop opened the import window");
        ImportRow row = rows(robot).get(0);
        assertEquals("dropped.txt", row.name());
        assertEquals(ImportRow.Kind.IMPORTED, row.kind(), row.message());
        assertTrue(workspace.source(row.sourceKey()).isPresent());
    }

    @Test
    void theSameTextTwiceIsAlreadyInTheDatabaseAndCanBeReviewed(FxRobot robot) throws Exception {
        ImportDialog dialog = openDialog(robot);
        TextArea text = robot.lookup("#import-text").queryAs(TextArea.class);
        for (int i = 0; i < 2; i++) {
            // Dropped text goes into the report area, as pasted text does.
            robot.interact(() -> dialog.drop(List.of(), ImportViewModelTest.ARABIC));
            FxClicks.on(robot, "#import-text-button");
            awaitIdle();
        }
        List<ImportRow> rows = rows(robot);
        assertEquals(ImportRow.Kind.IMPORTED, rows.get(0).kind(), rows.get(0).message());
        assertEquals(ImportRow.Kind.DUPLICATE, rows.get(1).kind());
        assertEquals("Already in the database", rows.get(1).verdict());
        assertTrue(shownRowText(robot).contains("Already in the database"), shownRowText(robot));
        assertEquals(ImportViewModelTest.ARABIC, text.getText(), "a report that added nothing stays, to be looked at");

        // The seed report itself, pasted whole, is the seed source.
        robot.interact(() -> text.setText(seedReportUnchecked()));
        FxClicks.on(robot, "#import-text-button");
        awaitIdle();
        assertEquals(ImportRow.Kind.DUPLICATE, rows(robot).get(2).kind(), rows(robot).get(2).message());

        List<Button> review = robot.lookup(".import-review").queryAllAs(Button.class).stream().filter(Button::isVisible).toList();
        assertFalse(review.isEmpty(), "stored reports can be reviewed");
        FxClicks.on(robot, review.get(review.size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        var opened = robot.lookup("#review-window").queryAs(ReviewWindow.class);
        assertTrue(opened.getScene().getWindow().isShowing(), "Review opens the report in the review screen");
        robot.interact(() -> opened.getScene().getWindow().hide());
    }

    @Test
    void aPublicationDateThatIsNoDateStopsTheImportUntilItIsFixed(FxRobot robot) throws Exception {
        openDialog(robot);
        TextArea text = robot.lookup("#import-text").queryAs(TextArea.class);
        var date = robot.lookup("#import-published").queryAs(javafx.scene.control.DatePicker.class);
        robot.interact(() -> text.setText(ImportViewModelTest.ENGLISH));
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, text.getNodeOrientation());
        FxClicks.on(robot, date.getEditor()).write("20/11/2024");
        FxClicks.on(robot, "#import-text-button");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(rows(robot).isEmpty(), "nothing is imported under a date that is no date");
        assertEquals("«20/11/2024» is not a date: use yyyy-mm-dd, or leave it empty",
                robot.lookup("#import-problem").queryLabeled().getText());
        assertEquals("20/11/2024", date.getEditor().getText(), "what was typed is still there to be corrected");

        robot.interact(() -> date.getEditor().clear());
        FxClicks.on(robot, date.getEditor()).write("2024-11-20");
        FxClicks.on(robot, "#import-text-button");
        awaitIdle();
        ImportRow row = rows(robot).get(0);
        assertEquals(ImportRow.Kind.IMPORTED, row.kind(), row.message());
        assertEquals(java.time.LocalDate.of(2024, 11, 20), workspace.source(row.sourceKey()).orElseThrow().published());
        assertEquals("", robot.lookup("#import-problem").queryLabeled().getText());
    }

    private ImportDialog openDialog(FxRobot robot) {
        FxClicks.on(robot, "#import");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.importDialog().isShowing());
        return window.importDialog();
    }

    /** Waits until the import and the main window's refresh after it are done (both run on the background thread). */
    private void awaitIdle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.importDialog().model().runningProperty().get());
        // A task queued behind the import (the refresh) has run once this one comes back.
        drain();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for the tasks queued so far, and what they handed back to the FX thread, to be done. */
    private void drain() throws Exception {
        java.util.concurrent.CompletableFuture<Void> drained = new java.util.concurrent.CompletableFuture<>();
        tasks.run(() -> null, v -> drained.complete(null), drained::completeExceptionally);
        drained.get(20, TimeUnit.SECONDS);
    }

    private int loadedCount() {
        var result = window.model().resultProperty().get();
        return result == null ? -1 : result.count();
    }

    @SuppressWarnings("unchecked")
    private static List<ImportRow> rows(FxRobot robot) {
        return List.copyOf(robot.lookup("#import-outcomes").queryAs(ListView.class).getItems());
    }

    /** The words the outcome list shows, as the analyst reads them. */
    private static String shownRowText(FxRobot robot) {
        StringBuilder s = new StringBuilder();
        robot.lookup("#import-outcomes .label").queryAllAs(javafx.scene.control.Label.class).forEach(l -> s.append(l.getText()).append(" | "));
        return s.toString();
    }

    /**
     * The seed report from news text to the map: pasted, it is proposed with its thirteen places and its October
     * toll; the review screen highlights every place; accepting the proposals puts them on the map.
     */
    @Test
    void theSeedReportIsProposedReviewedAndMapped(FxRobot robot) throws Exception {
        // Every database holds the seed report already; its body without the headline is a report of its own.
        String seed = seedReport();
        String body = seed.substring(seed.indexOf('\n') + 1);
        int verifiedBefore = workspace.filter(MainViewModel.DEFAULT_FILTER).count();

        FxClicks.on(robot, "#import");
        robot.interact(() -> {
            robot.lookup("#import-text").queryAs(TextArea.class).setText(body);
            robot.lookup("#import-published").queryAs(javafx.scene.control.DatePicker.class).getEditor().setText("2024-11-15");
        });
        FxClicks.on(robot, "#import-text-button");
        awaitBackground(() -> !window.importDialog().model().runningProperty().get());

        List<Incident> proposed = workspace.incidents(IncidentFilter.ALL.withStatuses(Set.of(Status.PROPOSED)));
        Set<String> places = new TreeSet<>();
        proposed.forEach(i -> i.places().stream().map(PlaceLink::placeKey).forEach(places::add));
        assertTrue(places.containsAll(SEED_PLACES), "proposed places: " + places);
        assertTrue(proposed.stream().anyMatch(i -> i.killed().best() != null && i.killed().best() == 1
                        && i.injured().best() != null && i.injured().best() == 12 && i.dates().start().getMonthValue() == 10),
                "the October rocket attacks: 1 killed, 12 injured");

        List<Button> review = robot.lookup(".import-review").queryAllAs(Button.class).stream().filter(Button::isVisible).toList();
        FxClicks.on(robot, review.get(0));
        ReviewWindow reviewWindow = robot.lookup("#review-window").queryAs(ReviewWindow.class);
        awaitBackground(() -> robot.lookup(".proposal-card").queryAll().size() == proposed.size());
        var highlighted = reviewWindow.text().highlightedCounts();
        assertTrue(highlighted.getOrDefault(Finding.Kind.PLACE, 0) >= SEED_PLACES.size(), "highlighted: " + highlighted);
        assertTrue(highlighted.getOrDefault(Finding.Kind.OUTSIDE_MAP, 0) >= 2, "Lebanon and Gaza: " + highlighted);

        robot.interact(() -> robot.lookup("#accept").queryAllAs(Button.class).forEach(Button::fire));
        FxClicks.on(robot, "#save-review");
        awaitBackground(() -> robot.lookup(".proposal-card").queryAll().isEmpty());

        assertEquals(0, workspace.incidents(IncidentFilter.ALL.withStatuses(Set.of(Status.PROPOSED))).size());
        awaitBackground(() -> {
            var shown = window.model().resultProperty().get();
            return shown != null && shown.count() == verifiedBefore + proposed.size();
        });
        // Places as pins, and units (the governorate) as areas with a badge.
        var onTheMap = new java.util.ArrayList<>(window.model().pins().stream().map(org.furat.map.Pin::key).toList());
        window.model().areasProperty().get().forEach(a -> onTheMap.addAll(a.unitKeys()));
        assertTrue(onTheMap.containsAll(SEED_PLACES), "pins and areas: " + onTheMap);
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
        try (InputStream in = ImportDialogUiTest.class.getResourceAsStream("/org/furat/data/sources/000_0ae79604f75c76f4.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String seedReportUnchecked() {
        try {
            return seedReport();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path file(String name, byte[] bytes) throws IOException {
        return Files.write(Files.createTempDirectory(dir, "files").resolve(name), bytes);
    }

    /** Writes the import window to target/ui-snapshots, so a run can be looked at. */
    private void snapshot(FxRobot robot, String name) throws IOException {
        Scene scene = robot.lookup("#import-outcomes").query().getScene();
        var shot = new javafx.scene.image.WritableImage((int) scene.getWidth(), (int) scene.getHeight());
        robot.interact(() -> scene.snapshot(shot));
        Path target = Path.of("target", "ui-snapshots");
        Files.createDirectories(target);
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", target.resolve(name).toFile());
    }
}
