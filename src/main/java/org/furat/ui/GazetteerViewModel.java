package org.furat.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.furat.app.GazetteerImporter;

/**
 * The gazetteer window's state: the imports recorded in the database, a dry run of an import and then the import
 * itself, and removing an import. Every read and write goes through the task runner, never the FX thread. An import
 * is offered only after a dry run of exactly that request, so the analyst has seen what it adds, merges and skips.
 * After an import or a removal the main window is told to read the gazetteer again. Call on the FX thread.
 */
public final class GazetteerViewModel {

    private final GazetteerImporter importer;
    private final TaskRunner tasks;
    private final Runnable onGazetteerChanged;

    private final ObservableList<GazetteerImporter.Source> sources = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<GazetteerImporter.Summary> summary = new ReadOnlyObjectWrapper<>();
    /** The request the shown dry run was made for: Import writes it. Null when there is nothing to import. */
    private final ReadOnlyObjectWrapper<GazetteerImporter.Request> planned = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** What went wrong, whole; null when nothing did. */
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    /** The form changed while a dry run was under way: its summary shows, but Import waits for a new dry run. */
    private boolean changedDuringRun;

    public GazetteerViewModel(GazetteerImporter importer, TaskRunner tasks, Runnable onGazetteerChanged) {
        this.importer = importer;
        this.tasks = tasks;
        this.onGazetteerChanged = onGazetteerChanged;
    }

    /** Reads the imports recorded in the database. */
    public void loadSources() {
        tasks.run(importer::sources, sources::setAll, this::fail);
    }

    /** Reads the files and says what importing them would do, writing nothing. */
    public void dryRun(GazetteerImporter.Request request) {
        if (running.get()) return;
        start("Reading the files and comparing them with the gazetteer…");
        planned.set(null);
        summary.set(null);
        changedDuringRun = false;
        tasks.run(() -> importer.importFiles(request), s -> {
            running.set(false);
            summary.set(s);
            if (changedDuringRun) {
                status.set(s.sentence() + " The form changed meanwhile: run the dry run again to import.");
            } else {
                planned.set(request);
                status.set(s.sentence() + (s.added() + s.merged() > 0 ? " Import writes it." : ""));
            }
        }, this::fail);
    }

    /** Imports what the last dry run was made for, in one transaction. */
    public void importPlanned() {
        GazetteerImporter.Request request = planned.get();
        if (request == null || running.get()) return;
        start("Importing places from " + (request.source() == null ? "the files" : request.source()) + "…");
        tasks.run(() -> importer.importFiles(request.toWrite()), s -> {
            running.set(false);
            planned.set(null);
            summary.set(s);
            status.set(s.sentence());
            changed();
        }, this::fail);
    }

    /** Takes an import back out, keeping places that incidents refer to. */
    public void remove(String source) {
        if (running.get()) return;
        start("Removing the places of " + source + "…");
        tasks.run(() -> importer.remove(source), r -> {
            running.set(false);
            // The outcome table showed an import; after a removal it would mislead.
            summary.set(null);
            planned.set(null);
            status.set(removed(r));
            changed();
        }, this::fail);
    }

    /** The form changed: the shown dry run no longer describes what Import would write. */
    public void forgetDryRun() {
        if (running.get()) changedDuringRun = true;
        else planned.set(null);
    }

    /** Shows a problem with what the analyst asked for in the error bar. */
    public void problem(String message) {
        error.set(message);
    }

    public void dismissError() {
        error.set(null);
    }

    private void start(String what) {
        running.set(true);
        error.set(null);
        status.set(what);
    }

    private void changed() {
        loadSources();
        onGazetteerChanged.run();
    }

    private void fail(Throwable e) {
        running.set(false);
        status.set("");
        error.set(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    /** "Removed 12 places and 3 spellings of geonames", and which places were kept and why. */
    static String removed(GazetteerImporter.Removal r) {
        StringBuilder s = new StringBuilder("Removed " + Labels.count(r.removedPlaces().size(), "place") + " and "
                + Labels.count(r.removedVariants(), "spelling") + " of " + r.source() + ".");
        if (!r.kept().isEmpty()) {
            s.append(" Kept ").append(Labels.count(r.kept().size(), "place")).append(" that incidents or place groups refer to: ")
                    .append(String.join(", ", r.kept().stream().map(k -> k.nameEn() + " (" + k.key() + ")").toList()))
                    .append("; relink or delete those incidents, then remove the source again.");
        }
        return s.toString();
    }

    public ObservableList<GazetteerImporter.Source> sources() { return sources; }

    /** The last dry run's or import's summary; null before the first and while one runs. */
    public ReadOnlyObjectProperty<GazetteerImporter.Summary> summaryProperty() { return summary.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<GazetteerImporter.Request> plannedProperty() { return planned.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** The names of the recorded imports, for tests and messages. */
    List<String> sourceNames() { return sources.stream().map(GazetteerImporter.Source::name).toList(); }
}
