package org.furat.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.furat.app.Exporter;
import org.furat.app.Workspace;
import org.furat.io.ExportFormat;
import org.furat.io.ExportFormats;
import org.furat.io.Field;
import org.furat.io.FieldType;
import org.furat.io.Gdal;
import org.furat.io.Layer;
import org.furat.model.IncidentFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills {@code furat export} (a child JVM) at every step of its switch of files and at random moments, for every
 * format, writing a new file and replacing an older, different export (the places, 30 features keyed by "key",
 * replaced by the incidents, 24 rows keyed by "incident"). After each kill the files under the target's names must all
 * belong to one export, never a mix; a main file must come with every file of its set; and a part of a set (a switch
 * stopped midway, such as a companion without its main file) must come with the journal recovery needs. After the
 * recovery that every export runs first, the folder must hold exactly the old export or exactly the new one, as GDAL
 * reads them, and no temporary file. Faults are counted rather than stopping at the first; a summary line is printed.
 */
class ExportCrashTest {

    /** Random kills per format and mode; the seed makes a failure reproducible. */
    private static final int RANDOM_KILLS = 2;
    private static final long SEED = 20_261_202L;
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    static Path work;
    private static Path db;
    private static final Map<String, int[]> trialsByFormat = new TreeMap<>();
    private static final Set<String> stepsCovered = new TreeSet<>();
    private static final List<String> faults = new ArrayList<>();

    /** The two exports a trial tells apart: the files of each, by name, with their bytes, and what GDAL reads. */
    private record Export(Map<String, byte[]> files, long features, String keyField) {}

    @BeforeAll
    static void database() {
        Gdal.require();
        db = work.resolve("crash.gpkg");
        Workspace.open(db).close(); // created and seeded once, for every child
    }

    @AfterAll
    static void summary() {
        if (trialsByFormat.isEmpty()) return;
        int switchKills = trialsByFormat.values().stream().mapToInt(t -> t[0]).sum();
        int randomKills = trialsByFormat.values().stream().mapToInt(t -> t[1]).sum();
        StringBuilder perFormat = new StringBuilder();
        trialsByFormat.forEach((format, t) -> perFormat.append(perFormat.isEmpty() ? "" : ", ").append(format).append(' ').append(t[0] + t[1]));
        System.out.printf("Export crash test: %d kills of furat export (%d at the %d steps of the switch and its undo, %d at random moments; %s), %d faults%n",
                switchKills + randomKills, switchKills, stepsCovered.size(), randomKills, perFormat, faults.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"shp", "gpkg", "geojson", "kml", "csv"})
    void aKilledExportLeavesTheOldFilesOrTheNewNeverAMix(String formatName) throws Exception {
        ExportFormat format = ExportFormats.byName(formatName);
        Export older = reference(format, Exporter.What.PLACES);
        Export newer = reference(format, Exporter.What.INCIDENTS);
        Random random = new Random(SEED + formatName.hashCode());
        int[] trials = trialsByFormat.computeIfAbsent(formatName, f -> new int[2]);
        int before = faults.size();
        for (boolean overwrite : new boolean[] {false, true}) {
            Export old = overwrite ? older : null;
            // Learn the steps and how long an uninterrupted export takes.
            Path traced = trialFolder(format, old);
            Path trace = work.resolve("trace-" + formatName + "-" + overwrite);
            long started = System.nanoTime();
            ChildJvm.Result whole = export(format, traced, overwrite, Map.of("furat.kill-trace", trace.toString())).run(LIMIT);
            Duration runTime = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(0, whole.exit(), whole.err());
            List<String> steps = Files.readAllLines(trace, StandardCharsets.UTF_8).stream().filter(s -> s.startsWith("export.")).toList();
            assertFalse(steps.isEmpty(), "the switch reports its steps");
            checkAfterRecovery(format, traced, old, newer, formatName + " uninterrupted");
            for (String step : steps) {
                // Deleting the staging folder of a switch that set nothing aside is the same code with less in it.
                if (!overwrite && step.startsWith("export.delete-")) continue;
                Path folder = trialFolder(format, old);
                ChildJvm.Result killed = export(format, folder, overwrite, Map.of("furat.kill-at", step)).run(LIMIT);
                String trial = formatName + (overwrite ? " overwriting" : " new") + ", killed at " + step;
                if (!killed.killed()) faults.add(trial + ": the export was not killed (exit " + killed.exit() + ")\n" + killed.err());
                check(format, folder, old, newer, trial);
                stepsCovered.add(step);
                trials[0]++;
            }
            for (int i = 0; i < RANDOM_KILLS; i++) {
                Path folder = trialFolder(format, old);
                Duration delay = Duration.ofMillis((long) (random.nextDouble() * runTime.toMillis() * 1.1));
                export(format, folder, overwrite, Map.of()).killAfter(delay);
                check(format, folder, old, newer, formatName + (overwrite ? " overwriting" : " new") + ", killed after " + delay.toMillis() + " ms");
                trials[1]++;
            }
        }
        assertEquals(List.of(), faults.subList(before, faults.size()), "faults found for " + formatName);
    }

    @Test
    void theNextExportCommandFinishesAnInterruptedSwitchAndLeavesNoTemporaryFile() throws Exception {
        ExportFormat format = ExportFormats.byName("shp");
        Export older = reference(format, Exporter.What.PLACES);
        Export newer = reference(format, Exporter.What.INCIDENTS);
        Path folder = trialFolder(format, older);
        assertTrue(export(format, folder, true, Map.of("furat.kill-at", "export.aside-3")).run(LIMIT).killed());
        assertTrue(Files.exists(staging(folder)), "the killed export left its staging folder");
        ChildJvm.Result next = export(format, folder, false, Map.of()).run(LIMIT);
        assertTrue(next.err().contains("was undone"), next.err());
        assertTrue(next.err().contains("already exists"), "the old files are back, so an export that may not overwrite is refused: " + next.err());
        assertEquals(older.files().keySet(), outputsPresent(format, folder));
        ChildJvm.Result again = export(format, folder, true, Map.of()).run(LIMIT);
        assertEquals(0, again.exit(), again.err());
        assertEquals(newer.files().keySet(), namesIn(folder), "the new files and nothing else");
    }

    @Test
    void aRecoveryThatIsKilledItselfIsFinishedByTheNext() throws Exception {
        ExportFormat format = ExportFormats.byName("shp");
        Export older = reference(format, Exporter.What.PLACES);
        Export newer = reference(format, Exporter.What.INCIDENTS);
        Map<String, String> midway = Map.of("furat.kill-at", "export.in-2"); // every old file aside, two new ones in
        Path traced = trialFolder(format, older);
        assertTrue(export(format, traced, true, midway).run(LIMIT).killed());
        Path trace = work.resolve("trace-undo");
        export(format, traced, false, Map.of("furat.kill-trace", trace.toString())).run(LIMIT);
        List<String> steps = Files.readAllLines(trace, StandardCharsets.UTF_8).stream()
                .filter(s -> s.startsWith("export.undo.") || s.startsWith("export.delete-")).toList();
        assertEquals(2 + older.files().size(), steps.stream().filter(s -> s.startsWith("export.undo.")).count(),
                "two new files out, every old file back: " + steps);
        assertTrue(steps.containsAll(List.of("export.delete-journal", "export.delete-new-1")),
                "then the staging folder is deleted, the journal first: " + steps);
        int before = faults.size();
        for (String step : steps) {
            Path folder = trialFolder(format, older);
            assertTrue(export(format, folder, true, midway).run(LIMIT).killed());
            ChildJvm.Result recovering = export(format, folder, false, Map.of("furat.kill-at", step)).run(LIMIT);
            String trial = "shp recovery killed at " + step;
            if (!recovering.killed()) faults.add(trial + ": the recovery was not killed (exit " + recovering.exit() + ")");
            checkAfterKill(format, folder, older, newer, trial);
            Exporter.recoverInterruptedExports(folder);
            checkAfterRecovery(format, folder, older, newer, trial);
            if (!outputsPresent(format, folder).equals(older.files().keySet())) faults.add(trial + ": the old files are not all back");
            stepsCovered.add(step);
            trialsByFormat.computeIfAbsent("shp", f -> new int[2])[0]++;
        }
        assertEquals(List.of(), faults.subList(before, faults.size()));
    }

    @Test
    void theNextExportRemovesTheTemporaryFilesOfEarlierVersionsAndNothingElse() throws Exception {
        ExportFormat format = ExportFormats.byName("csv");
        Path folder = trialFolder(format, null);
        List<String> leftovers = List.of(".incidents.csv.4096318720.part", ".incidents.csvt.77.part", ".x.gpkg.12.part-journal");
        List<String> unrelated = List.of(".notes.txt.12.part", ".furat-export-.tmp", "furat-export-x.csv.tmp", "report.csv.part");
        for (String name : leftovers) Files.writeString(folder.resolve(name), "partial");
        for (String name : unrelated) Files.writeString(folder.resolve(name), "someone else's");
        ChildJvm.Result r = export(format, folder, false, Map.of()).run(LIMIT);
        assertEquals(0, r.exit(), r.err());
        Set<String> expected = new TreeSet<>(unrelated);
        expected.addAll(names(format.outputs(folder.resolve("export.csv"))));
        assertEquals(expected, namesIn(folder));
    }

    /** The export a reference run writes, written in-process by the same code the child runs. */
    private static Export reference(ExportFormat format, Exporter.What what) throws IOException {
        Path folder = Files.createTempDirectory(work, "reference-");
        Path target = folder.resolve("export" + format.extension());
        try (Workspace workspace = Workspace.open(db)) {
            new Exporter(workspace).export(workspace.filter(IncidentFilter.ALL), what, format.name(), target, false, false,
                    (w, t) -> {}, () -> false, recovered -> {});
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Path output : format.outputs(target)) files.put(output.getFileName().toString(), Files.readAllBytes(output));
        Gdal.Summary summary = Gdal.summary(target, List.of());
        String key = what == Exporter.What.PLACES ? "key" : "incident";
        assertTrue(summary.fieldTypes().containsKey(key), summary.text());
        return new Export(files, summary.featureCount(), key);
    }

    /** A fresh folder holding the older export's files, or nothing. */
    private static Path trialFolder(ExportFormat format, Export old) throws IOException {
        Path folder = Files.createTempDirectory(work, "trial-" + format.name() + "-");
        if (old != null) for (var file : old.files().entrySet()) Files.write(folder.resolve(file.getKey()), file.getValue());
        return folder;
    }

    private static ChildJvm export(ExportFormat format, Path folder, boolean overwrite, Map<String, String> properties) {
        List<String> args = new ArrayList<>(List.of("export", "--db", db.toString(), "--format", format.name(),
                "--out", folder.resolve("export" + format.extension()).toString()));
        if (overwrite) args.add("--overwrite");
        return ChildJvm.furat(properties, args.toArray(String[]::new)).quickStart();
    }

    /** The state a kill left, then the state recovery leaves. */
    private static void check(ExportFormat format, Path folder, Export old, Export newer, String trial) throws IOException {
        checkAfterKill(format, folder, old, newer, trial);
        Exporter.recoverInterruptedExports(folder);
        checkAfterRecovery(format, folder, old, newer, trial);
    }

    /** Every file under a target's name belongs to one export; a main file comes with its whole set and reads whole. */
    private static void checkAfterKill(ExportFormat format, Path folder, Export old, Export newer, String trial) throws IOException {
        Set<String> present = outputsPresent(format, folder);
        Set<String> owners = new LinkedHashSet<>();
        for (String name : present) {
            byte[] bytes = Files.readAllBytes(folder.resolve(name));
            boolean isOld = old != null && Arrays.equals(bytes, old.files().get(name));
            boolean isNew = Arrays.equals(bytes, newer.files().get(name));
            if (isOld && isNew) continue; // the same in both (a .prj, a .cpg): it cannot make a mix
            if (isOld) owners.add("old");
            else if (isNew) owners.add("new");
            else if (!format.name().equals("gpkg")) owners.add("neither"); // a GeoPackage holds its time of writing
        }
        if (owners.size() > 1 || owners.contains("neither")) faults.add(trial + ": the files are a mix (" + owners + ") of " + present);
        String main = "export" + format.extension();
        if (present.contains(main)) readsAsOneExport(format, folder, old, newer, present, trial + " (before recovery)");
        boolean whole = present.equals(newer.files().keySet()) || (old == null ? present.isEmpty() : present.equals(old.files().keySet()));
        if (!whole && !Files.exists(folder.resolve(".furat-export-" + main + ".tmp").resolve("journal"))) {
            faults.add(trial + ": " + present + " is neither export, and no journal says how to finish or undo it");
        }
    }

    /** Exactly the old export or exactly the new one, and nothing else in the folder. */
    private static void checkAfterRecovery(ExportFormat format, Path folder, Export old, Export newer, String trial) throws IOException {
        Set<String> present = outputsPresent(format, folder);
        Set<String> all = namesIn(folder);
        if (!all.equals(present)) faults.add(trial + ": after recovery the folder still holds " + minus(all, present));
        if (present.isEmpty()) {
            if (old != null) faults.add(trial + ": after recovery the old files are gone");
            return;
        }
        readsAsOneExport(format, folder, old, newer, present, trial + " (after recovery)");
    }

    private static void readsAsOneExport(ExportFormat format, Path folder, Export old, Export newer, Set<String> present, String trial)
            throws IOException {
        Path main = folder.resolve("export" + format.extension());
        Gdal.Run run = Gdal.run("ogrinfo", "-ro", "-so", "-al", main.toString());
        long count = run.out().lines().filter(l -> l.startsWith("Feature Count: ")).mapToLong(l -> Long.parseLong(l.substring(15)))
                .findFirst().orElse(-1);
        Export matched = old != null && count == old.features() && hasField(run.out(), old.keyField()) ? old
                : count == newer.features() && hasField(run.out(), newer.keyField()) ? newer : null;
        if (run.exitCode() != 0 || matched == null) {
            faults.add(trial + ": GDAL reads " + count + " features, which is neither export\n" + run.out() + run.err());
        } else if (!present.equals(matched.files().keySet())) {
            faults.add(trial + ": the main file is there with " + present + " instead of " + matched.files().keySet());
        }
    }

    private static boolean hasField(String ogrinfo, String field) {
        return ogrinfo.lines().anyMatch(l -> l.startsWith(field + ": "));
    }

    private static Set<String> outputsPresent(ExportFormat format, Path folder) {
        Set<String> present = new TreeSet<>();
        for (Path output : format.outputs(folder.resolve("export" + format.extension()))) {
            if (Files.exists(output)) present.add(output.getFileName().toString());
        }
        return present;
    }

    private static Set<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return new TreeSet<>(list.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static Set<String> names(List<Path> paths) {
        return new TreeSet<>(paths.stream().map(p -> p.getFileName().toString()).toList());
    }

    private static Set<String> minus(Set<String> all, Set<String> some) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(some);
        return rest;
    }

    private static Path staging(Path folder) {
        return folder.resolve(".furat-export-export.shp.tmp");
    }

    @Test
    void aStagingFolderWhoseExportIsStillRunningIsLeftAlone() throws Exception {
        ExportFormat format = ExportFormats.byName("geojson");
        Path folder = trialFolder(format, null);
        try (var writer = format.open(folder.resolve("export.geojson"), new Layer("places", List.of(new Field("key", FieldType.TEXT, 10, "")), null))) {
            assertFalse(Exporter.recoverInterruptedExports(folder).iterator().hasNext(), "nothing to recover");
            assertTrue(Files.exists(folder.resolve(".furat-export-export.geojson.tmp")), "the running export's files stay");
            // The look from this process must not have dropped the running export's lock: another process's export
            // to the same folder must also leave its staging folder alone.
            ChildJvm.Result other = ChildJvm.furat(Map.of(), "export", "--db", db.toString(), "--format", "csv",
                    "--out", folder.resolve("other.csv").toString()).quickStart().run(LIMIT);
            assertEquals(0, other.exit(), other.err());
            assertTrue(Files.exists(folder.resolve(".furat-export-export.geojson.tmp")),
                    "another process's export removed the staging folder of an export still running: " + other.err());
            IOException second = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                    () -> format.open(folder.resolve("export.geojson"), new Layer("places", List.of(new Field("key", FieldType.TEXT, 10, "")), null)));
            assertTrue(second.getMessage().contains("Another export to " + folder.resolve("export.geojson") + " is under way"), second.getMessage());
        }
        assertEquals(names(ExportFormats.byName("csv").outputs(folder.resolve("other.csv"))), namesIn(folder),
                "closed without commit: nothing of it left, only the other export's files");
    }
}
