package org.furat.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.furat.app.Importer;
import org.furat.app.ReportFiles;

/**
 * The import window's state: a queue of reports (pasted text or files) imported one at a time through the task
 * runner, so reading and storing never happen on the FX thread, with progress, the outcome of each, and a
 * cancel that takes effect between reports. Reports added while a batch runs join it. When a batch ends the
 * main window is told to show the new data (once per batch, not per report: re-reading the incidents after
 * each of a thousand files would slow the import down). Call its methods on the FX thread.
 */
public final class ImportViewModel {

    /** The name a pasted report goes by in messages. */
    static final String PASTED = "Pasted report";

    private final Importer importer;
    private final TaskRunner tasks;
    private final Runnable onDataChanged;

    private final Queue<Job> queue = new ArrayDeque<>();
    private final ObservableList<ImportRow> outcomes = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private boolean cancelled;
    /** The batch under way: reports done and in all, and how they went. */
    private int done, total, imported, duplicates, failed;
    /** The name of the report under way. */
    private String current;

    /** One report to import: a file to read, or text already in hand. */
    private record Job(String name, Path file, String text, Importer.Metadata metadata) {}

    public ImportViewModel(Importer importer, TaskRunner tasks, Runnable onDataChanged) {
        this.importer = importer;
        this.tasks = tasks;
        this.onDataChanged = onDataChanged;
    }

    /** Imports pasted (or dropped) text as one report. */
    public void importText(String text, Importer.Metadata metadata) {
        enqueue(List.of(new Job(PASTED, null, text, metadata)));
    }

    /** Imports each file as a report; a file that fails is listed with its reason and the rest still import. */
    public void importFiles(List<Path> files, Importer.Metadata metadata) {
        enqueue(files.stream().map(f -> new Job(name(f), f, null, metadata)).toList());
    }

    /** Stops the batch after the report under way (which is stored whole or not at all). */
    public void cancel() {
        if (running.get()) cancelled = true;
    }

    private void enqueue(List<Job> jobs) {
        if (jobs.isEmpty()) return;
        queue.addAll(jobs);
        total += jobs.size();
        if (running.get()) {
            showProgress();
        } else {
            running.set(true);
            next();
        }
    }

    private void showProgress() {
        progress.set((double) done / total);
        progressText.set(String.format("Importing %,d of %,d: %s", done + 1, total, current));
    }

    private void next() {
        Job job = cancelled ? null : queue.poll();
        if (job == null) {
            finish();
            return;
        }
        current = job.name();
        showProgress();
        tasks.run(() -> importOne(job), this::add,
                e -> add(ImportRow.failed(job.name(), job.name() + " was not imported: " + e.getMessage())));
    }

    private void add(ImportRow row) {
        outcomes.add(row);
        switch (row.kind()) {
            case IMPORTED -> imported++;
            case DUPLICATE -> duplicates++;
            case FAILED -> failed++;
        }
        done++;
        next();
    }

    /** Runs off the FX thread: reads the file and imports it. Any error becomes a failed row, never an end to the batch. */
    private ImportRow importOne(Job job) {
        byte[] bytes;
        if (job.text() != null) {
            bytes = job.text().getBytes(StandardCharsets.UTF_8);
        } else {
            ReportFiles.Read read = ReportFiles.read(job.file(), job.name());
            if (read.failed()) return ImportRow.failed(job.name(), read.failure());
            bytes = read.bytes();
        }
        try {
            return ImportRow.of(importer.importReport(job.name(), bytes, job.metadata(), false));
        } catch (RuntimeException e) {
            // A full disk or a locked database: this report is not stored, and the next may well be.
            return ImportRow.failed(job.name(), job.name() + " was not imported: " + e.getMessage());
        }
    }

    private void finish() {
        int notRead = queue.size();
        progressText.set(cancelled
                ? String.format("Cancelled: %,d of %,d done (%s); %,d not read", done, total, tally(), notRead)
                : String.format("Done: %s", tally()));
        queue.clear();
        boolean changed = imported > 0;
        cancelled = false;
        done = total = imported = duplicates = failed = 0;
        progress.set(1);
        running.set(false);
        if (changed) onDataChanged.run();
    }

    /** "2 imported, 1 already in the database, 1 failed", leaving out what did not happen. */
    private String tally() {
        StringBuilder s = new StringBuilder();
        if (imported > 0) s.append(imported).append(" imported");
        if (duplicates > 0) s.append(s.isEmpty() ? "" : ", ").append(duplicates).append(" already in the database");
        if (failed > 0) s.append(s.isEmpty() ? "" : ", ").append(failed).append(" failed");
        return s.isEmpty() ? "nothing imported" : s.toString();
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** Every report's outcome since the window opened, in the order they were imported. */
    public ObservableList<ImportRow> outcomes() { return outcomes; }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** The share of the batch done, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    /** "Importing 3 of 12: report.html", then what the batch came to. */
    public ReadOnlyStringProperty progressTextProperty() { return progressText.getReadOnlyProperty(); }
}
