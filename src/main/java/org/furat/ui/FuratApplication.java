package org.furat.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.furat.app.Workspace;

/**
 * The JavaFX application. {@link #open} shows the window on a workspace and returns when it closes; the
 * workspace is handed over through a static because JavaFX constructs the application itself.
 */
public final class FuratApplication extends Application {

    private static volatile Workspace workspace;
    private BackgroundTasks tasks;
    private String fontFamily;

    /** Opens the window on a workspace and blocks until the window is closed. */
    public static void open(Workspace workspace) {
        FuratApplication.workspace = Objects.requireNonNull(workspace);
        Application.launch(FuratApplication.class);
    }

    /** Builds the window's scene on an open workspace; used by {@link #start} and by UI tests. */
    public static Scene scene(Workspace workspace, TaskRunner tasks, String family) {
        MainViewModel model = new MainViewModel(workspace, tasks);
        MainWindow window = new MainWindow(model, family);
        Scene scene = new Scene(window, 1400, 880);
        scene.getStylesheets().add(Objects.requireNonNull(FuratApplication.class.getResource("furat.css")).toExternalForm());
        window.setStyle("-fx-font-family: \"" + family + "\";");
        model.load();
        return scene;
    }

    /** Runs on the launcher thread, so reading the bundled font never holds up the FX thread. */
    @Override
    public void init() {
        fontFamily = Fonts.load();
    }

    @Override
    public void start(Stage stage) {
        tasks = new BackgroundTasks();
        stage.setTitle("Furat — الفرات — Deir ez-Zor incidents");
        stage.setScene(scene(workspace, tasks, fontFamily));
        // Quitting asks each review with unsaved decisions first, and stays open if the analyst cancels.
        stage.setOnCloseRequest(e -> {
            if (!((MainWindow) stage.getScene().getRoot()).mayClose()) e.consume();
        });
        stage.show();
    }

    @Override
    public void stop() {
        if (tasks != null) tasks.close();
    }
}
