package org.furat.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Data shared beside the project ({@code ../shared/data/...}, never copied into it). Tests that need it skip on a
 * machine without it and fail in CI (environment variable CI=true), which must provide it.
 */
public final class SharedData {

    private SharedData() {}

    static Path require(String relative) {
        return requireShared(Path.of("data", relative).toString());
    }

    /** A file or folder under {@code ../shared} (the corpus is {@code corpus/}, beside {@code data/}). */
    public static Path requireShared(String relative) {
        Path path = Path.of("..", "shared").resolve(relative);
        boolean present = Files.isDirectory(path) || Files.isRegularFile(path);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(path.toAbsolutePath().normalize() + " is missing, but CI must run this test with the shared data");
        }
        Assumptions.assumeTrue(present, path + " is not here");
        return path;
    }
}
