package org.furat.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.furat.app.Workspace;

/**
 * Renders the main window with the incident table (docs/screenshot-table.png): a new, seeded database with every
 * status shown, two rows chosen and the first one's card and source under the table. With {@code --db FILE} it shows
 * that database instead. Run on a display:
 * {@code java -cp <test and runtime class path> org.furat.ui.TableScreenshot docs/screenshot-table.png [--db FILE]}.
 */
public final class TableScreenshot {

    private TableScreenshot() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "screenshot-table.png");
        Path db = args.length > 2 && args[1].equals("--db") ? Path.of(args[2])
                : Files.createTempDirectory("furat-table-shot").resolve("shot.gpkg");
        Workspace workspace = Workspace.open(db);
        CompletableFuture<BufferedImage> shot = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                Scene scene = FuratApplication.scene(workspace, TaskRunner.sameThread(), Fonts.load());
                MainWindow window = (MainWindow) scene.getRoot();
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                window.model().filterProperty().set(MainViewModel.DEFAULT_FILTER.withStatuses(Set.of()));
                @SuppressWarnings("unchecked")
                TableView<RowRef> table = (TableView<RowRef>) scene.lookup("#incident-table");
                table.getSelectionModel().selectRange(1, 3);
                // A few pulses, so that the table, the card and the source are laid out before they are drawn.
                Platform.runLater(() -> Platform.runLater(() -> Platform.runLater(
                        () -> shot.complete(SwingFXUtils.fromFXImage(scene.snapshot(null), null)))));
            } catch (RuntimeException e) {
                shot.completeExceptionally(e);
            }
        });
        ScreenshotFile.write(shot, out, workspace);
    }
}
