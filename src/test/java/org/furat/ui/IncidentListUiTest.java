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
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.furat.app.Importer;
import org.furat.app.ReviewDraft;
import org.furat.app.Workspace;
import org.furat.model.Evidence;
import org.furat.model.Incident;
import org.furat.model.Place;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the side panel lists and shows: a clicked pin's incidents under the whole filter, and every source of an
 * incident that cites several, each with all its spans highlighted.
 */
@ExtendWith(ApplicationExtension.class)
class IncidentListUiTest {

    private static final String CITED_TWICE = "seed-2024-11-strikes-militia-positions";

    private static Path folder;
    private static Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        folder = Files.createTempDirectory("furat-ui");
        workspace = Workspace.open(folder.resolve("ui.gpkg"));
        addSecondSource();
        window = TestWindows.show(stage, workspace);
    }

    /** Files a second report as another source of a seeded incident, as the review screen does. */
    private static void addSecondSource() {
        var metadata = new Importer.Metadata(LocalDate.of(2024, 11, 20), "Second outlet", null, "ar");
        String text = "قصفت القوات الأمريكية من قاعدتها في حقل كونيكو مواقع الميليشيات في المريعية أمس.";
        String key = workspace.importer().importReport("second.txt", text.getBytes(StandardCharsets.UTF_8), metadata, false).sourceKey();
        var reviewer = workspace.reviewer();
        var draft = new ReviewDraft(reviewer.open(key), workspace.places().stream().map(Place::key).toList());
        draft.addAsSource(draft.proposalKeys().get(0), CITED_TWICE);
        reviewer.apply(draft);
    }

    @AfterAll
    static void closeWorkspace() {
        if (workspace != null) workspace.close();
    }

    private List<Incident> listed(FxRobot robot) {
        return IncidentTableRows.listed(robot).stream().map(IncidentRow::incident).toList();
    }

    private static boolean at(Incident incident, String place) {
        return incident.places().stream().anyMatch(p -> p.placeKey().equals(place));
    }

    @Test
    void aPinClickedUnderAPlaceFilterListsOnlyIncidentsThatPassTheWholeFilter(FxRobot robot) {
        MainViewModel model = window.model();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> model.selectPlace("conoco_base"));
        WaitForAsyncUtils.waitForFxEvents();
        List<Incident> unfiltered = listed(robot);
        assertTrue(unfiltered.stream().anyMatch(i -> !at(i, "khasham")),
                "Conoco has incidents that do not name Khasham, which the Khasham filter must leave out");

        robot.interact(() -> model.filterProperty().set(model.filterProperty().get().withPlaces(Set.of("khasham"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.map().pinPosition("conoco_base").isPresent(), "Conoco shares incidents with Khasham, so its pin shows");
        robot.interact(() -> model.selectPlace("conoco_base"));
        WaitForAsyncUtils.waitForFxEvents();

        List<Incident> filtered = listed(robot);
        assertFalse(filtered.isEmpty(), "the incidents at both places are listed");
        for (Incident i : filtered) {
            assertTrue(at(i, "khasham") && at(i, "conoco_base"), i.key() + " is at Conoco and passes the Khasham filter");
        }
        int pinCount = model.resultProperty().get().places().stream().filter(s -> s.place().key().equals("conoco_base"))
                .findFirst().orElseThrow().incidentCount();
        assertEquals(pinCount, filtered.size(), "the list holds as many incidents as the pin counts");
    }

    @Test
    void everyClusterCountsTheIncidentsItsListShowsEachOnce(FxRobot robot) {
        MainViewModel model = window.model();
        WaitForAsyncUtils.waitForFxEvents();
        boolean sharedIncidents = false;
        // Zoomed out, the seven villages and their neighbours gather into clusters.
        robot.interact(() -> window.map().zoomTo(39.8, 34.6, 41.2, 35.6));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, "clusters.png");
        List<org.furat.map.Cluster> clusters = window.map().clusters().stream().filter(c -> !c.isSingle()).toList();
        assertFalse(clusters.isEmpty(), "some places cluster at this zoom");
        for (org.furat.map.Cluster cluster : clusters) {
            List<String> keys = cluster.members().stream().map(org.furat.map.Pin::key).toList();
            robot.interact(() -> model.selectPlaces(keys));
            WaitForAsyncUtils.waitForFxEvents();
            List<Incident> listed = listed(robot);
            assertEquals(listed.size(), cluster.count(), "the cluster of " + keys + " shows as many incidents as its list holds");
            long summed = cluster.members().stream().mapToLong(org.furat.map.Pin::count).sum();
            sharedIncidents |= summed > cluster.count();
        }
        assertTrue(sharedIncidents, "some incident names several places of one cluster, and counts once there");
    }

    @Test
    void theMapLegendNamesEveryEventTypeTheTimelineDraws(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.map().zoomTo(39.8, 34.6, 41.2, 35.6));
        WaitForAsyncUtils.waitForFxEvents();
        var drawn = window.model().resultProperty().get().histogram().types();
        assertTrue(drawn.size() > 1, "the timeline draws several types: " + drawn);
        assertTrue(window.map().legendTypes().containsAll(drawn),
                "the legend lists " + window.map().legendTypes() + ", the timeline draws " + drawn);
        snapshot(robot, "legend.png");
    }

    @Test
    void theFilterLineNamesActorsAndPlacesRatherThanTheirKeys(FxRobot robot) {
        MainViewModel model = window.model();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> model.filterProperty().set(model.filterProperty().get()
                .withActors(Set.of("iran_militias")).withPlaces(Set.of("khasham"))
                .withCoarsestLocation(org.furat.model.GeoPrecision.APPROXIMATE)));
        WaitForAsyncUtils.waitForFxEvents();
        String line = robot.lookup("#filter-summary").queryLabeled().getText();
        String actor = workspace.actor("iran_militias").orElseThrow().nameEn();
        assertTrue(line.contains("actor " + actor), line);
        assertTrue(line.contains("located approximately or better"), line);
        assertFalse(line.contains("iran_militias"), "no internal key: " + line);
        List<String> texts = robot.lookup(n -> n instanceof javafx.scene.control.Labeled).queryAllAs(javafx.scene.control.Labeled.class)
                .stream().map(javafx.scene.control.Labeled::getText).filter(t -> t != null).toList();
        assertFalse(texts.stream().anyMatch(t -> t.contains("khasham") || t.contains("iran_militias")),
                "no control of the window shows a key: " + texts.stream().filter(t -> t.contains("_")).toList());
    }

    /** Writes what the window shows to target/ui-snapshots, so a run can be looked at. */
    private void snapshot(FxRobot robot, String name) {
        Scene scene = window.getScene();
        var shot = new javafx.scene.image.WritableImage((int) scene.getWidth(), (int) scene.getHeight());
        robot.interact(() -> scene.snapshot(shot));
        try {
            Path target = Path.of("target", "ui-snapshots");
            Files.createDirectories(target);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot, null), "png", target.resolve(name).toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anIncidentCitingTwoReportsShowsBothWithEverySpanHighlighted(FxRobot robot) {
        Incident incident = workspace.incident(CITED_TWICE).orElseThrow();
        List<String> sources = incident.evidence().stream().map(Evidence::sourceKey).distinct().toList();
        assertEquals(2, sources.size());
        robot.interact(() -> window.model().selectIncident(incident));
        WaitForAsyncUtils.waitForFxEvents();

        SourceTextView view = window.source();
        assertEquals(2, view.sourceCount());
        assertTrue(robot.lookup("#source-navigation").query().isVisible(), "the panel says there is more than one source");
        for (int s = 0; s < sources.size(); s++) {
            assertEquals(sources.get(s), view.shownSourceKey());
            String key = sources.get(s);
            List<int[]> expected = incident.evidence().stream().filter(e -> e.sourceKey().equals(key))
                    .map(e -> new int[]{e.start(), e.end()}).toList();
            List<int[]> shown = view.highlightedRanges();
            assertEquals(expected.size(), shown.size(), "every span of " + key + " is highlighted");
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i)[0], shown.get(i)[0]);
                assertEquals(expected.get(i)[1], shown.get(i)[1]);
            }
            FxClicks.on(robot, robot.lookup("#next-source").queryAs(Button.class));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(sources.get(1), view.shownSourceKey(), "the last source stays shown");
    }
}
