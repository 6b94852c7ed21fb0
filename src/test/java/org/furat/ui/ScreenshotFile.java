package org.furat.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Future;
import javafx.application.Platform;
import javax.imageio.ImageIO;
import org.furat.app.Workspace;

/** The end of every screenshot program: the picture written as a PNG, then JavaFX and the workspace closed. */
final class ScreenshotFile {

    private ScreenshotFile() {}

    static void write(Future<BufferedImage> shot, Path out, Workspace workspace) throws Exception {
        try {
            ImageIO.write(shot.get(), "png", out.toFile());
        } catch (IOException e) {
            throw new IOException("Cannot write " + out, e);
        } finally {
            Platform.exit();
            workspace.close();
        }
        System.out.println("Wrote " + out);
    }
}
