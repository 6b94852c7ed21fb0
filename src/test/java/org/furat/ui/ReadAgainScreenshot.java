package org.furat.ui;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.furat.app.GazetteerImporter;
import org.furat.app.GazetteerTestFiles;
import org.furat.app.Importer;
import org.furat.app.Workspace;

/**
 * Renders the review screen comparing a report's stored reading with today's (docs/screenshot-reread.png): a
 * report imported, then the village «الزر» and a second Al-Jafrah added to the gazetteer, then "Read again".
 * Run on a display: {@code java -cp <test and runtime class path> org.furat.ui.ReadAgainScreenshot docs/screenshot-reread.png}.
 */
public final class ReadAgainScreenshot {

    private ReadAgainScreenshot() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "screenshot-reread.png");
        Path folder = Files.createTempDirectory("furat-reread-shot");
        Workspace workspace = Workspace.open(folder.resolve("shot.gpkg"));
        String sourceKey = workspace.importer().importReport("report.txt", ReviewWindowUiTest.REPORT.getBytes(StandardCharsets.UTF_8),
                new Importer.Metadata(LocalDate.of(2024, 11, 19), "Deir ez-Zor 24", null, null), false).sourceKey();
        Path wof = Files.createDirectories(folder.resolve("wof"));
        GazetteerTestFiles.wof(wof, 9001, "locality", "Al-Zir", "الزر", 40.42, 35.18, Map.of());
        GazetteerTestFiles.wof(wof, 9002, "locality", "Al-Jafrah", "الجفرة", 40.55, 35.02, Map.of());
        workspace.gazetteerImporter().importFiles(new GazetteerImporter.Request(List.of(wof), GazetteerImporter.Format.WOF,
                "Who's On First (sample)", null, null, null, null, false));

        CompletableFuture<BufferedImage> shot = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                ReviewViewModel model = new ReviewViewModel(workspace, TaskRunner.sameThread(), sourceKey, () -> {});
                ReviewWindow window = new ReviewWindow(model, Fonts.load(), () -> null, List::of, List::of);
                Stage stage = new Stage();
                Scene scene = new Scene(window, 1400, 880);
                scene.getStylesheets().add(ReviewWindow.class.getResource("furat.css").toExternalForm());
                stage.setScene(scene);
                stage.show();
                model.load();
                model.readAgain();
                // Two pulses, so the comparison is laid out before it is drawn.
                Platform.runLater(() -> Platform.runLater(() -> shot.complete(SwingFXUtils.fromFXImage(scene.snapshot(null), null))));
            } catch (RuntimeException e) {
                shot.completeExceptionally(e);
            }
        });
        ScreenshotFile.write(shot, out, workspace);
    }
}
