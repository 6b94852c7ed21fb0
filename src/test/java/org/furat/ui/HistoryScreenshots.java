package org.furat.ui;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.furat.app.Importer;
import org.furat.app.Workspace;
import org.furat.model.ChangeQuery;

/**
 * Renders the History panel of an incident (docs/screenshot-history.png) and the Recent changes window
 * (docs/screenshot-recent-changes.png), each over the main window, on a new database: the analyst's name set, a report
 * imported, an incident deleted with an Arabic reason and restored. Run on a display:
 * {@code java -cp <test and runtime class path> org.furat.ui.HistoryScreenshots HISTORY.png RECENT.png}.
 */
public final class HistoryScreenshots {

    static final String INCIDENT = "seed-2024-11-conoco-shells-seven-villages";

    private HistoryScreenshots() {}

    public static void main(String[] args) throws Exception {
        Path history = Path.of(args.length > 0 ? args[0] : "screenshot-history.png");
        Path recent = Path.of(args.length > 1 ? args[1] : "screenshot-recent-changes.png");
        Path folder = Files.createTempDirectory("furat-history-shot");
        Workspace workspace = Workspace.open(folder.resolve("shot.gpkg"));
        workspace.setAnalystName("Layla Hassan");
        workspace.importer().importReport("report.txt", ReviewWindowUiTest.REPORT.getBytes(StandardCharsets.UTF_8),
                new Importer.Metadata(LocalDate.of(2024, 11, 19), "Deir ez-Zor 24", null, null), false);
        workspace.deleteIncident(INCIDENT, "مكرر: الحدث نفسه مسجل في تقرير آخر");
        workspace.restoreIncident(INCIDENT);

        CompletableFuture<BufferedImage[]> shots = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                Scene main = FuratApplication.scene(workspace, TaskRunner.sameThread(), Fonts.load());
                MainWindow window = (MainWindow) main.getRoot();
                Stage stage = new Stage();
                stage.setScene(main);
                stage.show();
                window.model().selectPlace("hatla");
                HistoryViewModel model = window.model().history();
                HistoryWindow panel = new HistoryWindow(model, new ChangeQuery(ChangeQuery.Subject.INCIDENT, INCIDENT, null, HistoryWindow.PAGE),
                        key -> {});
                RecentChangesWindow changes = new RecentChangesWindow(model, key -> {});
                ((TitledPane) changes.actions().getChildren().get(1)).setExpanded(true);
                ((TitledPane) changes.actions().getChildren().get(2)).setExpanded(true);
                // Down the incident list far enough to show the first card's buttons, History among them.
                main.getRoot().applyCss();
                main.getRoot().layout();
                ((javafx.scene.control.skin.VirtualFlow<?>) main.lookup("#incident-list .virtual-flow")).scrollPixels(70);
                Platform.runLater(() -> Platform.runLater(() -> {
                    WritableImage background = main.snapshot(null);
                    shots.complete(new BufferedImage[] {
                        over(background, panel, "History of incident " + INCIDENT, window.getStyle(), 760, 740, Pos.CENTER_LEFT),
                        over(background, changes, "Recent changes", window.getStyle(), 980, 800, Pos.CENTER_LEFT)});
                }));
            } catch (RuntimeException e) {
                shots.completeExceptionally(e);
            }
        });
        try {
            BufferedImage[] images = shots.get();
            ImageIO.write(images[0], "png", history.toFile());
            ImageIO.write(images[1], "png", recent.toFile());
        } finally {
            Platform.exit();
            workspace.close();
        }
        System.out.println("Wrote " + history + " and " + recent);
    }

    /** The window's content in a frame with a title bar, over a picture of the main window, 1400x880 in all. */
    private static BufferedImage over(WritableImage background, Parent content, String title, String style, double width, double height,
                                      Pos where) {
        Label titleBar = new Label(title);
        titleBar.setMaxWidth(Double.MAX_VALUE);
        titleBar.setPadding(new Insets(5, 10, 5, 10));
        titleBar.setStyle("-fx-background-color: #dfe4ea; -fx-font-weight: bold;");
        BorderPane frame = new BorderPane(content);
        frame.setTop(titleBar);
        frame.setMaxSize(width, height);
        frame.setPrefSize(width, height);
        frame.setStyle("-fx-border-color: #7a8796; -fx-border-width: 1; -fx-background-color: white; "
                + "-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.35), 18, 0.2, 0, 4);");
        StackPane root = new StackPane(new ImageView(background), frame);
        StackPane.setAlignment(frame, where);
        StackPane.setMargin(frame, new Insets(40, 0, 40, 30));
        root.setStyle(style);
        Scene scene = new Scene(root, 1400, 880);
        scene.getStylesheets().add(HistoryScreenshots.class.getResource("furat.css").toExternalForm());
        root.applyCss();
        root.layout();
        return SwingFXUtils.fromFXImage(scene.snapshot(null), null);
    }
}
