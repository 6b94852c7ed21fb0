package org.furat.io.shapefile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs GDAL's command-line tools for the tests that check our files against the reference reader and writer. */
final class ShapefileGdal {

    /** The output of a finished program. */
    record Run(int exitCode, String out, String err) {

        /** Lines of standard error that report a problem. */
        List<String> problems() {
            return err.lines().filter(l -> l.contains("ERROR") || l.contains("Warning")).toList();
        }
    }

    private static Boolean available;

    private ShapefileGdal() {}

    /** Skips where a tool is missing on a developer's machine; in CI, which installs it, its absence is a failure. */
    static void assumeOrFailInCi(boolean available, String missing) {
        if (!available && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(missing + ", but CI must run this check (.ci/run installs it)");
        }
        Assumptions.assumeTrue(available, missing);
    }

    /** Skips (or fails in CI) unless ogrinfo and ogr2ogr run. */
    static void requireGdal() {
        assumeOrFailInCi(gdalAvailable(), "GDAL (ogrinfo, ogr2ogr) is not installed");
    }

    static synchronized boolean gdalAvailable() {
        if (available == null) {
            try {
                available = run("ogrinfo", "--version").exitCode() == 0 && run("ogr2ogr", "--version").exitCode() == 0;
            } catch (IOException e) {
                available = false;
            }
        }
        return available;
    }

    static Run run(String... command) throws IOException {
        Path out = Files.createTempFile("gdal-out", ".txt");
        Path err = Files.createTempFile("gdal-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try {
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IOException(String.join(" ", command) + " did not finish");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
