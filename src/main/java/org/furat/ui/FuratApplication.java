package org.furat.ui;

import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.furat.app.DatabaseHealth;
import org.furat.app.Workspace;

/**
 * The JavaFX application. {@link #open} shows the window on a workspace and returns when it closes;
 * {@link #openOnProblem} shows why a database could not be opened and lets the analyst choose another. What it
 * is given is handed over through statics because JavaFX constructs the application itself.
 */
public final class FuratApplication extends Application {

    private static volatile Workspace workspace;
    private static volatile String failedDatabase;
    private static volatile String failure;
    private BackgroundTasks tasks;
    /** Checks the whole database file once the map is up, beside the tasks the map waits for. */
    private BackgroundTasks checks;
    private Timeline otherChanges;
    private String fontFamily;
    /** A database the analyst opened from the problem view: this application closes it. */
    private Workspace openedHere;

    /** Opens the window on a workspace and blocks until the window is closed. */
    public static void open(Workspace workspace) {
        FuratApplication.workspace = Objects.requireNonNull(workspace);
        Application.launch(FuratApplication.class);
    }

    /**
     * Opens the window on a database that could not be opened: it says why and offers another database, a new
     * one, or a check of this one. Blocks until the window is closed.
     */
    public static void openOnProblem(String database, String problem) {
        failedDatabase = Objects.requireNonNull(database);
        failure = Objects.requireNonNull(problem);
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
        if (workspace != null) {
            showMap(stage, workspace);
        } else {
            stage.setScene(problemScene(tasks, fontFamily, failedDatabase, failure, opened -> {
                openedHere = opened;
                showMap(stage, opened);
                // The map's scene is larger than the problem view's: fit the window to it, on the screen.
                stage.sizeToScene();
                stage.centerOnScreen();
            }));
        }
        // Quitting asks each review with unsaved decisions first, and stays open if the analyst cancels.
        stage.setOnCloseRequest(e -> {
            if (stage.getScene().getRoot() instanceof MainWindow main && !main.mayClose()) e.consume();
        });
        stage.show();
    }

    private void showMap(Stage stage, Workspace open) {
        stage.setScene(scene(open, tasks, fontFamily));
        if (checks == null) checks = new BackgroundTasks("furat-check");
        MainViewModel model = ((MainWindow) stage.getScene().getRoot()).model();
        model.checkDatabase(checks);
        // Another window, a command or a colleague may write to the same database: a team database announces each
        // change as it commits, and it shows here at once; a file is looked at every second.
        if (open.whenOthersChange(() -> javafx.application.Platform.runLater(model::takeInOtherChanges),
                problem -> javafx.application.Platform.runLater(() -> model.serverReach(problem)))) return;
        otherChanges = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.takeInOtherChanges()));
        otherChanges.setCycleCount(Animation.INDEFINITE);
        otherChanges.play();
    }

    /** The scene that explains why {@code database} did not open; used by {@link #start} and by UI tests. */
    static Scene problemScene(TaskRunner tasks, String family, String database, String problem,
                              java.util.function.Consumer<Workspace> onOpened) {
        DatabaseProblemView view = new DatabaseProblemView(tasks, Workspace::open,
                file -> String.join("\n", DatabaseHealth.check(file).lines()), onOpened);
        view.show(database, problem);
        StackPane root = new StackPane(view);
        root.setStyle("-fx-font-family: \"" + family + "\";");
        Scene scene = new Scene(root, 1000, 640);
        scene.getStylesheets().add(Objects.requireNonNull(FuratApplication.class.getResource("furat.css")).toExternalForm());
        return scene;
    }

    @Override
    public void stop() {
        if (otherChanges != null) otherChanges.stop();
        if (tasks != null) tasks.close();
        if (checks != null) checks.close();
        if (openedHere != null) openedHere.close();
    }
}
