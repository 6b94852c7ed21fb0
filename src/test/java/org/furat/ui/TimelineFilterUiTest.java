package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.furat.app.Workspace;
import org.furat.map.Pin;
import org.furat.model.IncidentFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Dragging a brush over October on the timeline filters the map and the list to October's incidents. */
@ExtendWith(ApplicationExtension.class)
class TimelineFilterUiTest {

    private static Workspace workspace;
    private Scene scene;

    @Start
    void start(Stage stage) throws IOException {
        workspace = Workspace.open(Files.createTempDirectory("furat-timeline").resolve("t.gpkg"));
        scene = FuratApplication.scene(workspace, TaskRunner.sameThread(), Fonts.load());
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void closeWorkspace() {
        if (workspace != null) workspace.close();
    }

    @Test
    void brushingOctoberLeavesOnlyOctobersIncidentsOnTheMapAndInTheList(FxRobot robot) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        MapView map = robot.lookup("#map-view").queryAs(MapView.class);
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        List<IncidentRow> list = IncidentTableRows.listed(robot);
        assertEquals(6, list.size(), "before: every seed incident is listed");
        assertTrue(pinKeys(map).contains("khasham"), "before: November's villages are on the map");

        TimelineScale s = timeline.scale();
        double y = timeline.canvas().getHeight() * 0.6;
        Point2D from = timeline.canvas().localToScreen(s.x(LocalDate.of(2024, 10, 2).toEpochDay() + 0.5), y);
        Point2D to = timeline.canvas().localToScreen(s.x(LocalDate.of(2024, 10, 29).toEpochDay() + 0.5), y);
        robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        IncidentFilter filter = ((MainWindow) scene.getRoot()).model().filterProperty().get();
        assertNotNull(filter.from(), "the brush set the filter's dates");
        assertEquals(10, filter.from().getMonthValue());
        assertEquals(10, filter.to().getMonthValue());

        assertEquals(Set.of("seed-2024-10-rocket-attacks"),
                IncidentTableRows.listed(robot).stream().map(r -> r.incident().key()).collect(Collectors.toSet()),
                "the list keeps October's rocket attacks only (November's month-precise incidents do not overlap October)");
        // October's rocket attacks are known only to the governorate: drawn on the unit with a badge, not as a pin.
        assertEquals(Set.of(), pinKeys(map), "no pin: October's only incident is known to the governorate alone");
        var areas = ((MainWindow) scene.getRoot()).model().areasProperty().get();
        assertEquals(List.of("deir_ez_zor_governorate"), areas.stream().map(a -> a.key()).toList(), "the governorate's badge stays");
        assertEquals(1, areas.get(0).incidentCount());
        assertFalse(robot.lookup("#filter-summary").queryLabeled().getText().contains("All incidents"), "the filter line says what is on");

        var shot = new javafx.scene.image.WritableImage((int) scene.getWidth(), (int) scene.getHeight());
        robot.interact(() -> scene.snapshot(shot));
        Path target = Path.of("target", "ui-snapshots");
        Files.createDirectories(target);
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", target.resolve("timeline-october.png").toFile());

        FxClicks.on(robot, "#clear-filter");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, IncidentTableRows.listed(robot).size(), "clearing the filter brings everything back");
        assertEquals(null, timeline.getBrush(), "and removes the brush");
    }

    private static Set<String> pinKeys(MapView map) {
        return map.pins().stream().map(Pin::key).collect(Collectors.toSet());
    }
}
