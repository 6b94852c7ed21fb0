package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.furat.app.Importer;
import org.furat.app.Workspace;
import org.furat.model.IncidentFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import queue without a screen: outcomes per report, a failure never stopping the batch, cancel between reports. */
class ImportViewModelTest {

    static final String ARABIC = "قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور، ما أدى إلى مقتل مدنيين اثنين وإصابة خمسة آخرين.";
    static final String ENGLISH = "US forces shelled the village of Khasham in the Deir ez-Zor countryside yesterday, killing two civilians "
            + "and wounding five others, local sources said.";
    private static final Importer.Metadata NOV_20 = new Importer.Metadata(LocalDate.of(2024, 11, 20), "Test outlet", null, null);

    @TempDir
    Path dir;
    private Workspace workspace;
    private final AtomicInteger refreshes = new AtomicInteger();

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("db.gpkg"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aBadFileIsListedWithItsReasonAndTheRestStillImport() throws Exception {
        ImportViewModel model = new ImportViewModel(workspace.importer(), TaskRunner.sameThread(), refreshes::incrementAndGet);
        Path folder = Files.createDirectory(dir.resolve("a folder"));
        List<Path> files = List.of(write("one.txt", ARABIC.getBytes(StandardCharsets.UTF_8)), write("empty.txt", new byte[0]),
                write("picture.txt", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}), folder,
                write("two.txt", ENGLISH.getBytes(StandardCharsets.UTF_8)));
        int before = workspace.filter(IncidentFilter.ALL).count();

        model.importFiles(files, NOV_20);

        List<ImportRow> rows = model.outcomes();
        assertEquals(List.of("one.txt", "empty.txt", "picture.txt", "a folder", "two.txt"), rows.stream().map(ImportRow::name).toList());
        assertEquals(ImportRow.Kind.IMPORTED, rows.get(0).kind(), rows.get(0).message());
        assertTrue(rows.get(0).proposed() > 0);
        assertTrue(rows.get(1).detail().contains("empty.txt is empty"), rows.get(1).detail());
        assertTrue(rows.get(2).detail().contains("binary"), rows.get(2).detail());
        assertTrue(rows.get(3).detail().contains("folder"), rows.get(3).detail());
        assertEquals(ImportRow.Kind.IMPORTED, rows.get(4).kind(), rows.get(4).message());
        assertFalse(rows.get(1).reviewable());
        assertTrue(rows.get(4).reviewable());
        assertEquals(before + rows.get(0).proposed() + rows.get(4).proposed(), workspace.filter(IncidentFilter.ALL).count());
        assertEquals("Done: 2 imported, 3 failed", model.progressTextProperty().get());
        assertFalse(model.runningProperty().get());
        assertEquals(1, refreshes.get(), "the main window is refreshed once, at the end of the batch");
    }

    /** The window reads files with the same reader as the command line: a pipe or a device is never opened. */
    @Test
    @org.junit.jupiter.api.Timeout(value = 60, unit = java.util.concurrent.TimeUnit.SECONDS) // a guard against hanging
    void specialFilesGetARowEachAndTheBatchGoesOn() throws Exception {
        ImportViewModel model = new ImportViewModel(workspace.importer(), TaskRunner.sameThread(), refreshes::incrementAndGet);
        Path fifo = org.furat.fault.NamedPipes.mkfifo(dir.resolve("pipe.txt"));
        List<Path> files = List.of(fifo, Path.of("/dev/zero"), dir.resolve("gone.txt"),
                write("utf16.txt", ("\uFEFF" + ARABIC).getBytes(StandardCharsets.UTF_16BE)));

        model.importFiles(files, NOV_20);

        List<ImportRow> rows = model.outcomes();
        assertEquals("pipe.txt is a named pipe, not a report file; nothing was stored", rows.get(0).detail());
        assertEquals(ImportRow.Kind.FAILED, rows.get(1).kind());
        assertTrue(rows.get(1).detail().startsWith("zero is a device") || !Files.exists(Path.of("/dev/zero")), rows.get(1).detail());
        assertEquals("gone.txt does not exist; nothing was stored", rows.get(2).detail());
        assertEquals(ImportRow.Kind.IMPORTED, rows.get(3).kind(), rows.get(3).message());
        assertEquals("Done: 1 imported, 3 failed", model.progressTextProperty().get());
    }

    @Test
    void cancellingStopsBetweenReportsAndTheOneUnderWayFinishes() throws Exception {
        StepRunner tasks = new StepRunner();
        ImportViewModel model = new ImportViewModel(workspace.importer(), tasks, refreshes::incrementAndGet);
        Path a = write("a.txt", ARABIC.getBytes(StandardCharsets.UTF_8));
        Path b = write("b.txt", ENGLISH.getBytes(StandardCharsets.UTF_8));
        Path c = write("c.txt", ("In a separate incident, " + ENGLISH).getBytes(StandardCharsets.UTF_8));

        model.importFiles(List.of(a, b, c), NOV_20);
        assertTrue(model.runningProperty().get());
        assertEquals("Importing 1 of 3: a.txt", model.progressTextProperty().get());
        assertTrue(model.outcomes().isEmpty(), "nothing is read on the calling (FX) thread");
        tasks.runNext();
        assertEquals("Importing 2 of 3: b.txt", model.progressTextProperty().get());
        assertEquals(1.0 / 3, model.progressProperty().get(), 1e-9);

        model.cancel();
        tasks.runNext();

        assertFalse(tasks.hasWork(), "c.txt was never started");
        assertEquals(List.of("a.txt", "b.txt"), model.outcomes().stream().map(ImportRow::name).toList());
        assertEquals("Cancelled: 2 of 3 done (2 imported); 1 not read", model.progressTextProperty().get());
        assertFalse(model.runningProperty().get());
        assertEquals(1, refreshes.get());
    }

    @Test
    void filesAddedWhileABatchRunsJoinIt() throws Exception {
        StepRunner tasks = new StepRunner();
        ImportViewModel model = new ImportViewModel(workspace.importer(), tasks, refreshes::incrementAndGet);
        model.importFiles(List.of(write("a.txt", ARABIC.getBytes(StandardCharsets.UTF_8))), NOV_20);
        model.importText(ENGLISH, NOV_20);
        assertEquals("Importing 1 of 2: a.txt", model.progressTextProperty().get());
        tasks.runNext();
        assertEquals("Importing 2 of 2: " + ImportViewModel.PASTED, model.progressTextProperty().get());
        tasks.runNext();
        assertEquals("Done: 2 imported", model.progressTextProperty().get());
        assertEquals(1, refreshes.get());
    }

    @Test
    void theSameReportTwiceIsAlreadyInTheDatabaseAndNeedsNoRefresh() {
        ImportViewModel model = new ImportViewModel(workspace.importer(), TaskRunner.sameThread(), refreshes::incrementAndGet);
        model.importText(ARABIC, NOV_20);
        model.importText(ARABIC, NOV_20);
        ImportRow again = model.outcomes().get(1);
        assertEquals(ImportRow.Kind.DUPLICATE, again.kind());
        assertEquals(model.outcomes().get(0).sourceKey(), again.sourceKey());
        assertTrue(again.reviewable());
        assertEquals("Done: 1 already in the database", model.progressTextProperty().get());
        assertEquals(1, refreshes.get(), "only the batch that added something refreshes the map");
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    /** Runs queued work only when asked, so a test can act between one report and the next. */
    private static final class StepRunner implements TaskRunner {
        private final Queue<Runnable> queued = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queued.add(() -> TaskRunner.sameThread().run(work, onSuccess, onFailure));
        }

        boolean hasWork() { return !queued.isEmpty(); }

        void runNext() { queued.remove().run(); }
    }
}
