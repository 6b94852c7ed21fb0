package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.furat.app.GazetteerImporter;
import org.furat.app.StudyArea;
import org.furat.app.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A database with places imported from Who's On First credits it in the map's attribution line. */
@ExtendWith(ApplicationExtension.class)
class GazetteerCreditsUiTest {

    private static Workspace workspace;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("furat-ui-gazetteer");
        org.furat.app.GazetteerTestFiles.wof(folder, 101, "locality", "Tall Abyad", "تل أبيض", 40.6, 35.2, java.util.Map.of());
        Path record = folder.resolve("101.geojson");
        workspace = Workspace.open(folder.resolve("ui.gpkg"));
        workspace.gazetteerImporter().importFiles(new GazetteerImporter.Request(List.of(record), GazetteerImporter.Format.AUTO, null,
                StudyArea.ofMap(), null, null, null, false));
        stage.setScene(FuratApplication.scene(workspace, TaskRunner.sameThread(), Fonts.load()));
        stage.show();
    }

    @AfterAll
    static void closeWorkspace() {
        if (workspace != null) workspace.close();
    }

    @Test
    void theAttributionLineNamesWhosOnFirst(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#map-attribution").queryAs(Label.class).getText();
        assertTrue(text.contains("GSHHG"), "the basemap's credits stay: " + text);
        assertTrue(text.contains("Who's On First"), "the imported gazetteer is credited: " + text);
    }
}
