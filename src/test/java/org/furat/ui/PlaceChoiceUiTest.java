package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.furat.app.Importer;
import org.furat.app.Workspace;
import org.furat.model.PlaceLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A name two places share that nothing in the report tells apart, on its review card: the card links neither and
 * offers both, with their districts, to choose from; once one is chosen it names the other, with its district.
 */
@ExtendWith(ApplicationExtension.class)
class PlaceChoiceUiTest {

    static final String REPORT = """
            سقطت قذائف هاون على قرية الصالحية صباح اليوم، ما أدى إلى إصابة مدني.
            """;

    private Workspace workspace;
    private ReviewViewModel model;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("furat-place-choice-ui");
        workspace = Workspace.open(folder.resolve("review.gpkg"));
        Importer.Outcome outcome = workspace.importer().importReport("report.txt", REPORT.getBytes(StandardCharsets.UTF_8),
                new Importer.Metadata(LocalDate.of(2024, 11, 19), "Test outlet", null, null), false);
        model = new ReviewViewModel(workspace, TaskRunner.sameThread(), outcome.sourceKey(), () -> {});
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
    void anUndecidedNameIsChosenOnTheCardFromItsPlacesWithTheirDistricts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.lookup(".proposal-card").queryAll().size());
        // Undecided: nothing linked, both offered.
        String second = model.draftProperty().get().proposalKeys().get(0);
        assertTrue(model.draftProperty().get().draft(second).places().isEmpty());
        @SuppressWarnings("unchecked")
        ComboBox<String> choose = robot.lookup("#proposal-1 #choose-place").queryAs(ComboBox.class);
        assertEquals(List.of("salihiyah_abukamal", "salihiyah_dez"), choose.getItems().stream().sorted().toList());
        assertTrue(model.placeWithUnits("salihiyah_abukamal").contains("Al-Asharah Subdistrict, Al-Mayadin District"),
                model.placeWithUnits("salihiyah_abukamal"));
        Platform.runLater(() -> choose.setValue("salihiyah_dez"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("salihiyah_dez"),
                model.draftProperty().get().draft(second).places().stream().map(PlaceLink::placeKey).toList());
        // Once chosen, the row is the usual one, which can still switch to the other place.
        assertTrue(robot.lookup("#proposal-1 #choose-place").tryQuery().isEmpty());
        Label switched = robot.lookup("#proposal-1 .place-also").queryAs(Label.class);
        assertTrue(switched.getText().startsWith("also: Al-Salihiyah (Albu Kamal)"), switched.getText());
        assertTrue(switched.getText().contains("(Al-Asharah Subdistrict, Al-Mayadin District)"), switched.getText());
    }
}
