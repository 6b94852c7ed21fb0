package org.furat.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.furat.app.ConcurrentEdit;
import org.furat.app.EditConflict;
import org.furat.app.Exporter;
import org.furat.app.FilterResult;
import org.furat.app.IncidentOrder;
import org.furat.app.PlaceSummary;
import org.furat.app.RegionAreas;
import org.furat.app.Workspace;
import org.furat.map.Basemap;
import org.furat.map.MapDefinition;
import org.furat.map.Pin;
import org.furat.map.PinIncidents;
import org.furat.map.PlaceLayers;
import org.furat.geo.AdminLookup;
import org.furat.model.ActorRole;
import org.furat.model.Actor;
import org.furat.model.Deletion;
import org.furat.model.Incident;
import org.furat.model.IncidentFilter;
import org.furat.model.Place;
import org.furat.model.PlaceLink;

/**
 * The main window's state and the use cases behind it. One shared filter drives the pins, the counts, the
 * timeline and the incident list; changing it recomputes them together off the FX thread, and while one
 * computation runs further changes merge into the next. Only this class talks to the workspace, always
 * through the task runner. Call its methods on the FX thread.
 */
public final class MainViewModel {

    /**
     * What the window shows at first and after "Clear filter": reviewed (verified) incidents. The extractor's
     * proposals wait in the review screen, and show on the map only when the analyst asks for them by status,
     * so an export of "what the map shows" never carries unreviewed guesses.
     */
    public static final IncidentFilter DEFAULT_FILTER = IncidentFilter.ALL.withStatuses(Set.of(org.furat.model.Status.VERIFIED));

    private final Workspace workspace;
    /** What the person may do here, known when the database was opened. */
    private final org.furat.model.Access access;
    private final TaskRunner tasks;

    private final ReadOnlyObjectWrapper<Basemap> basemap = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<String>> gazetteerCredits = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<PlaceLayers> placeLayers = new ReadOnlyObjectWrapper<>(PlaceLayers.NONE);
    private final ObservableList<Pin> pins = FXCollections.observableArrayList();
    private final ObservableList<Pin> pinsView = FXCollections.unmodifiableObservableList(pins);
    /** Areas of region-level incidents, drawn on their outlines rather than as pins on the units' seats. */
    private final ReadOnlyObjectWrapper<List<RegionAreas.Area>> areas = new ReadOnlyObjectWrapper<>(List.of());
    /** The area whose incidents the list shows (set before {@link #selection}, which then holds its units); or null. */
    private final ReadOnlyObjectWrapper<RegionAreas.Area> selectedArea = new ReadOnlyObjectWrapper<>();
    /** The places whose incidents the list shows; empty for all places. */
    private final ReadOnlyObjectWrapper<List<Place>> selection = new ReadOnlyObjectWrapper<>(List.of());
    /** The incident table's rows: every incident the filter matches at the chosen places, in the chosen order. */
    private final ReadOnlyObjectWrapper<ObservableList<RowRef>> rows = new ReadOnlyObjectWrapper<>(FXCollections.emptyObservableList());
    /** The order the table is sorted in; changing it lists the incidents again in that order. */
    private final ObjectProperty<IncidentOrder.Sort> sort = new SimpleObjectProperty<>(IncidentOrder.Sort.NEWEST_FIRST);
    /** The row whose card shows under the table (the table's selected row), or null. */
    private final ReadOnlyObjectWrapper<IncidentRow> detail = new ReadOnlyObjectWrapper<>();
    /** What the last change to several incidents did ("3 incidents set to verified"), or empty. */
    private final ReadOnlyStringWrapper bulkOutcome = new ReadOnlyStringWrapper("");
    /** What Undo and Redo would take back now. */
    private final ReadOnlyObjectWrapper<UndoState> undoState = new ReadOnlyObjectWrapper<>(new UndoState(null, null));
    private final ReadOnlyStringWrapper listCaption = new ReadOnlyStringWrapper("");
    private static final String NOTHING_MATCHES = "No incident matches the filter here";
    /** What the incident list says when it is empty. */
    private final ReadOnlyStringWrapper emptyList = new ReadOnlyStringWrapper(NOTHING_MATCHES);
    private final ReadOnlyObjectWrapper<List<SourceExcerpt>> excerpt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FilterResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Loading the map…");
    /** The last error, shown whole above the map until dismissed; null when there is none. */
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    /** Something the analyst should know about the database (it was upgraded, it is read-only); null when nothing. */
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper();
    private final BooleanProperty englishLabels = new SimpleBooleanProperty(true);
    private final ObjectProperty<IncidentFilter> filter = new SimpleObjectProperty<>(DEFAULT_FILTER);
    private final ReadOnlyObjectWrapper<Vocabulary> vocabulary = new ReadOnlyObjectWrapper<>();
    private boolean refreshing;
    private boolean lookingForOtherChanges;
    /** Whether another look was asked for while one was under way. */
    private boolean lookAgain;
    /** Runs once the first result is shown; null when nothing waits for it. */
    private Runnable afterFirstResult;
    private boolean refreshAgain;

    /** The gazetteer and actors the filter pickers offer, and whether the data is synthetic. */
    public record Vocabulary(List<Place> places, List<Actor> actors, boolean synthetic) {}

    public MainViewModel(Workspace workspace, TaskRunner tasks) {
        this.workspace = workspace;
        this.access = workspace.access();
        this.tasks = tasks;
        filter.addListener((o, was, is) -> refresh());
        sort.addListener((o, was, is) -> listAgain());
    }

    /** Loads the basemap, the vocabulary and the first result. */
    public void load() {
        notice.set(workspace.upgradeNotice().orElse(!workspace.readOnly() ? null : access.team()
                ? "You are a viewer of the team database " + workspace.databaseName() + " (as " + access.user() + "): you can look "
                        + "at it and export from it; to import, review or edit, ask its owner to make you an analyst or an editor."
                : "The database " + workspace.databaseName() + " is read-only (the file or its folder cannot be written): "
                        + "you can look at it and export from it, but imports and reviews cannot be saved."));
        tasks.run(() -> Basemap.load(MapDefinition.DEIR_EZ_ZOR), basemap::set, this::fail);
        tasks.run(() -> new Vocabulary(workspace.places(), workspace.actors(), workspace.synthetic()), vocabulary::set, this::fail);
        loadPlaceLayers();
        tasks.run(() -> workspace.gazetteerImporter().attributions(), gazetteerCredits::set, this::fail);
        readUndoState();
        refresh();
    }

    /**
     * Checks the whole database file on {@code checks} (a runner of its own: at a million incidents it takes
     * seconds, which the filter must not wait for) once the first result is on screen, so that it does not slow
     * the first frame; damage found is shown in the error bar.
     */
    public void checkDatabase(TaskRunner checks) {
        Runnable check = () -> checks.run(workspace::checkWholeFile, damage -> damage.ifPresent(error::set), this::fail);
        if (result.get() != null) check.run();
        else afterFirstResult = check;
    }

    /** A review of one report on this window's workspace; saving it brings the window up to date. */
    public ReviewViewModel review(String sourceKey) {
        return new ReviewViewModel(workspace, tasks, sourceKey, this::dataChanged);
    }

    /** The {@code limit} newest reports with proposals still to review, for the Review menu. */
    public void reportsToReview(int limit, java.util.function.Consumer<List<org.furat.model.PendingReport>> onList) {
        tasks.run(() -> workspace.reportsToReview(limit), onList, this::fail);
    }

    /** Reads the gazetteer and the incidents again after they changed (a review saved, reports imported). */
    public void dataChanged() {
        readUndoState();
        tasks.run(() -> new Vocabulary(workspace.places(), workspace.actors(), workspace.synthetic()), vocabulary::set, this::fail);
        loadPlaceLayers();
        refresh();
    }

    /**
     * Looks, off the FX thread, for what others committed to the database since the last look (another window or a
     * command on this file): their changes are taken into the index, the data is shown again, and the notice bar says
     * who did what. The window calls this every second, or when a team database announces a change; a look still
     * under way is not doubled, but is followed by another when asked meanwhile (it may have read before the change).
     */
    public void takeInOtherChanges() {
        if (lookingForOtherChanges) {
            lookAgain = true;
            return;
        }
        lookingForOtherChanges = true;
        lookAgain = false;
        tasks.run(workspace::takeInOtherChanges, actions -> {
            lookingForOtherChanges = false;
            if (!actions.isEmpty()) {
                notice.set(otherChanges(actions) + hiddenProposals(actions, filter.get()));
                dataChanged();
            }
            if (lookAgain) takeInOtherChanges();
        }, e -> {
            lookingForOtherChanges = false;
            fail(e);
        });
    }

    /**
     * Says in the notice bar that the team database cannot be reached ({@code problem}), or, when null, that it can
     * again, and then takes in what others did meanwhile. Nothing on screen is dropped: an editor or a review keeps
     * what was typed, and saving it again once the server answers saves it.
     */
    public void serverReach(String problem) {
        if (problem != null) {
            notice.set(problem + ". Furat tries again every two seconds; what you have not saved stays on screen, and a save "
                    + "that fails saves nothing, so it can be made again.");
            return;
        }
        notice.set("The team database answers again.");
        takeInOtherChanges();
    }

    /** "Changed elsewhere: Sara: delete incident (a duplicate)", and how many more when there were several. */
    static String otherChanges(List<org.furat.model.ActionSummary> actions) {
        org.furat.model.ActionSummary last = actions.get(actions.size() - 1);
        String why = last.why().equals(last.name()) ? "" : " (" + last.why().strip() + ")";
        String more = actions.size() == 1 ? "" : " and " + (actions.size() - 1) + " change" + (actions.size() == 2 ? "" : "s") + " before it";
        return "Changed elsewhere: " + last.who() + ": " + last.name() + why + more;
    }

    /**
     * When others imported reports and the filter shows no proposed incidents, where their proposals are: an import's
     * incidents are proposed until reviewed, and the window opens on verified ones.
     */
    static String hiddenProposals(List<org.furat.model.ActionSummary> actions, IncidentFilter filter) {
        boolean imported = actions.stream().anyMatch(a -> a.name().equals("import report"));
        boolean hidden = !filter.statuses().isEmpty() && !filter.statuses().contains(org.furat.model.Status.PROPOSED);
        return imported && hidden ? "; its proposed incidents show with Status › proposed, or in Review" : "";
    }

    /** Deletes an incident for a reason (kept, and hidden unless deleted incidents are shown), then shows the data again. */
    public void deleteIncident(String key, String reason) {
        change(() -> {
            workspace.deleteIncident(key, reason);
            return "Deleted " + key + ": " + reason.strip();
        });
    }

    /** Adds an incident the analyst coded by hand, then shows the data again. */
    public void addIncident(IncidentForm.Entry entry) {
        IncidentFilter current = filter.get();
        change(() -> {
            org.furat.model.Incident added = workspace.addIncident(entry.incident(), entry.note());
            return "Added " + added.key() + hiddenBy(current, added);
        });
    }

    /** Nothing when the filter shows the incident; else why it does not show, so a saved incident is not thought lost. */
    private String hiddenBy(IncidentFilter current, org.furat.model.Incident incident) {
        if (workspace.matches(current, incident.key())) return "";
        if (!current.statuses().isEmpty() && !current.statuses().contains(incident.status())) {
            return ", " + incident.status().code() + ": the filter shows " + current.statuses().stream().map(org.furat.model.Status::code)
                    .sorted().collect(java.util.stream.Collectors.joining(" and ")) + " incidents only (tick " + incident.status().code()
                    + " under Status to see it)";
        }
        return ": the filter hides it (its dates, type, places or actors are outside it)";
    }

    /**
     * Saves the analyst's correction of {@code opened}, then shows the data again. Should someone else have changed
     * the same fields since it was opened, nothing is saved unless {@code settle} says how: {@code onConflict} gets
     * the fields, and the data is shown again with their change.
     */
    public void editIncident(org.furat.model.Incident opened, IncidentForm.Entry entry, ConcurrentEdit.Settle settle,
                             java.util.function.Consumer<EditConflict> onConflict) {
        IncidentFilter current = filter.get();
        change(() -> {
            org.furat.model.Incident saved = workspace.editIncident(opened, entry.incident(), entry.reason(), settle);
            return "Saved " + saved.key() + hiddenBy(current, saved);
        }, e -> {
            if (!(e instanceof EditConflict conflict)) return false;
            onConflict.accept(conflict);
            dataChanged();
            return true;
        });
    }

    /** Merges another incident into the kept one, then shows the data again. */
    public void mergeIncidents(String kept, String other, String reason) {
        change(() -> "Merged " + other + " into " + workspace.mergeIncidents(kept, other, reason).key());
    }

    /** The incidents that may be other records of the same event: at one of its places, within a week of its dates. */
    public void mergeCandidates(org.furat.model.Incident incident, java.util.function.Consumer<List<org.furat.model.Incident>> onFound) {
        tasks.run(() -> {
            java.util.Set<String> places = incident.places().stream().map(org.furat.model.PlaceLink::placeKey).collect(java.util.stream.Collectors.toSet());
            IncidentFilter near = IncidentFilter.ALL.withDates(incident.dates().start().minusDays(7), incident.dates().end().plusDays(7));
            if (!places.isEmpty()) near = near.withPlaces(places);
            return workspace.incidents(near).stream().filter(i -> !i.key().equals(incident.key())).limit(200).toList();
        }, onFound, this::fail);
    }

    /** Takes back the analyst's latest change (Ctrl+Z). */
    public void undo() {
        change(() -> "Done: " + workspace.undo());
    }

    /** Takes back the analyst's latest undo (Ctrl+Shift+Z). */
    public void redo() {
        change(() -> "Done: " + workspace.redo());
    }

    /** What Undo and Redo would take back now, read again after every change: for their tooltips and whether they are enabled. */
    public ReadOnlyObjectProperty<UndoState> undoStateProperty() { return undoState.getReadOnlyProperty(); }

    private void readUndoState() {
        tasks.run(() -> new UndoState(workspace.nextUndo().map(s -> s.name()).orElse(null), workspace.nextRedo().map(s -> s.name()).orElse(null)),
                undoState::set, this::fail);
    }

    /** The action Undo would take back and the undo Redo would, by name; null when there is none. */
    public record UndoState(String undo, String redo) {}


    /** A write off the FX thread; then the data is shown again and the outcome in the notice bar. */
    private void change(java.util.function.Supplier<String> write) {
        change(write, e -> false);
    }

    /** {@link #change(java.util.function.Supplier)} with failures {@code handled} deals with (true) kept from the error bar. */
    private void change(java.util.function.Supplier<String> write, java.util.function.Predicate<Throwable> handled) {
        Runnable saved = slowSaveNotice();
        tasks.run(write::get, done -> {
            saved.run();
            notice.set(done);
            bulkOutcome.set(""); // what the last change of several rows did no longer stands
            dataChanged();
        }, e -> {
            saved.run();
            if (!handled.test(e)) fail(e);
        });
    }

    private static final String SAVING = "Saving… the database is busy with another change; yours is saved as soon as it is free.";

    /**
     * Says in the notice bar, once a save has taken longer than a second, that it waits: another person's change holds
     * the database (a write waits its turn), and otherwise nothing on screen would tell the save is still to come.
     * Returns what to run when the save is over, which takes the notice back if it is still showing. Off the FX thread
     * (a test's model) it says nothing.
     */
    private Runnable slowSaveNotice() {
        if (!javafx.application.Platform.isFxApplicationThread()) return () -> { };
        javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        wait.setOnFinished(e -> notice.set(SAVING));
        wait.play();
        return () -> {
            wait.stop();
            if (SAVING.equals(notice.get())) notice.set(null);
        };
    }

    /** Whether the database cannot be written: nothing can be changed, only shown and exported. */
    public boolean readOnly() {
        return workspace.readOnly();
    }

    /** Whether the person may verify, delete and merge incidents and change the gazetteer and the actors. */
    public boolean editorial() {
        return access.editorial();
    }

    /** A key for a new incident. */
    String newIncidentKey() {
        return workspace.newIncidentKey();
    }

    /**
     * Reopens the saved review of a report (its reviewed incidents are proposals again), shows the data again and
     * then runs {@code then} (opening the review).
     */
    public void reopenReview(String sourceKey, Runnable then) {
        tasks.run(() -> workspace.reopenReview(sourceKey), reopened -> {
            notice.set(reopened == 0 ? "Nothing of " + sourceKey + " was reviewed yet: its review opens as it is"
                    : "Reopened the review of " + sourceKey + ": " + reopened + (reopened == 1 ? " incident is a proposal" : " incidents are proposals") + " again");
            dataChanged();
            then.run();
        }, this::fail);
    }

    /** Takes an incident's deletion back, then shows the data again. */
    public void restoreIncident(String key) {
        change(() -> {
            workspace.restoreIncident(key);
            return "Restored " + key;
        });
    }

    /**
     * Reads the gazetteer, its credits and the incidents again after a gazetteer import or removal, so the new
     * places are on the map, in the place filter and the place picker, and their sources are credited.
     */
    public void gazetteerChanged() {
        tasks.run(() -> workspace.gazetteerImporter().attributions(), gazetteerCredits::set, this::fail);
        dataChanged();
    }

    /** Tells dropped files apart (reports or gazetteer files) off the FX thread: it reads the first line of .txt files. */
    public void classifyDrop(List<java.nio.file.Path> files, java.util.function.Consumer<org.furat.app.DroppedFiles.Kind> onKind) {
        tasks.run(() -> org.furat.app.DroppedFiles.classify(files), onKind, this::fail);
    }

    /** Recomputes everything the filter drives; requests made while one runs merge into a single next run. */
    private void refresh() {
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        IncidentFilter current = filter.get();
        List<Place> chosen = selection.get();
        RegionAreas.Area area = selectedArea.get();
        IncidentOrder.Sort order = sort.get();
        tasks.run(() -> {
            // A place merged away or deleted since it was chosen or filtered on is dropped, not read as an error.
            IncidentFilter known = withKnownPlaces(current);
            List<Place> present = stillThere(chosen);
            FilterResult r = workspace.filter(known);
            return new Refreshed(r, listing(present, area, known, order), workspace.regionAreas(r), workspace.incidentsByPlace(r),
                    present, known);
        }, refreshed -> {
            refreshing = false;
            // Only while the analyst has not chosen anew meanwhile: a newer choice is never overwritten by this one.
            if (selection.get() == chosen && !refreshed.places().equals(chosen)) selection.set(refreshed.places());
            if (filter.get() == current && !refreshed.filter().equals(current)) filter.set(refreshed.filter());
            emptyList.set(NOTHING_MATCHES);
            areas.set(refreshed.areas());
            show(refreshed.result(), refreshed.incidentsByPlace());
            showRows(refreshed.rows());
            if (afterFirstResult != null) {
                Runnable waiting = afterFirstResult;
                afterFirstResult = null;
                waiting.run();
            }
            if (refreshAgain) {
                refreshAgain = false;
                refresh();
            }
        }, e -> {
            refreshing = false;
            refreshAgain = false;
            // An empty list would read as "nothing matches": say instead that the incidents could not be read, and
            // take down counts that no longer hold.
            rows.set(FXCollections.emptyObservableList());
            detail.set(null);
            listCaption.set("The incidents could not be read: see the message above the map");
            emptyList.set("The incidents could not be read");
            status.set("Could not read the database " + workspace.databaseName());
            fail(e);
        });
    }

    private record Refreshed(FilterResult result, Listing rows, List<RegionAreas.Area> areas, Map<String, int[]> incidentsByPlace,
                             List<Place> places, IncidentFilter filter) {}

    /** The chosen places that are still in the gazetteer. Off the FX thread (the gazetteer may be read again). */
    private List<Place> stillThere(List<Place> chosen) {
        return chosen.stream().filter(p -> workspace.place(p.key()).isPresent()).toList();
    }

    /** The filter without the places no longer in the gazetteer. Off the FX thread. */
    private IncidentFilter withKnownPlaces(IncidentFilter f) {
        java.util.Set<String> known = f.places().stream().filter(k -> workspace.place(k).isPresent()).collect(Collectors.toSet());
        return known.size() == f.places().size() ? f : f.withPlaces(known);
    }

    /**
     * What the table lists: the incidents' row ids in order, and what their rows' text needs: the one chosen place
     * (their role there is shown) or null, the chosen area or null, and the deletions to mark.
     */
    private record Listing(long[] ids, String onlyPlace, RegionAreas.Area area, Map<String, Deletion> deletions) {}

    private void show(FilterResult r, Map<String, int[]> incidentsByPlace) {
        result.set(r);
        // A unit's incidents are drawn on its area (see areasProperty), not as a pin on the town that is its seat.
        pins.setAll(r.places().stream().filter(s -> !workspace.drawnAsArea(s.place()))
                .map(s -> pin(s, incidentsByPlace.get(s.place().key()))).toList());
        status.set(Labels.count(r.count(), "incident") + " at " + Labels.count(r.places().size(), "place")
                + " · database " + workspace.databaseName() + (access.team() ? " " + access.summary() : ""));
    }

    /**
     * A place's pin, holding which incidents are there so that a cluster counts each once, as the header does, and
     * marked deleted when all of them are (deleted incidents shown).
     */
    private static Pin pin(PlaceSummary s, int[] incidents) {
        Place p = s.place();
        // Read from the same index as the result, so the sizes agree; should they not, the cluster adds up counts.
        PinIncidents held = incidents != null && incidents.length == s.incidentCount() ? new PinIncidents(incidents) : null;
        return new Pin(p.key(), p.lon(), p.lat(), p.nameAr(), p.nameEn(), s.incidentCount(), s.dominantType(), s.precision(), held, s.allDeleted());
    }

    /** The incidents the table lists: those of the chosen area, or at the chosen places (or everywhere), under the filter. */
    private Listing listing(List<Place> places, RegionAreas.Area area, IncidentFilter current, IncidentOrder.Sort order) {
        return area == null ? rows(places, current, order) : areaRows(area, current, order);
    }

    /** The incidents at the chosen places, or everywhere, under the filter. Runs off the FX thread. */
    private Listing rows(List<Place> places, IncidentFilter current, IncidentOrder.Sort order) {
        FilterResult r = workspace.filterAt(current, places.stream().map(Place::key).collect(Collectors.toSet()));
        String only = places.size() == 1 ? places.get(0).key() : null;
        return new Listing(workspace.sortedIds(r, order), only, null, deletions(current));
    }

    /** The incidents of an area under the filter: those that name it (what its badge counts). Off the FX thread. */
    private Listing areaRows(RegionAreas.Area area, IncidentFilter current, IncidentOrder.Sort order) {
        FilterResult r = workspace.filter(current);
        String only = area.unitKeys().size() == 1 ? area.key() : null;
        return new Listing(workspace.sortedAreaIds(r, area.key(), order), only, area, deletions(current));
    }

    /** Reads a page of a listing's rows, in order, null for an incident gone meanwhile. Off the FX thread. */
    private List<IncidentRow> readRows(Listing listing, long[] ids) {
        List<IncidentRow> read = new ArrayList<>(ids.length);
        for (Incident i : workspace.incidentsInOrder(ids)) {
            if (i == null) {
                read.add(null);
                continue;
            }
            IncidentRow row = row(i, listing.onlyPlace(), listing.deletions());
            RegionAreas.Area area = listing.area();
            read.add(area == null || listing.onlyPlace() != null ? row : new IncidentRow(row.incident(), row.when(), row.what(),
                    row.who(), row.toll(), placesNamingArea(row.incident(), area), row.places(), row.deletion()));
        }
        return read;
    }

    /** A group area's incident's places: the area by its name rather than each of its units, then any others. */
    private String placesNamingArea(Incident i, RegionAreas.Area area) {
        List<String> others = i.places().stream().map(PlaceLink::placeKey).distinct().filter(k -> !area.unitKeys().contains(k))
                .map(k -> workspace.place(k).map(Place::nameEn).orElse(k)).toList();
        return others.isEmpty() ? area.nameEn() : area.nameEn() + ", " + String.join(", ", others);
    }

    private void showRows(Listing shown) {
        IncidentPages pages = new IncidentPages(shown.ids(), ids -> readRows(shown, ids), tasks, this::fail);
        int chosenAgain = indexOf(shown.ids(), shownId);
        rows.set(FXCollections.observableList(pages.refs()));
        detail.set(null);
        listCaption.set(Labels.count(shown.ids().length, "incident"));
        // The incident being looked at (just corrected, say) stays chosen when it is still listed.
        rowToChoose.set(-1);
        if (chosenAgain >= 0) rowToChoose.set(chosenAgain);
    }

    private static int indexOf(long[] ids, long id) {
        if (id < 0) return -1;
        for (int i = 0; i < ids.length; i++) if (ids[i] == id) return i;
        return -1;
    }

    /** The row the table should choose again after new rows came in (the incident that was shown), or -1. */
    public javafx.beans.property.ReadOnlyIntegerProperty rowToChooseProperty() { return rowToChoose.getReadOnlyProperty(); }

    private final javafx.beans.property.ReadOnlyIntegerWrapper rowToChoose = new javafx.beans.property.ReadOnlyIntegerWrapper(-1);
    /** The row id of the incident whose card is shown, or -1. */
    private long shownId = -1;

    /** Lists the incidents again for the current places and filter, in the current order. */
    private void listAgain() {
        IncidentFilter current = filter.get();
        List<Place> chosen = selection.get();
        RegionAreas.Area area = selectedArea.get();
        IncidentOrder.Sort order = sort.get();
        tasks.run(() -> listing(stillThere(chosen), area, withKnownPlaces(current), order), this::showRows, this::fail);
    }

    /** Shows the incidents at a place (or, for null, everywhere) under the filter, newest first. */
    public void selectPlace(String key) {
        selectPlaces(key == null ? List.of() : List.of(key));
    }

    /** Shows the incidents at any of these places (a cluster's), or everywhere for none. */
    public void selectPlaces(List<String> keys) {
        IncidentFilter current = filter.get();
        IncidentOrder.Sort order = sort.get();
        tasks.run(() -> {
            List<Place> places = keys.stream().map(workspace::place).flatMap(java.util.Optional::stream).toList();
            return new PlaceRows(places, rows(places, current, order));
        }, chosen -> {
            selectedArea.set(null);
            selection.set(chosen.places());
            showRows(chosen.rows());
            excerpt.set(null);
        }, this::fail);
    }

    private record PlaceRows(List<Place> places, Listing rows) {}

    /**
     * Shows the incidents of an area of region-level incidents (a badge was clicked), as a pin's click shows a
     * place's: the list holds the incidents that name the area under the filter, as many as its badge counts.
     */
    public void selectArea(String areaKey) {
        IncidentFilter current = filter.get();
        IncidentOrder.Sort order = sort.get();
        tasks.run(() -> {
            FilterResult r = workspace.filter(current);
            RegionAreas.Area area = workspace.regionAreas(r).stream().filter(a -> a.key().equals(areaKey)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No incident under the filter names the area " + areaKey));
            List<Place> places = area.unitKeys().stream().map(k -> workspace.place(k).orElseThrow()).toList();
            return new AreaRows(area, places, areaRows(area, current, order));
        }, chosen -> {
            selectedArea.set(chosen.area());
            selection.set(chosen.places());
            showRows(chosen.rows());
            excerpt.set(null);
        }, this::fail);
    }

    private record AreaRows(RegionAreas.Area area, List<Place> places, Listing rows) {}

    /** The deletions the list must mark: none unless deleted incidents are shown. Off the FX thread. */
    private Map<String, Deletion> deletions(IncidentFilter current) {
        return current.showDeleted() ? workspace.deletions() : Map.of();
    }

    private IncidentRow row(Incident i, String placeKey, Map<String, Deletion> deletions) {
        String names = i.places().stream().map(PlaceLink::placeKey).distinct().map(k -> workspace.place(k).map(Place::nameEn).orElse(k))
                .collect(Collectors.joining(", "));
        String role = placeKey == null ? names
                : i.places().stream().filter(l -> l.placeKey().equals(placeKey)).map(l -> l.role().code())
                        .distinct().collect(Collectors.joining(", "));
        String who = side(i, ActorRole.ACTOR1, ActorRole.ASSOC_ACTOR1);
        String other = side(i, ActorRole.ACTOR2, ActorRole.ASSOC_ACTOR2);
        if (!other.isEmpty()) who += " → " + other;
        return new IncidentRow(i, Labels.date(i.dates(), i.timePrecision()),
                i.eventType().label() + " › " + i.subEventType().label(), who,
                Labels.casualties(i.killed(), i.injured()), role, names, deletions.get(i.key()));
    }

    /** "US forces" or "International Coalition (with SDF Self-Defence Forces)". */
    private String side(Incident i, ActorRole main, ActorRole associated) {
        String names = actors(i, main), with = actors(i, associated);
        return with.isEmpty() ? names : names + " (with " + with + ")";
    }

    private String actors(Incident i, ActorRole role) {
        return i.actors().stream().filter(a -> a.role() == role)
                .map(a -> workspace.actor(a.actorKey()).map(Actor::nameEn).orElse(a.actorKey()))
                .collect(Collectors.joining("; "));
    }

    /**
     * Shows a row of the table as its card, and its sources: the row's text if its page has been read, otherwise read
     * for it. Null shows none.
     */
    public void showDetail(RowRef ref) {
        shownId = ref == null ? -1 : ref.id();
        if (ref == null) {
            detail.set(null);
            selectIncident(null);
            return;
        }
        ref.pages().read(ref.row(), row -> {
            detail.set(row);
            selectIncident(row == null ? null : row.incident());
        });
    }

    /** Sets the status of these incidents (rows of the table, by row id) in one action, then shows the data again. */
    public void setStatus(long[] ids, org.furat.model.Status status) {
        tasks.run(() -> workspace.setStatus(ids, status), changed -> {
            bulkOutcome.set(Labels.count(changed, "incident") + " set to " + status.code()
                    + (changed < ids.length ? " (" + (ids.length - changed) + " already were, or are deleted)" : ""));
            notice.set(bulkOutcome.get());
            dataChanged();
        }, this::fail);
    }

    /** Deletes these incidents (rows of the table) for one reason, in one action, then shows the data again. */
    public void deleteIncidents(long[] ids, String reason) {
        tasks.run(() -> workspace.deleteIncidents(ids, reason), changed -> {
            bulkOutcome.set(Labels.count(changed, "incident") + " deleted: " + reason);
            notice.set(bulkOutcome.get());
            dataChanged();
        }, this::fail);
    }

    /**
     * Shows every source the incident cites, in the order it cites them, each with all its supporting spans
     * highlighted: an incident merged from several sentences or reports shows all of them.
     */
    public void selectIncident(Incident incident) {
        if (incident == null) {
            excerpt.set(null);
            return;
        }
        Map<String, List<org.furat.model.Evidence>> bySource = new java.util.LinkedHashMap<>();
        for (var e : incident.evidence()) bySource.computeIfAbsent(e.sourceKey(), k -> new ArrayList<>()).add(e);
        tasks.run(() -> bySource.entrySet().stream()
                        .map(s -> new SourceExcerpt(workspace.source(s.getKey()).orElseThrow(), s.getValue())).toList(),
                excerpt::set, this::fail);
    }

    /** Which incidents an export takes: the current filter, the chosen places under it, or everything. */
    public enum ExportScope { FILTER, SELECTION, EVERYTHING }

    /** A running export that can be cancelled. */
    public interface ExportJob {
        void cancel();
    }

    /** Read on the FX thread, run off it: the chosen places are the filter's incidents at them, as the list shows. */
    private java.util.function.Supplier<FilterResult> exportResult(ExportScope scope) {
        IncidentFilter current = filter.get();
        Set<String> chosen = selection.get().stream().map(Place::key).collect(Collectors.toSet());
        return switch (scope) {
            case FILTER -> () -> workspace.filter(current);
            case SELECTION -> () -> workspace.filterAt(current, chosen);
            case EVERYTHING -> () -> workspace.filter(IncidentFilter.ALL);
        };
    }

    /** Says how much an export would write, before writing. */
    public void planExport(ExportScope scope, Exporter.What what, java.util.function.Consumer<Exporter.Plan> onPlan) {
        var chosen = exportResult(scope);
        tasks.run(() -> new Exporter(workspace).plan(chosen.get(), what), onPlan, this::fail);
    }

    /**
     * Exports on a thread of its own (a long export must not hold up the map), reporting progress (0–1) and
     * the outcome on the FX thread, as text that starts with what was done first about exports into the folder that
     * had been interrupted, if any.
     */
    public ExportJob export(ExportScope scope, Exporter.What what, String format, java.nio.file.Path target,
                            java.util.function.Consumer<Double> onProgress, java.util.function.Consumer<String> onDone,
                            java.util.function.Consumer<String> onFailure) {
        var chosen = exportResult(scope);
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        Thread thread = new Thread(() -> {
            StringBuilder recovered = new StringBuilder(); // what recovery did in the folder first, one sentence a line
            try {
                long rows = new Exporter(workspace).export(chosen.get(), what, format, target, true, true,
                        (written, total) -> javafx.application.Platform.runLater(
                                () -> onProgress.accept(total == 0 ? 1.0 : (double) written / total)),
                        cancelled::get, sentence -> recovered.append(sentence).append(".\n"));
                String outcome = recovered + (rows < 0 ? "Export cancelled; no file was left behind"
                        : "Wrote " + Labels.count((int) Math.min(rows, Integer.MAX_VALUE), "row") + " to " + target);
                javafx.application.Platform.runLater(() -> onDone.accept(outcome));
            } catch (Exception e) {
                String outcome = recovered + "Export failed: " + e.getMessage();
                javafx.application.Platform.runLater(() -> onFailure.accept(outcome));
            }
        }, "furat-export");
        thread.setDaemon(true);
        thread.start();
        return () -> cancelled.set(true);
    }

    /** The import window's state: it imports through this workspace and task runner, and the map shows what came in. */
    public ImportViewModel importing() {
        return new ImportViewModel(workspace.importer(), tasks, this::refresh);
    }

    /** The History panels' and Recent changes' state: the change log, read through this workspace and task runner. */
    public HistoryViewModel history() {
        return new HistoryViewModel(workspace, tasks, this::fail);
    }

    /** The gazetteer window's state: it imports and removes through this workspace and task runner. */
    public GazetteerViewModel gazetteer() {
        return new GazetteerViewModel(workspace.gazetteerImporter(), tasks, this::gazetteerChanged);
    }

    /**
     * Changes places or actors ({@link org.furat.app.GazetteerEditor}) in the background, then reads the gazetteer and
     * the incidents again and hands on what the change returned; a change refused (a place incidents link to, a
     * key gone meanwhile) is shown in the error bar and changes nothing.
     */
    public <T> void changeGazetteer(java.util.function.Function<org.furat.app.GazetteerEditor, T> change,
                                    java.util.function.Consumer<T> onDone) {
        changeGazetteer(change, onDone, conflict -> fail(conflict));
    }

    /**
     * {@link #changeGazetteer(java.util.function.Function, java.util.function.Consumer)} for an edit of a place or an
     * actor someone else may have changed since it was opened: {@code onConflict} gets the fields both changed, and the
     * data is shown again with their change.
     */
    public <T> void changeGazetteer(java.util.function.Function<org.furat.app.GazetteerEditor, T> change,
                                    java.util.function.Consumer<T> onDone, java.util.function.Consumer<EditConflict> onConflict) {
        Runnable saved = slowSaveNotice();
        tasks.run(() -> change.apply(workspace.gazetteerEditor()), done -> {
            saved.run();
            dataChanged();
            onDone.accept(done);
        }, e -> {
            saved.run();
            if (!(e instanceof EditConflict conflict)) {
                fail(e);
                return;
            }
            dataChanged();
            onConflict.accept(conflict);
        });
    }

    /** Reads typed coordinates as {lon, lat}, refusing text that is not a point in the map's region. */
    public double[] coordinates(String text) {
        return workspace.gazetteerEditor().coordinates(text);
    }

    /** The place with this key as the window last read the gazetteer, if it is there. */
    public java.util.Optional<Place> place(String key) {
        Vocabulary v = vocabulary.get();
        return v == null ? java.util.Optional.empty() : v.places().stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /**
     * Shows an error in the error bar, whole: the toolbar's status line is short and is rewritten by the next
     * refresh, so an error put there would be cut off or replaced before it is read.
     */
    private void fail(Throwable e) {
        error.set(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    /** Hides the error bar. */
    public void dismissError() {
        error.set(null);
    }

    /** Hides the notice bar. */
    public void dismissNotice() {
        notice.set(null);
    }

    public ObjectProperty<IncidentFilter> filterProperty() { return filter; }

    public ReadOnlyObjectProperty<FilterResult> resultProperty() { return result.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Vocabulary> vocabularyProperty() { return vocabulary.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Basemap> basemapProperty() { return basemap.getReadOnlyProperty(); }

    /** The gazetteer as the map draws it under the pins: its settlements and the names of the administrative units. */
    public ReadOnlyObjectProperty<PlaceLayers> placeLayersProperty() { return placeLayers.getReadOnlyProperty(); }

    /** Reads the gazetteer's places and the shipped unit boundaries into map layers, off the FX thread. */
    private void loadPlaceLayers() {
        tasks.run(() -> PlaceLayers.of(workspace.places(), AdminLookup.shipped().placeUnits()), placeLayers::set, this::fail);
    }

    /** The credits the licences of imported gazetteers ask for, shown with the map's attribution. */
    public ReadOnlyObjectProperty<List<String>> gazetteerCreditsProperty() { return gazetteerCredits.getReadOnlyProperty(); }

    public ObservableList<Pin> pins() { return pinsView; }

    /** The areas of region-level incidents under the filter, busiest first. */
    public ReadOnlyObjectProperty<List<RegionAreas.Area>> areasProperty() { return areas.getReadOnlyProperty(); }

    /** The area whose incidents the list shows, or null when the list shows places' incidents. */
    public ReadOnlyObjectProperty<RegionAreas.Area> selectedAreaProperty() { return selectedArea.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<List<Place>> selectionProperty() { return selection.getReadOnlyProperty(); }

    /** The incident table's rows; the list is replaced whenever the incidents are listed again. */
    public ReadOnlyObjectProperty<ObservableList<RowRef>> rowsProperty() { return rows.getReadOnlyProperty(); }

    /** The order the table is sorted in. */
    public ObjectProperty<IncidentOrder.Sort> sortProperty() { return sort; }

    /** The row shown as a card under the table, or null. */
    ReadOnlyObjectProperty<IncidentRow> detailProperty() { return detail.getReadOnlyProperty(); }

    public ReadOnlyStringProperty bulkOutcomeProperty() { return bulkOutcome.getReadOnlyProperty(); }

    public ReadOnlyStringProperty listCaptionProperty() { return listCaption.getReadOnlyProperty(); }

    public ReadOnlyStringProperty emptyListProperty() { return emptyList.getReadOnlyProperty(); }

    ReadOnlyObjectProperty<List<SourceExcerpt>> excerptProperty() { return excerpt.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }

    public BooleanProperty englishLabelsProperty() { return englishLabels; }
}
