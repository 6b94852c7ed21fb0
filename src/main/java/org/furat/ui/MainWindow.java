package org.furat.ui;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The main window's content: toolbar, map, and the place, incident and source panels beside it. */
public final class MainWindow extends BorderPane {

    private final MapView map;
    private final IncidentPanel incidents;
    private final SourceTextView source = new SourceTextView();
    private final MainViewModel model;
    /** The Review menu lists at most this many reports, the ones added last. */
    private static final int REVIEW_MENU_SIZE = 25;
    private final String fontFamily;
    /** The open review windows, by report. */
    private final Map<String, Stage> reviews = new HashMap<>();
    private ImportDialog importDialog;
    private GazetteerWindow gazetteerWindow;
    private final HistoryControls history;
    private Stage actorsWindow;
    private final PlaceActions places;

    public MainWindow(MainViewModel model, String fontFamily) {
        this.model = model;
        this.fontFamily = fontFamily;
        map = new MapView(fontFamily);
        places = new PlaceActions(model, map, fontFamily, () -> getScene() == null ? null : getScene().getWindow());
        map.setContextMenu(this::mapMenu);
        incidents = new IncidentPanel(model, () -> getScene() == null ? null : getScene().getWindow());
        incidents.setOnEdit(this::editIncident, this::mergeInto);
        source.setOnReviewAgain(key -> model.reopenReview(key, () -> openReview(key)));
        incidents.setOnEditPlace(place -> places.edit(place.key()));
        history = new HistoryControls(model, () -> getScene().getWindow());
        incidents.setOnHistory(history::showIncidentHistory, history::showPlaceHistory);

        Label title = new Label("الفرات  Furat");
        title.getStyleClass().add("app-title");
        ToggleButton english = new ToggleButton("English labels");
        english.setId("english-labels");
        english.selectedProperty().bindBidirectional(model.englishLabelsProperty());
        javafx.scene.control.Button export = new javafx.scene.control.Button("Export…");
        export.setId("export");
        export.setOnAction(e -> ExportDialog.show(getScene().getWindow(), model));
        MenuButton review = new MenuButton("Review");
        review.setId("review-menu");
        review.setOnShowing(e -> listReportsToReview(review));
        javafx.scene.control.Button importReports = new javafx.scene.control.Button("Import…");
        importReports.setId("import");
        importReports.setOnAction(e -> importDialog().show());
        importReports.setDisable(model.readOnly());
        javafx.scene.control.Button gazetteer = new javafx.scene.control.Button("Gazetteer…");
        gazetteer.setId("gazetteer");
        gazetteer.setTooltip(new javafx.scene.control.Tooltip("Add places from Who's On First, GeoNames or your own layer, "
                + "or remove an import"));
        gazetteer.setOnAction(e -> gazetteerWindow().show());
        gazetteer.setDisable(!model.editorial());
        javafx.scene.control.Button newIncident = new javafx.scene.control.Button("New incident…");
        newIncident.setId("new-incident");
        newIncident.setTooltip(new javafx.scene.control.Tooltip("Code an incident by hand, from your own note or none"));
        newIncident.setOnAction(e -> newIncident(null, null));
        newIncident.setDisable(model.readOnly());
        javafx.scene.control.Button undo = new javafx.scene.control.Button("Undo");
        undo.setId("undo");
        undo.setOnAction(e -> model.undo());
        javafx.scene.control.Button redo = new javafx.scene.control.Button("Redo");
        redo.setId("redo");
        redo.setOnAction(e -> model.redo());
        keepUndoButtonsCurrent(undo, redo);
        javafx.scene.control.Button actors = new javafx.scene.control.Button("Actors…");
        actors.setId("actors");
        actors.setTooltip(new javafx.scene.control.Tooltip("Add, rename or merge the parties to incidents"));
        actors.setOnAction(e -> actorsWindow());
        actors.setDisable(!model.editorial());
        // Files dropped anywhere on the window are imported: reports, or gazetteer files into the gazetteer window.
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
        });
        setOnDragDropped(e -> e.setDropCompleted(e.getDragboard().hasFiles() && dropFiles(e.getDragboard().getFiles())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label status = new Label();
        status.setId("status");
        status.setMinWidth(0); // cut with an ellipsis when the window is narrow, whole in its tooltip
        status.textProperty().bind(model.statusProperty());
        javafx.scene.control.Tooltip statusTip = new javafx.scene.control.Tooltip();
        statusTip.textProperty().bind(model.statusProperty());
        status.setTooltip(statusTip);
        MessageBar errors = new MessageBar("error", model.errorProperty(), model::dismissError);
        MessageBar notices = new MessageBar("notice", model.noticeProperty(), model::dismissNotice);
        Label synthetic = new Label("SYNTHETIC DATA — generated for benchmarks and demos, not real events");
        synthetic.setId("synthetic-banner");
        synthetic.getStyleClass().add("synthetic-banner");
        synthetic.setMaxWidth(Double.MAX_VALUE);
        synthetic.setVisible(false);
        synthetic.managedProperty().bind(synthetic.visibleProperty());
        FilterBar filters = new FilterBar(model.filterProperty());
        model.vocabularyProperty().addListener((o, was, v) -> {
            filters.setVocabulary(v.places(), v.actors());
            synthetic.setVisible(v.synthetic());
        });
        model.resultProperty().addListener((o, was, r) -> filters.showCounts(r));
        setTop(new VBox(new ToolBar(title, english, importReports, export, review, newIncident, gazetteer, actors,
                history.recentChangesButton(), undo, redo), errors, notices, synthetic, filters));
        // The counts, the database and who changes are recorded as, in a status bar under everything, as GIS tools have it.
        HBox statusBar = new HBox(8, status, spacer, history.analystButton());
        statusBar.getStyleClass().add("status-bar");
        statusBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        statusBar.setPadding(new Insets(2, 8, 2, 8));
        setBottom(statusBar);

        SplitPane side = new SplitPane(incidents, source);
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.6); // the table and its card above, the source below
        VBox sideBox = new VBox(side);
        VBox.setVgrow(side, Priority.ALWAYS);
        sideBox.setPadding(new Insets(0));
        VBox mapAndTime = new VBox(map, timeline(model, fontFamily));
        VBox.setVgrow(map, Priority.ALWAYS);
        SplitPane main = new SplitPane(mapAndTime, sideBox);
        main.setDividerPositions(0.53); // room for the table's columns beside the map, and for the timeline's controls
        SplitPane.setResizableWithParent(sideBox, false);
        mapAndTime.setMinWidth(300);
        setCenter(main);

        model.basemapProperty().addListener((o, was, basemap) -> map.setBasemap(basemap));
        model.gazetteerCreditsProperty().addListener((o, was, credits) -> map.setGazetteerCredits(credits));
        model.placeLayersProperty().addListener((o, was, layers) -> map.setPlaceLayers(layers));
        model.pins().addListener((javafx.collections.ListChangeListener<org.furat.map.Pin>) c -> map.setPins(model.pins()));
        model.englishLabelsProperty().addListener((o, was, on) -> map.setEnglishLabels(on));
        model.selectionProperty().addListener((o, was, places) -> {
            var area = model.selectedAreaProperty().get();
            if (area != null) incidents.showArea(area);
            else incidents.showPlaces(places);
            map.setSelectedKey(area != null ? area.key() : places.size() == 1 ? places.get(0).key() : null);
        });
        // The legend explains every colour the timeline shows, not only the pins' commonest types.
        model.resultProperty().addListener((o, was, r) -> map.setIncidentTypes(r.histogram().types()));
        model.areasProperty().addListener((o, was, areas) -> map.setRegions(areas.stream().map(MainWindow::region).toList()));
        map.setOnRegionClicked(region -> model.selectArea(region.key()));
        map.setOnClusterClicked(pins -> model.selectPlaces(pins.stream().map(org.furat.map.Pin::key).toList()));
        model.excerptProperty().addListener((o, was, excerpt) -> source.show(excerpt));
        map.setOnPinClicked(pin -> model.selectPlace(pin.key()));
    }

    /**
     * Undo and Redo say what they would take back (their tooltips), are enabled only when there is something, and
     * answer Ctrl+Z and Ctrl+Shift+Z.
     */
    private void keepUndoButtonsCurrent(javafx.scene.control.Button undo, javafx.scene.control.Button redo) {
        undo.setDisable(true);
        redo.setDisable(true);
        model.undoStateProperty().addListener((o, was, state) -> {
            undo.setDisable(state.undo() == null || model.readOnly());
            redo.setDisable(state.redo() == null || model.readOnly());
            undo.setTooltip(new javafx.scene.control.Tooltip(state.undo() == null ? "Nothing of yours to undo" : "Undo \"" + state.undo() + "\" (Ctrl+Z)"));
            redo.setTooltip(new javafx.scene.control.Tooltip(state.redo() == null ? "Nothing to redo" : "Take back \"" + state.redo() + "\" (Ctrl+Shift+Z)"));
        });
        sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) return;
            scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Z,
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN), () -> { if (!undo.isDisabled()) model.undo(); });
            scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Z,
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN, javafx.scene.input.KeyCombination.SHIFT_DOWN), () -> { if (!redo.isDisabled()) model.redo(); });
        });
    }

    /**
     * Opens the editor for a new incident (at {@code here}, a place, or nowhere yet; its note begun with {@code note}, or
     * empty) and saves what it gives.
     */
    void newIncident(org.furat.model.Place here, String note) {
        var vocabulary = model.vocabularyProperty().get();
        if (vocabulary == null) return;
        IncidentEditorDialog.add(getScene().getWindow(), model.newIncidentKey(), here, note, vocabulary.places(), vocabulary.actors())
                .ifPresent(model::addIncident);
    }

    /** Asks which incident to merge into {@code kept}, offering those at its places within a week, and merges it. */
    private void mergeInto(org.furat.model.Incident kept) {
        model.mergeCandidates(kept, candidates -> MergeIncidentDialog.ask(getScene().getWindow(), kept, candidates)
                .ifPresent(choice -> model.mergeIncidents(kept.key(), choice.other(), choice.reason())));
    }

    /** Opens the editor on an incident and saves the correction. */
    private void editIncident(org.furat.model.Incident incident) {
        var vocabulary = model.vocabularyProperty().get();
        if (vocabulary == null) return;
        IncidentEditorDialog.edit(getScene().getWindow(), incident, vocabulary.places(), vocabulary.actors())
                .ifPresent(entry -> save(incident, entry, org.furat.app.ConcurrentEdit.Settle.REFUSE));
    }

    /** Saves a correction; when someone changed the same fields meanwhile, asks whose to keep and saves again. */
    private void save(org.furat.model.Incident opened, IncidentForm.Entry entry, org.furat.app.ConcurrentEdit.Settle settle) {
        model.editIncident(opened, entry, settle, conflict -> EditConflictDialog.ask(getScene().getWindow(), conflict)
                .ifPresent(choice -> save(opened, entry, choice)));
    }

    private static org.furat.map.Region region(org.furat.app.RegionAreas.Area a) {
        return new org.furat.map.Region(a.key(), a.nameAr(), a.nameEn(), a.incidentCount(), a.dominantType(), a.outline(),
                a.labelLon(), a.labelLat());
    }

    /** The timeline under the map: its brush and date fields edit the filter's dates, and it shows the histogram. */
    private static TimelineView timeline(MainViewModel model, String fontFamily) {
        TimelineView timeline = new TimelineView(fontFamily);
        timeline.setId("timeline");
        model.resultProperty().addListener((o, was, r) -> timeline.setHistogram(r.histogram()));
        timeline.brushProperty().addListener((o, was, span) -> {
            var current = model.filterProperty().get();
            var from = span == null ? null : span.start();
            var to = span == null ? null : span.end();
            if (!java.util.Objects.equals(current.from(), from) || !java.util.Objects.equals(current.to(), to)) {
                model.filterProperty().set(current.withDates(from, to));
            }
        });
        timeline.includeImpreciseProperty().addListener((o, was, include) ->
                model.filterProperty().set(model.filterProperty().get().withIncludeImprecise(include)));
        model.filterProperty().addListener((o, was, f) -> {
            var span = f.from() == null || f.to() == null ? null : new org.furat.model.DateSpan(f.from(), f.to());
            if (!java.util.Objects.equals(timeline.brushProperty().get(), span)) timeline.brushProperty().set(span);
            if (timeline.includeImpreciseProperty().get() != f.includeImprecise()) timeline.includeImpreciseProperty().set(f.includeImprecise());
        });
        return timeline;
    }

    /** The import window, one for the main window: opening it again (or dropping more files) brings it back. */
    ImportDialog importDialog() {
        if (importDialog == null) importDialog = new ImportDialog(getScene().getWindow(), model.importing(), this::openReview);
        return importDialog;
    }

    /**
     * The map's right-click menu at a point: a new place there, and for the place clicked (a pin or a gazetteer
     * symbol) editing, moving, merging and deleting it. One item per line, so another action is one more line.
     */
    private javafx.scene.control.ContextMenu mapMenu(MapView.MapPoint at) {
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        // The gazetteer is changed by whoever may change it: anyone on a file that can be written, an editor on a team
        // database; the others see the items greyed, not offered and then refused.
        boolean gazetteer = model.editorial() && !model.readOnly();
        List<javafx.scene.control.MenuItem> changes = new java.util.ArrayList<>();
        changes.add(menuItem("New place here…", "new-place-here", () -> places.newPlaceAt(at.lon(), at.lat())));
        menu.getItems().addAll(changes.get(0), newIncidentHere(at));
        model.place(at.placeKey()).ifPresent(place -> {
            changes.addAll(List.of(menuItem("Edit " + Labels.place(place) + "…", "edit-place", () -> places.edit(place.key())),
                    menuItem("Move on the map", "move-place", () -> places.move(place.key())),
                    menuItem("Merge with another place…", "merge-place", () -> places.merge(place.key())),
                    menuItem("Delete place…", "delete-place", () -> places.delete(place.key()))));
            menu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
            menu.getItems().addAll(changes.subList(1, changes.size()));
        });
        for (javafx.scene.control.MenuItem item : changes) item.setDisable(!gazetteer);
        return menu;
    }

    /** How far from a click on no place the nearest place is still taken as where a new incident happened. */
    private static final double NEW_INCIDENT_RADIUS_M = 3_000;

    /**
     * "New incident at PLACE…": the place clicked, or else the nearest place within 3 km of the click; with none, the
     * editor opens with no place, to be chosen (or added first with "New place here…"), and the point in its note.
     */
    private javafx.scene.control.MenuItem newIncidentHere(MapView.MapPoint at) {
        var vocabulary = model.vocabularyProperty().get();
        org.furat.model.Place here = model.place(at.placeKey()).orElse(vocabulary == null ? null
                : org.furat.geo.NearbyPlaces.nearest(vocabulary.places(), at.lon(), at.lat(), NEW_INCIDENT_RADIUS_M)
                        .map(org.furat.geo.NearbyPlaces.Near::place).orElse(null));
        String text = here == null ? "New incident here… (no place within 3 km)" : "New incident at " + Labels.place(here) + "…";
        // With no place near, the point clicked is kept in the note, for the place to be added or chosen later.
        String note = here != null ? null : String.format(java.util.Locale.ROOT, "Near %.5f° N, %.5f° E (the point clicked on the map). ",
                at.lat(), at.lon());
        javafx.scene.control.MenuItem item = menuItem(text, "new-incident-here", () -> newIncident(here, note));
        item.setDisable(model.readOnly());
        return item;
    }

    private static javafx.scene.control.MenuItem menuItem(String text, String id, Runnable action) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Adds, edits, moves, merges and deletes places from the map. */
    PlaceActions places() { return places; }

    /** The actors window, one for the main window: opening it again brings it to the front. */
    private void actorsWindow() {
        if (actorsWindow == null) actorsWindow = ActorsWindow.open(getScene().getWindow(), model, fontFamily);
        actorsWindow.show();
        actorsWindow.toFront();
    }

    /** The gazetteer window, one for the main window. */
    GazetteerWindow gazetteerWindow() {
        if (gazetteerWindow == null) gazetteerWindow = new GazetteerWindow(getScene().getWindow(), model.gazetteer());
        return gazetteerWindow;
    }

    /**
     * Dropped report files open the import window and are imported; a gazetteer folder or file (a Who's On First
     * tree, a GeoNames dump, a .csv or .geojson layer) opens the gazetteer window with it chosen. Which is which is
     * told off the FX thread (a .txt is a report or a GeoNames dump by its first line); a drop of both kinds asks.
     */
    boolean dropFiles(java.util.List<java.io.File> files) {
        if (files.isEmpty()) return false;
        List<java.nio.file.Path> paths = files.stream().map(java.io.File::toPath).toList();
        model.classifyDrop(paths, kind -> {
            switch (kind) {
                case REPORTS -> importReports(paths);
                case GAZETTEER -> gazetteerWindow().open(paths);
                case MIXED -> askWhatWasDropped(paths);
            }
        });
        return true;
    }

    private void importReports(List<java.nio.file.Path> paths) {
        ImportDialog dialog = importDialog();
        dialog.show();
        dialog.importFiles(paths);
    }

    /** Reports and gazetteer files dropped together: the analyst says which the drop is. */
    private void askWhatWasDropped(List<java.nio.file.Path> paths) {
        javafx.scene.control.ButtonType reports = new javafx.scene.control.ButtonType("Import as news reports");
        javafx.scene.control.ButtonType places = new javafx.scene.control.ButtonType("Import into the gazetteer");
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                "The " + paths.size() + " dropped files look like both news reports and gazetteer files (folders, .geojson, .csv, "
                        + "GeoNames dumps). Import them as which? To import both kinds, drop each kind on its own.",
                reports, places, javafx.scene.control.ButtonType.CANCEL);
        ask.initOwner(getScene().getWindow());
        ask.setHeaderText("News reports or gazetteer files?");
        var answer = ask.showAndWait().orElse(javafx.scene.control.ButtonType.CANCEL);
        if (answer == reports) importReports(paths);
        else if (answer == places) gazetteerWindow().open(paths);
    }

    /** Fills the Review menu with the reports that have proposals waiting, newest first. */
    private void listReportsToReview(MenuButton menu) {
        MenuItem reading = new MenuItem("Looking for reports to review…");
        reading.setDisable(true);
        menu.getItems().setAll(reading);
        model.reportsToReview(REVIEW_MENU_SIZE + 1, reports -> {
            menu.getItems().clear();
            for (var report : reports.subList(0, Math.min(REVIEW_MENU_SIZE, reports.size()))) {
                String title = report.title().length() > 80 ? report.title().substring(0, 80) + "…" : report.title();
                MenuItem item = new MenuItem(report.proposals() + " to review — " + title);
                item.setOnAction(e -> openReview(report.sourceKey()));
                menu.getItems().add(item);
            }
            if (reports.size() > REVIEW_MENU_SIZE) {
                MenuItem more = new MenuItem("More reports are waiting; these are the " + REVIEW_MENU_SIZE + " added last");
                more.setDisable(true);
                menu.getItems().add(more);
            }
            if (reports.isEmpty()) {
                MenuItem none = new MenuItem("No proposals waiting: import a report first");
                none.setDisable(true);
                menu.getItems().add(none);
            }
        });
    }

    /**
     * Opens the review screen for a report in its own window, or brings its window to the front: two reviews of
     * one report at once would each decide the same proposals.
     */
    public Stage openReview(String sourceKey) {
        Stage open = reviews.get(sourceKey);
        if (open != null) {
            open.toFront();
            return open;
        }
        Stage stage = ReviewWindow.open(getScene().getWindow(), model.review(sourceKey), fontFamily, model.basemapProperty()::get, model::pins,
                model.gazetteerCreditsProperty()::get);
        reviews.put(sourceKey, stage);
        stage.setOnHidden(e -> reviews.remove(sourceKey));
        return stage;
    }

    /** Whether the application may quit: each open review with unsaved decisions is asked first. */
    public boolean mayClose() {
        for (Stage review : List.copyOf(reviews.values())) {
            review.toFront();
            if (!((ReviewWindow) review.getScene().getRoot()).mayClose()) return false;
            review.hide();
        }
        return true;
    }

    public MainViewModel model() { return model; }

    public MapView map() { return map; }

    public SourceTextView source() { return source; }
}
