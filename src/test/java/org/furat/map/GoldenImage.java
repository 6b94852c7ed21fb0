package org.furat.map;

import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Compares a rendered image with an expected PNG committed under src/test/resources/org/furat/map/golden, as
 * JOSM's rendering tests do: two pixels match when no colour channel differs by more than {@link #CHANNEL_TOLERANCE},
 * and the image matches when at most {@link #MAX_DIFFERING_SHARE} of its pixels differ (antialiasing of text
 * edges may vary a little between JavaFX builds). On a mismatch it writes the actual image and a difference
 * image (differing pixels red over a faded copy of the expected image) to target/golden/ and says where.
 * <p>Run with {@code -Dfurat.golden.update=true} to write the rendered images as the new expected ones instead
 * (then look at them before committing).
 */
final class GoldenImage {

    static final int CHANNEL_TOLERANCE = 40;
    static final double MAX_DIFFERING_SHARE = 0.001;
    static final Path EXPECTED_DIR = Path.of("src", "test", "resources", "org", "furat", "map", "golden");
    static final Path OUTPUT_DIR = Path.of("target", "golden");
    static final String UPDATE_PROPERTY = "furat.golden.update";

    private GoldenImage() {}

    /** Asserts that the image matches the expected image {@code name}.png, or writes it there when updating. */
    static void assertMatches(BufferedImage actual, String name) throws IOException {
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(EXPECTED_DIR);
            ImageIO.write(actual, "png", EXPECTED_DIR.resolve(name + ".png").toFile());
            return;
        }
        BufferedImage expected;
        try (InputStream in = GoldenImage.class.getResourceAsStream("golden/" + name + ".png")) {
            if (in == null) {
                fail("No expected image golden/" + name + ".png: " + written(actual, null, name)
                        + "; run with -D" + UPDATE_PROPERTY + "=true to create it");
                return;
            }
            expected = ImageIO.read(in);
        }
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            fail(name + ": the image is " + actual.getWidth() + "x" + actual.getHeight() + ", expected "
                    + expected.getWidth() + "x" + expected.getHeight() + "; " + written(actual, null, name));
        }
        BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
        long differing = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y), e = expected.getRGB(x, y);
                if (differs(a, e)) {
                    differing++;
                    diff.setRGB(x, y, 0xff0000);
                } else {
                    diff.setRGB(x, y, faded(e));
                }
            }
        }
        long pixels = (long) actual.getWidth() * actual.getHeight();
        if (differing > MAX_DIFFERING_SHARE * pixels) {
            fail(String.format(java.util.Locale.ROOT, "%s: %d of %d pixels (%.2f%%) differ from the expected image by more than %d in a channel "
                            + "(at most %.2f%% may); %s", name, differing, pixels, 100.0 * differing / pixels, CHANNEL_TOLERANCE,
                    100 * MAX_DIFFERING_SHARE, written(actual, diff, name)));
        }
    }

    private static boolean differs(int a, int e) {
        for (int shift = 0; shift <= 24; shift += 8) {
            if (Math.abs(((a >>> shift) & 0xff) - ((e >>> shift) & 0xff)) > CHANNEL_TOLERANCE) return true;
        }
        return false;
    }

    /** A pixel of the expected image, washed out so the red differences stand out. */
    private static int faded(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        int grey = (r + g + b) / 3;
        int v = 170 + grey / 3;
        return (v << 16) | (v << 8) | v;
    }

    private static String written(BufferedImage actual, BufferedImage diff, String name) throws IOException {
        Files.createDirectories(OUTPUT_DIR);
        Path actualFile = OUTPUT_DIR.resolve(name + "-actual.png");
        ImageIO.write(actual, "png", actualFile.toFile());
        if (diff == null) return "the rendered image is " + actualFile.toAbsolutePath();
        Path diffFile = OUTPUT_DIR.resolve(name + "-diff.png");
        ImageIO.write(diff, "png", diffFile.toFile());
        return "the rendered image is " + actualFile.toAbsolutePath() + ", the differences (red) are " + diffFile.toAbsolutePath();
    }
}
