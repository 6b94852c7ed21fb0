package org.furat.ui;

import static org.furat.app.GazetteerTestFiles.alternate;
import static org.furat.app.GazetteerTestFiles.geoname;
import static org.furat.app.GazetteerTestFiles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.furat.app.GazetteerImporter;
import org.furat.app.Workspace;
import org.furat.model.Place;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Gazetteer window, headless and with the real background thread: a GeoNames dump dropped on the main window
 * opens it and its dry run shows what it would add; Import writes the places (read back from the database) and the
 * main window's place filter and credits show them; Remove source, confirmed, takes them out again. A layer of
 * one's own needs its columns: a wrong one is said in the window, the right ones import.
 */
@ExtendWith(ApplicationExtension.class)
class GazetteerWindowUiTest {

    @TempDir
    static Path dir;
    private Path database;
    private Workspace workspace;
    private BackgroundTasks tasks;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        database = Files.createTempDirectory(dir, "db").resolve("gazetteer.gpkg");
        workspace = Workspace.open(database);
        tasks = new BackgroundTasks();
        Scene scene = FuratApplication.scene(workspace, tasks, Fonts.load());
        window = (MainWindow) scene.getRoot();
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.gazetteerWindow().close()).get(10, TimeUnit.SECONDS);
        tasks.close();
        workspace.close();
    }

    @Test
    void aDroppedGeoNamesDumpIsDryRunImportedAndRemoved(FxRobot robot) throws Exception {
        Path folder = Files.createTempDirectory(dir, "geonames");
        File table = lines(folder.resolve("SY.txt"), List.of(
                geoname(9100001, "Tall Nawras", "", 35.12, 40.41, "P", "PPL"),
                geoname(9100002, "Khirbat Sumayya", "", 34.98, 40.52, "P", "PPL"),
                geoname(9100003, "Mazra'at Rima", "", 35.05, 40.33, "P", "PPLA3"),
                geoname(9100004, "Far Town", "", 33.5, 36.3, "P", "PPL"),
                geoname(9100005, "Funduq", "", 35.3, 40.1, "S", "HTL"))).toFile();
        File alternates = lines(folder.resolve("alternateNamesV2.txt"), List.of(
                alternate(1, 9100001, "ar", "تل نورس", true, false))).toFile();
        int placesBefore = count("SELECT count(*) FROM places");

        robot.interact(() -> window.dropFiles(List.of(table, alternates)));
        GazetteerViewModel model = awaitGazetteerWindow();
        GazetteerImporter.Summary dry = awaitSummary(model);

        assertTrue(dry.dryRun());
        assertEquals("geonames", dry.source());
        assertEquals(3, dry.added(), dry.toString());
        assertEquals(2, dry.skipped(), dry.toString());
        assertTrue(summaryRows(robot).contains(List.of("added", "3", "new places")), summaryRows(robot).toString());
        assertTrue(summaryRows(robot).stream().anyMatch(r -> r.get(0).equals("skipped") && r.get(2).contains("S.HTL")),
                "the reasons are listed: " + summaryRows(robot));
        assertTrue(text(robot, "#gazetteer-status").startsWith("Dry run, nothing written: would add 3 places"),
                text(robot, "#gazetteer-status"));
        assertEquals(placesBefore, count("SELECT count(*) FROM places"), "a dry run writes nothing");

        FxClicks.on(robot, "#gazetteer-import");
        awaitIdle(model);

        assertFalse(model.summaryProperty().get().dryRun());
        assertEquals(placesBefore + 3, count("SELECT count(*) FROM places"));
        assertEquals(3, count("SELECT count(*) FROM places WHERE key IN ('gn-9100001','gn-9100002','gn-9100003')"));
        assertEquals(1, count("SELECT count(*) FROM places WHERE key = 'gn-9100001' AND name_ar = 'تل نورس'"));
        assertEquals(List.of("geonames"), model.sourceNames());
        assertEquals(3, model.sources().get(0).places());
        assertTrue(vocabularyKeys().contains("gn-9100002"), "the place filter and picker offer the new places");
        assertEquals(List.of(GazetteerImporter.GEONAMES_ATTRIBUTION), window.model().gazetteerCreditsProperty().get(),
                "the map credits the import (its line already names GeoNames.org for the seed places)");
        assertTrue(text(robot, "#map-attribution").contains("GeoNames.org"), text(robot, "#map-attribution"));
        assertTrue(robot.lookup("#gazetteer-import").query().isDisabled(), "importing again needs a new dry run");

        robot.interact(() -> robot.lookup("#gazetteer-sources").queryAs(TableView.class).getSelectionModel().select(0));
        FxClicks.on(robot, "#gazetteer-remove");
        FxClicks.on(robot, "Remove places");
        awaitIdle(model);

        assertEquals(placesBefore, count("SELECT count(*) FROM places"));
        assertEquals(0, count("SELECT count(*) FROM gazetteer_sources"));
        assertTrue(model.sources().isEmpty());
        assertTrue(text(robot, "#gazetteer-status").startsWith("Removed 3 places"), text(robot, "#gazetteer-status"));
        assertTrue(robot.lookup("#gazetteer-summary").queryAs(TableView.class).getItems().isEmpty(),
                "the import's outcome is not shown after the removal");
        assertFalse(vocabularyKeys().contains("gn-9100002"), "the removed places are gone from the filter");
        assertEquals(List.of(), window.model().gazetteerCreditsProperty().get(), "nothing imported is left to credit");
    }

    @Test
    void aLayerOfOnesOwnNeedsItsColumnsAndSaysWhatIsWrong(FxRobot robot) throws Exception {
        Path csv = lines(Files.createTempDirectory(dir, "layer").resolve("survey.csv"), List.of(
                "ref,arabic,english,y,x",
                "s1,قرية الاختبار,Qaryat al Ikhtibar,35.11,40.47",
                "s2,مزرعة التجربة,Mazra'at at Tajriba,35.02,40.38"));
        GazetteerWindow gazetteer = WaitForAsyncUtils.asyncFx(() -> {
            GazetteerWindow w = window.gazetteerWindow();
            w.open(List.of(csv));
            return w;
        }).get(10, TimeUnit.SECONDS);
        GazetteerViewModel model = gazetteer.model();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#gazetteer-layer-options").query().isVisible(), "a CSV layer asks for its columns");
        assertEquals("survey", robot.lookup("#gazetteer-source").queryAs(TextField.class).getText(), "the file's name is offered");
        Path other = lines(csv.resolveSibling("villages.csv"), List.of("ref,arabic,english,y,x"));
        WaitForAsyncUtils.asyncFx(() -> gazetteer.open(List.of(other))).get(10, TimeUnit.SECONDS);
        assertEquals("villages", robot.lookup("#gazetteer-source").queryAs(TextField.class).getText(),
                "an offered name follows the file chosen next");
        robot.interact(() -> robot.lookup("#gazetteer-source").queryAs(TextField.class).setText("field notes"));
        WaitForAsyncUtils.asyncFx(() -> gazetteer.open(List.of(csv))).get(10, TimeUnit.SECONDS);
        assertEquals("field notes", robot.lookup("#gazetteer-source").queryAs(TextField.class).getText(), "a typed name stays");
        robot.interact(() -> robot.lookup("#gazetteer-source").queryAs(TextField.class).setText("survey"));

        FxClicks.on(robot, "#gazetteer-dry-run");
        awaitIdle(model);
        assertTrue(robot.lookup("#gazetteer-error-bar").query().isVisible(), "the missing columns are said in the window");
        String problem = text(robot, "#gazetteer-error-message");
        assertTrue(problem.contains("lat") || problem.contains("name"), problem);
        assertTrue(robot.lookup("#gazetteer-import").query().isDisabled(), "nothing to import");
        javafx.scene.Node close = robot.lookup("#gazetteer-close").query();
        javafx.geometry.Bounds closeBox = close.localToScene(close.getBoundsInLocal());
        assertTrue(closeBox.getMaxY() <= close.getScene().getHeight() && closeBox.getMinY() >= 0,
                "Close stays in the window under the error bar: " + closeBox + " in " + close.getScene().getHeight());

        robot.interact(() -> {
            robot.lookup("#gazetteer-name-ar").queryAs(TextField.class).setText("arabic");
            robot.lookup("#gazetteer-name-en").queryAs(TextField.class).setText("english");
            robot.lookup("#gazetteer-lat").queryAs(TextField.class).setText("y");
            robot.lookup("#gazetteer-lon").queryAs(TextField.class).setText("x");
            robot.lookup("#gazetteer-id").queryAs(TextField.class).setText("ref");
            robot.lookup("#gazetteer-licence").queryAs(TextField.class).setText("CC-BY-4.0");
            robot.lookup("#gazetteer-attribution").queryAs(TextField.class).setText("Our field survey");
        });
        FxClicks.on(robot, "#gazetteer-dry-run");
        GazetteerImporter.Summary dry = awaitSummary(model);
        assertFalse(robot.lookup("#gazetteer-error-bar").query().isVisible(), "a new run clears the old error");
        assertEquals(2, dry.added(), dry.toString());

        FxClicks.on(robot, "#gazetteer-import");
        awaitIdle(model);
        assertEquals(1, count("SELECT count(*) FROM places WHERE key = 'survey-s1' AND name_ar = 'قرية الاختبار'"));
        assertEquals(1, count("SELECT count(*) FROM gazetteer_sources WHERE name = 'survey' AND attribution = 'Our field survey'"));
        assertTrue(text(robot, "#map-attribution").contains("Our field survey"), text(robot, "#map-attribution"));
    }

    @Test
    void aDropOfReportsAndGazetteerFilesTogetherAsksWhichItIs(FxRobot robot) throws Exception {
        Path folder = Files.createTempDirectory(dir, "mixed");
        Path report = lines(folder.resolve("report.txt"), List.of("US forces shelled positions in Khasham on Tuesday."));
        Path layer = lines(folder.resolve("survey.csv"), List.of("id,name_ar,name_en,lat,lon", "s1,قرية,Qarya,35.11,40.47"));
        int reports = count("SELECT count(*) FROM sources");

        robot.interact(() -> window.dropFiles(List.of(report.toFile(), layer.toFile())));
        drain();
        FxClicks.on(robot, "Import into the gazetteer");
        WaitForAsyncUtils.waitForFxEvents();

        List<Path> chosen = WaitForAsyncUtils.asyncFx(() -> {
            assertTrue(window.gazetteerWindow().isShowing(), "the answer opened the gazetteer window");
            return window.gazetteerWindow().files();
        }).get(10, TimeUnit.SECONDS);
        assertEquals(List.of(report, layer), chosen);
        drain();
        assertEquals(reports, count("SELECT count(*) FROM sources"), "nothing was imported as a report");
    }

    private GazetteerViewModel awaitGazetteerWindow() throws Exception {
        drain();
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> {
            assertTrue(window.gazetteerWindow().isShowing(), "the drop opened the gazetteer window");
            return window.gazetteerWindow().model();
        }).get(10, TimeUnit.SECONDS);
    }

    private GazetteerImporter.Summary awaitSummary(GazetteerViewModel model) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.summaryProperty().get() != null && !model.runningProperty().get());
        awaitIdle(model);
        GazetteerImporter.Summary summary = model.summaryProperty().get();
        assertNotNull(summary, model.errorProperty().get());
        return summary;
    }

    /** Waits for the window's work and what it queued after it (the main window's reload) to be done. */
    private void awaitIdle(GazetteerViewModel model) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.runningProperty().get());
        drain();
        drain(); // the reload queues more reads when it comes back
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void drain() throws Exception {
        CompletableFuture<Void> drained = new CompletableFuture<>();
        tasks.run(() -> null, v -> drained.complete(null), drained::completeExceptionally);
        drained.get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> summaryRows(FxRobot robot) {
        return List.copyOf(robot.lookup("#gazetteer-summary").queryAs(TableView.class).getItems());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private List<String> vocabularyKeys() {
        return window.model().vocabularyProperty().get().places().stream().map(Place::key).toList();
    }

    /** Reads the database file on a connection of its own, not through the window's workspace. */
    private int count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }
}
