package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.furat.app.Workspace;
import org.furat.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The merge dialog's content: the other places nearest first, found by an Arabic spelling, and which of the two is kept. */
@ExtendWith(ApplicationExtension.class)
class MergePlacesFormUiTest {

    private MergePlacesForm form;
    private List<Place> places;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("furat-ui");
        try (Workspace workspace = Workspace.open(folder.resolve("merge.gpkg"))) {
            places = workspace.places();
        }
        Place khasham = places.stream().filter(p -> p.key().equals("khasham")).findFirst().orElseThrow();
        form = new MergePlacesForm(khasham, places);
        stage.setScene(new Scene(form, 600, 480));
        stage.show();
    }

    @Test
    void anotherPlaceFoundByItsArabicSpellingIsMergedOneWayOrTheOther(FxRobot robot) {
        assertEquals(places.size() - 1, form.candidates().getItems().size(), "every other place");
        assertTrue(form.candidates().getItems().stream().noneMatch(p -> p.key().equals("khasham")));
        Place khasham = places.stream().filter(p -> p.key().equals("khasham")).findFirst().orElseThrow();
        List<Double> km = form.candidates().getItems().stream()
                .map(p -> org.furat.geo.GreatCircle.km(khasham.lon(), khasham.lat(), p.lon(), p.lat())).toList();
        assertEquals(km.stream().sorted().toList(), km, "nearest first");
        assertNull(form.merge(), "nothing to merge before a place is chosen");

        FxClicks.on(robot, "#merge-filter").write("حطله"); // Hatla's other spelling, with ha for ta marbuta
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("hatla"), form.candidates().getItems().stream().map(Place::key).toList());
        robot.interact(() -> form.candidates().getSelectionModel().select(0));
        assertEquals(new MergePlacesForm.Merge("hatla", "khasham"), form.merge(), "by default the place chosen is kept");
        FxClicks.on(robot, "#keep-this");
        assertEquals(new MergePlacesForm.Merge("khasham", "hatla"), form.merge());
    }
}
