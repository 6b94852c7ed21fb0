package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.furat.app.GazetteerImporter;
import org.furat.app.StudyArea;
import org.furat.app.Workspace;
import org.furat.map.AreaLabel;
import org.furat.map.Settlement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window's map receives the gazetteer from the view model: the seeded and imported places as
 * settlements (administrative units excluded) and the units' names.
 */
@ExtendWith(ApplicationExtension.class)
class MapPlaceLayersUiTest {

    private static Workspace workspace;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("furat-ui-places");
        org.furat.app.GazetteerTestFiles.wof(folder, 102, "locality", "Made-up Village", "قرية متخيلة", 40.61, 35.21, java.util.Map.of());
        Path record = folder.resolve("102.geojson");
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
    void theMapDrawsEveryGazetteerPlaceButTheUnitsAndNamesTheUnits(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        MapView map = robot.lookup("#map-view").queryAs(MapView.class);
        List<Settlement> settlements = map.placeLayers().settlements();
        assertTrue(settlements.stream().anyMatch(s -> s.nameEn().equals("Made-up Village") && s.nameAr().equals("قرية متخيلة")),
                "the imported place is drawn");
        long places = workspace.places().stream().filter(p -> !p.kind().isAdminUnit()).count();
        assertTrue(settlements.size() == places, settlements.size() + " settlements for " + places + " places");
        assertTrue(settlements.stream().noneMatch(s -> s.kind().isAdminUnit()), "units are named, not drawn as places");
        List<String> units = map.placeLayers().areas().stream().map(AreaLabel::key).toList();
        assertTrue(units.contains("deir_ez_zor_governorate") && units.contains("mayadin_district")
                && units.contains("khasham_subdistrict"), units.toString());
    }
}
