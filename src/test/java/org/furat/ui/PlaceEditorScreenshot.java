package org.furat.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Dialog;
import org.furat.app.PlaceFields;
import org.furat.app.Workspace;
import org.furat.model.Place;

/**
 * Renders the place editor on Hatla (docs/screenshot-place-editor.png), as "Edit place…" opens it: Arabic name and
 * spellings right to left, kind, precision and typed coordinates. Run on a display:
 * {@code java -cp <test and runtime class path> org.furat.ui.PlaceEditorScreenshot docs/screenshot-place-editor.png}.
 */
public final class PlaceEditorScreenshot {

    private PlaceEditorScreenshot() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "screenshot-place-editor.png");
        Path folder = Files.createTempDirectory("furat-place-shot");
        Workspace workspace = Workspace.open(folder.resolve("shot.gpkg"));
        Place hatla = workspace.place("hatla").orElseThrow();
        CompletableFuture<BufferedImage> shot = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                String font = Fonts.load();
                PlaceForm form = PlaceForm.editing(workspace.gazetteerEditor()::coordinates, hatla);
                Dialog<PlaceFields> dialog = PlaceEditorDialog.create(null, font, "Edit " + Labels.place(hatla), form);
                dialog.show();
                // Two pulses, so the dialog is laid out before it is drawn.
                Platform.runLater(() -> Platform.runLater(() ->
                        shot.complete(SwingFXUtils.fromFXImage(dialog.getDialogPane().getScene().snapshot(null), null))));
            } catch (RuntimeException e) {
                shot.completeExceptionally(e);
            }
        });
        ScreenshotFile.write(shot, out, workspace);
    }
}
