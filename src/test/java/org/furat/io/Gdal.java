package org.furat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * GDAL's command-line tools, the reference reader the export tests check files against. Tests that need them skip
 * on a machine without GDAL and fail in CI (environment variable CI=true), which installs it.
 */
public final class Gdal {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Boolean available;
    private static Optional<String> validatorPython;

    /** The output of a finished program. */
    public record Run(int exitCode, String out, String err) {
        /** Lines of stderr that report a problem. */
        public List<String> problems() {
            return err.lines().filter(l -> l.contains("ERROR") || l.contains("Warning")).toList();
        }
    }

    /** What {@code ogrinfo -so} says about a layer. */
    public record Summary(long featureCount, String geometry, String crs, Map<String, String> fieldTypes, String text) {}

    private Gdal() {}

    /** Skips where a tool is missing on a developer's machine; in CI, which installs it, its absence is a failure. */
    public static void assumeOrFailInCi(boolean present, String missing) {
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(missing + ", but CI must run this check (.ci/run installs it)");
        }
        Assumptions.assumeTrue(present, missing);
    }

    /** Skips (or fails in CI) unless ogrinfo and ogr2ogr run. */
    public static void require() {
        assumeOrFailInCi(available(), "GDAL (ogrinfo, ogr2ogr) is not installed");
    }

    public static synchronized boolean available() {
        if (available == null) {
            try {
                available = run("ogrinfo", "--version").exitCode() == 0 && run("ogr2ogr", "--version").exitCode() == 0;
            } catch (IOException e) {
                available = false;
            }
        }
        return available;
    }

    public static Run run(String... command) throws IOException {
        return run(List.of(command));
    }

    public static Run run(List<String> command) throws IOException {
        Path out = Files.createTempFile("furat-gdal", ".out");
        Path err = Files.createTempFile("furat-gdal", ".err");
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

    /** The file as GDAL reads it, converted by ogr2ogr to GeoJSON and parsed; fails on any GDAL error or warning. */
    public static JsonNode readAsGeoJson(Path file, List<String> openOptions) throws IOException {
        Path geojson = Files.createTempFile("furat-gdal", ".geojson");
        Files.delete(geojson);
        try {
            List<String> command = new ArrayList<>(List.of("ogr2ogr", "-f", "GeoJSON"));
            command.addAll(openOptions);
            command.add(geojson.toString());
            command.add(file.toString());
            Run r = run(command);
            assertEquals(0, r.exitCode(), () -> "ogr2ogr failed: " + r.err());
            assertEquals(List.of(), r.problems(), "ogr2ogr complained reading " + file.getFileName());
            JsonNode root = JSON.readTree(Files.readString(geojson, StandardCharsets.UTF_8));
            assertEquals("FeatureCollection", root.path("type").asText());
            return root;
        } finally {
            Files.deleteIfExists(geojson);
        }
    }

    /** {@code ogrinfo -ro -so -al}: the (single) layer's feature count, geometry type, CRS and field types. */
    public static Summary summary(Path file, List<String> openOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of("ogrinfo", "-ro", "-so", "-al"));
        command.addAll(openOptions);
        command.add(file.toString());
        Run r = run(command);
        assertEquals(0, r.exitCode(), () -> "ogrinfo failed: " + r.err());
        assertEquals(List.of(), r.problems(), "ogrinfo complained reading " + file.getFileName());
        String text = r.out();
        Matcher count = Pattern.compile("(?m)^Feature Count: (\\d+)").matcher(text);
        if (!count.find()) throw new AssertionError("ogrinfo gave no feature count:\n" + text);
        Matcher geometry = Pattern.compile("(?m)^Geometry: (.+)$").matcher(text);
        Map<String, String> types = new LinkedHashMap<>();
        Matcher field = Pattern.compile("(?m)^(\\S.*?): (String|Integer|Integer64|Real|Date|DateTime|Time)(?:\\(\\w+\\))? \\(").matcher(text);
        while (field.find()) types.put(field.group(1), field.group(2));
        return new Summary(Long.parseLong(count.group(1)), geometry.find() ? geometry.group(1).strip() : null,
                crs(text), types, text);
    }

    /** The WKT after "Layer SRS WKT:": its first line and the indented lines that continue it. */
    private static String crs(String ogrinfo) {
        List<String> lines = ogrinfo.lines().toList();
        int start = lines.indexOf("Layer SRS WKT:");
        if (start < 0 || start + 1 >= lines.size()) return null;
        StringBuilder wkt = new StringBuilder(lines.get(start + 1));
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith(" "); i++) wkt.append('\n').append(lines.get(i));
        return wkt.toString();
    }

    /** A python3 on the PATH that can import GDAL's GeoPackage validator (osgeo_utils, Debian python3-gdal). */
    public static synchronized Optional<String> pythonWithGeoPackageValidator() {
        if (validatorPython != null) return validatorPython;
        validatorPython = Optional.empty();
        String path = System.getenv("PATH");
        if (path == null) return validatorPython;
        for (String folder : path.split(File.pathSeparator)) {
            Path python = Path.of(folder, "python3");
            if (!Files.isExecutable(python)) continue;
            try {
                if (run(python.toString(), "-c", "import osgeo_utils.samples.validate_gpkg").exitCode() == 0) {
                    validatorPython = Optional.of(python.toString());
                    break;
                }
            } catch (IOException e) {
                // try the next one
            }
        }
        return validatorPython;
    }
}
