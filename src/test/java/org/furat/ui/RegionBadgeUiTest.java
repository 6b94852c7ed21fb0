package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.furat.app.Workspace;
import org.furat.map.Pin;
import org.furat.model.IncidentFilter;
import org.furat.model.PlaceLink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The seed report's incidents known only to "the Deir ez-Zor countryside" in the window: no pin on the city for
 * them, a badge on the governorate whose count follows the filter, and a click on the badge that lists them.
 */
@ExtendWith(ApplicationExtension.class)
class RegionBadgeUiTest {

    private static final String GOVERNORATE = "deir_ez_zor_governorate";
    private static Workspace workspace;
    private MainViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("furat-regions");
        workspace = Workspace.open(folder.resolve("ui.gpkg"));
        scene = FuratApplication.scene(workspace, TaskRunner.sameThread(), Fonts.load());
        model = ((MainWindow) scene.getRoot()).model();
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void closeWorkspace() {
        if (workspace != null) workspace.close();
    }

    /** Incidents under the filter linked to the governorate: what its badge should say. */
    private static long governorateIncidents(IncidentFilter filter) {
        return workspace.incidents(filter).stream()
                .filter(i -> i.places().stream().map(PlaceLink::placeKey).anyMatch(GOVERNORATE::equals)).count();
    }

    @Test
    void theRegionIsABadgeNotAPinAndItsClickListsItsIncidents(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        MapView map = robot.lookup("#map-view").queryAs(MapView.class);
        assertTrue(map.pins().stream().map(Pin::key).noneMatch(k -> workspace.place(k).orElseThrow().kind().isAdminUnit()),
                "no unit is drawn as a pin: " + map.pins());
        long atCity = workspace.incidents(MainViewModel.DEFAULT_FILTER).stream()
                .filter(i -> i.places().stream().anyMatch(p -> p.placeKey().equals("deir_ez_zor"))).count();
        map.pins().stream().filter(p -> p.key().equals("deir_ez_zor"))
                .forEach(city -> assertEquals(atCity, city.count(), "the city's pin counts only the incidents at the city"));
        long expected = governorateIncidents(MainViewModel.DEFAULT_FILTER);
        assertTrue(expected > 0, "the seed report has incidents known only to the countryside");

        Point2D badge = map.regionBadgePosition(GOVERNORATE).orElseThrow(() -> new AssertionError("no badge for the governorate"));
        robot.clickOn(map.localToScreen(badge));
        WaitForAsyncUtils.waitForFxEvents();

        List<IncidentRow> list = IncidentTableRows.listed(robot);
        assertEquals(expected, list.size(), "the list holds the badge's incidents");
        for (IncidentRow row : list) {
            assertTrue(row.incident().places().stream().anyMatch(p -> p.placeKey().equals(GOVERNORATE)), row.incident().key());
        }
        assertEquals(Labels.count((int) expected, "incident"), robot.lookup("#list-caption").queryAs(Label.class).getText());
        assertEquals(GOVERNORATE, model.selectedAreaProperty().get().key());
    }

    @Test
    void theBadgeCountFollowsTheFilter(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        IncidentFilter october = MainViewModel.DEFAULT_FILTER.withDates(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31))
                .withIncludeImprecise(false);
        long all = governorateIncidents(MainViewModel.DEFAULT_FILTER), inOctober = governorateIncidents(october);
        assertTrue(inOctober < all, "the test needs a filter that narrows the governorate's incidents");
        assertEquals(all, count());

        robot.interact(() -> model.filterProperty().set(october));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(inOctober, count());
        MapView map = robot.lookup("#map-view").queryAs(MapView.class);
        assertEquals(inOctober > 0, map.regionBadgePosition(GOVERNORATE).isPresent());

        robot.interact(() -> model.filterProperty().set(MainViewModel.DEFAULT_FILTER.withDates(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, count(), "error: " + model.errorProperty().get());
        assertFalse(map.regionBadgePosition(GOVERNORATE).isPresent(), "no badge when no incident matches");
    }

    private long count() {
        return model.areasProperty().get().stream().filter(a -> a.key().equals(GOVERNORATE)).mapToLong(a -> a.incidentCount())
                .sum();
    }
}
