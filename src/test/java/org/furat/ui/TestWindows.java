package org.furat.ui;

import java.io.IOException;
import java.nio.file.Files;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.furat.app.Workspace;

/**
 * The main window as the window tests open it (TestFX looks for {@code @Start} on each test class only, so each calls
 * this from its own): on a new database in a folder of its own, its work run on the FX thread.
 */
final class TestWindows {

    private TestWindows() {}

    /** A workspace on a new, seeded database in a new temporary folder. */
    static Workspace newWorkspace() throws IOException {
        return Workspace.open(Files.createTempDirectory("furat-ui").resolve("ui.gpkg"));
    }

    /** Shows the main window on {@code workspace} in {@code stage}, its background work run on the FX thread. */
    static MainWindow show(Stage stage, Workspace workspace) {
        Scene scene = FuratApplication.scene(workspace, TaskRunner.sameThread(), Fonts.load());
        stage.setScene(scene);
        stage.show();
        return (MainWindow) scene.getRoot();
    }
}
