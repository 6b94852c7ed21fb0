package org.furat.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.furat.app.GazetteerImporter;
import org.furat.app.GazetteerImporter.Format;

/**
 * The Gazetteer window: the imports recorded in the database (name, licence, credit, places, when), and adding
 * places from a Who's On First tree, a GeoNames dump or an analyst's own CSV or GeoJSON layer: choose the files,
 * see a dry run's summary, then import; or remove an import after a confirmation. The work happens in
 * {@link GazetteerViewModel}, off the FX thread. Not modal. Use on the FX thread.
 */
final class GazetteerWindow {

    private final Stage stage = new Stage();
    private final GazetteerViewModel model;
    private final List<Path> files = new ArrayList<>();
    private final Label chosen = new Label("No file or folder chosen");
    private final ChoiceBox<Format> format = new ChoiceBox<>();
    private final TextField source = new TextField();
    private final TextField nameAr = new TextField(), nameEn = new TextField(), lat = new TextField(), lon = new TextField(),
            id = new TextField(), kind = new TextField(), licence = new TextField(), attribution = new TextField();
    private final GridPane layerOptions = new GridPane();
    private final TableView<GazetteerImporter.Source> sources;
    private File lastFolder;

    GazetteerWindow(Window owner, GazetteerViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Gazetteer — places from Who's On First, GeoNames or your own layer");

        MessageBar errors = new MessageBar("gazetteer-error", "error", model.errorProperty(), model::dismissError);
        sources = sourcesTable();
        Button remove = new Button("Remove source…");
        remove.setId("gazetteer-remove");
        remove.disableProperty().bind(sources.getSelectionModel().selectedItemProperty().isNull().or(model.runningProperty()));
        remove.setOnAction(e -> confirmRemoval(sources.getSelectionModel().getSelectedItem()));
        Label removeHint = hint("Takes out the places an import added and the spellings it added to other places; "
                + "places that incidents refer to are kept.");
        HBox removeRow = new HBox(10, remove, removeHint);
        removeRow.setAlignment(Pos.CENTER_LEFT);

        Button dryRun = new Button("Dry run");
        dryRun.setId("gazetteer-dry-run");
        dryRun.setDefaultButton(true);
        dryRun.disableProperty().bind(model.runningProperty());
        dryRun.setOnAction(e -> dryRun());
        Button importNow = new Button("Import");
        importNow.setId("gazetteer-import");
        importNow.disableProperty().bind(model.plannedProperty().isNull().or(model.runningProperty()));
        importNow.setOnAction(e -> model.importPlanned());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.runningProperty());
        Label status = new Label();
        status.setId("gazetteer-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        for (Button b : List.of(dryRun, importNow)) b.setMinWidth(Region.USE_PREF_SIZE); // the status text wraps instead
        busy.setMinWidth(Region.USE_PREF_SIZE);
        HBox actions = new HBox(10, dryRun, importNow, busy, status);
        actions.setAlignment(Pos.CENTER_LEFT);

        TableView<List<String>> summary = summaryTable();
        CloseBar bottom = new CloseBar("gazetteer-close");
        bottom.setPadding(new Insets(8, 14, 14, 14));

        VBox body = new VBox(10, heading("Gazetteer sources in this database"), sources, removeRow, new Separator(),
                heading("Import places"), form(), actions, summary);
        VBox.setVgrow(summary, Priority.ALWAYS);
        body.setPadding(new Insets(14, 14, 0, 14));
        // The form scrolls when an error bar or a small screen leaves it too little room; Close stays in view.
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox root = new VBox(errors, scroll, bottom);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getStyleClass().add("gazetteer-window");
        root.setStyle(owner.getScene().getRoot().getStyle()); // the app's font family, for Arabic names
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) choose(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            e.setDropCompleted(files);
        });
        Scene scene = new Scene(root, 900, 800);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(600);

        // Any change to what would be imported makes the shown dry run stale: Import waits for a new one.
        format.valueProperty().addListener((o, was, is) -> {
            model.forgetDryRun();
            showLayerOptions();
        });
        for (TextField field : List.of(source, nameAr, nameEn, lat, lon, id, kind, licence, attribution)) {
            field.textProperty().addListener((o, was, is) -> model.forgetDryRun());
        }
    }

    private TableView<GazetteerImporter.Source> sourcesTable() {
        TableView<GazetteerImporter.Source> table = new TableView<>(model.sources());
        table.setId("gazetteer-sources");
        table.getColumns().add(column("Source", 130, GazetteerImporter.Source::name));
        table.getColumns().add(column("Licence", 100, GazetteerImporter.Source::licence));
        table.getColumns().add(column("Attribution", 330, s -> s.attribution() == null ? "" : s.attribution()));
        TableColumn<GazetteerImporter.Source, Integer> places = new TableColumn<>("Places");
        places.setPrefWidth(70);
        places.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().places()));
        places.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(places);
        table.getColumns().add(column("Imported", 150, s -> when(s.importedAt())));
        table.setPlaceholder(new Label("No gazetteer has been imported into this database yet"));
        table.setPrefHeight(150);
        table.setMinHeight(110);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    /** The dry run's or the import's outcome, one row per outcome and reason, as `furat gazetteer import` prints it. */
    private TableView<List<String>> summaryTable() {
        TableView<List<String>> table = new TableView<>();
        table.setId("gazetteer-summary");
        TableColumn<List<String>, String> outcome = new TableColumn<>("Outcome");
        outcome.setPrefWidth(110);
        outcome.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().get(0)));
        TableColumn<List<String>, String> count = new TableColumn<>("Count");
        count.setPrefWidth(90);
        count.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().get(1)));
        TableColumn<List<String>, String> reason = new TableColumn<>("Reason");
        reason.setPrefWidth(560);
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().get(2)));
        table.getColumns().setAll(List.of(outcome, count, reason));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Choose files and press Dry run: what the import would add, merge and skip shows here"));
        table.setMinHeight(120);
        model.summaryProperty().addListener((o, was, s) -> table.getItems().setAll(s == null ? List.of() : s.rows()));
        return table;
    }

    /** Files, their kind, the source name, and for a layer of one's own its columns, licence and credit. */
    private VBox form() {
        chosen.setId("gazetteer-files");
        chosen.setMinWidth(0);
        chosen.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(chosen, Priority.ALWAYS);
        Button chooseFiles = new Button("Choose files…");
        chooseFiles.setId("gazetteer-choose-files");
        chooseFiles.setOnAction(e -> chooseFiles());
        Button chooseFolder = new Button("Choose folder…");
        chooseFolder.setId("gazetteer-choose-folder");
        chooseFolder.setOnAction(e -> chooseFolder());
        HBox pick = new HBox(10, chosen, chooseFiles, chooseFolder);
        pick.setAlignment(Pos.CENTER_LEFT);

        format.setId("gazetteer-format");
        format.getItems().setAll(Format.values());
        format.setConverter(new StringConverter<>() {
            @Override public String toString(Format f) {
                return f == null ? "" : switch (f) {
                    case AUTO -> "Tell from the files";
                    case WOF -> "Who's On First records (folder or .geojson)";
                    case GEONAMES -> "GeoNames dump (SY.txt, optionally alternateNamesV2.txt)";
                    case CSV -> "CSV point layer of your own";
                    case GEOJSON -> "GeoJSON point layer of your own";
                };
            }
            @Override public Format fromString(String text) { return null; }
        });
        format.setValue(Format.AUTO);
        source.setId("gazetteer-source");
        source.setPromptText("whosonfirst or geonames by default; required for a layer of your own");

        GridPane grid = grid();
        grid.addRow(0, label("Files", pick), pick);
        grid.addRow(1, label("Kind", format), format);
        grid.addRow(2, label("Source name", source), source);

        layerOptions.setId("gazetteer-layer-options");
        layerOptions.setHgap(10);
        layerOptions.setVgap(6);
        column(nameAr, "name_ar", "gazetteer-name-ar");
        column(nameEn, "name_en", "gazetteer-name-en");
        column(lat, "lat", "gazetteer-lat");
        column(lon, "lon", "gazetteer-lon");
        column(id, "id", "gazetteer-id");
        column(kind, "kind", "gazetteer-kind");
        layerOptions.addRow(0, label("Arabic name column", nameAr), nameAr, label("English name column", nameEn), nameEn);
        layerOptions.addRow(1, label("Latitude column", lat), lat, label("Longitude column", lon), lon);
        layerOptions.addRow(2, label("Id column", id), id, label("Kind column", kind), kind);
        licence.setId("gazetteer-licence");
        licence.setPromptText("e.g. CC-BY-4.0 (empty: not stated)");
        attribution.setId("gazetteer-attribution");
        attribution.setPromptText("the credit the licence asks for, shown on the map");
        layerOptions.add(label("Licence", licence), 0, 3);
        layerOptions.add(licence, 1, 3, 3, 1);
        layerOptions.add(label("Attribution", attribution), 0, 4);
        layerOptions.add(attribution, 1, 4, 3, 1);
        Label columnsHint = hint("Empty column fields use the names shown; a GeoJSON point gives its own latitude and longitude; "
                + "without a kind column every place is a village.");
        layerOptions.add(columnsHint, 0, 5, 4, 1);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        layerOptions.getColumnConstraints().setAll(labels, fields, labels, fields);
        layerOptions.managedProperty().bind(layerOptions.visibleProperty());
        showLayerOptions();
        return new VBox(8, grid, layerOptions);
    }

    private static void column(TextField field, String defaultName, String fieldId) {
        field.setId(fieldId);
        field.setPromptText(defaultName);
        field.setPrefColumnCount(12);
    }

    /** The columns of a layer of one's own matter only for a CSV or GeoJSON layer (told by name, not by reading it). */
    private void showLayerOptions() {
        Format f = format.getValue();
        layerOptions.setVisible(f == Format.CSV || f == Format.GEOJSON
                || f == Format.AUTO && files.stream().anyMatch(p -> ownLayerByName(p)));
    }

    private static boolean ownLayerByName(Path file) {
        String name = name(file).toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".geojson") || name.endsWith(".json");
    }

    void show() {
        model.loadSources();
        stage.show();
        stage.toFront();
    }

    /**
     * Shows the window with these files chosen (dropped on the main window, say). A Who's On First folder or a
     * GeoNames dump needs nothing more and its dry run starts at once; a layer of one's own waits for its source
     * name and columns.
     */
    void open(List<Path> chosenFiles) {
        show();
        choose(chosenFiles);
        if (!layerOptions.isVisible() && !model.runningProperty().get()) dryRun();
    }

    boolean isShowing() { return stage.isShowing(); }

    void close() { stage.close(); }

    GazetteerViewModel model() { return model; }

    /** The files the next dry run reads. */
    List<Path> files() { return List.copyOf(files); }

    /** The source name last filled in from a file's name, or null. */
    private String offeredSource;

    private void choose(List<Path> paths) {
        if (paths.isEmpty()) return;
        files.clear();
        files.addAll(paths);
        model.forgetDryRun();
        chosen.setText(paths.size() == 1 ? paths.get(0).toString()
                : paths.size() + " files: " + String.join(", ", paths.stream().map(GazetteerWindow::name).toList()));
        showLayerOptions();
        // A layer of one's own needs a source name: offer the file's, which the analyst may change; a name offered
        // for the previous file follows the new one, a name the analyst typed stays.
        if ((source.getText().isBlank() || source.getText().equals(offeredSource)) && layerOptions.isVisible()) {
            offeredSource = stem(paths.get(0));
            source.setText(offeredSource);
        }
        Path parent = paths.get(0).getParent();
        if (parent != null) lastFolder = parent.toFile();
    }

    private void dryRun() {
        if (files.isEmpty()) {
            model.problem("Choose a file or a folder to import first (Choose files… or Choose folder…, or drop them on this window).");
            return;
        }
        boolean layer = layerOptions.isVisible();
        model.dryRun(GazetteerImporter.Request.of(files, format.getValue(), source.getText(),
                layer ? nameAr.getText() : null, layer ? nameEn.getText() : null, layer ? lat.getText() : null,
                layer ? lon.getText() : null, layer ? id.getText() : null, layer ? kind.getText() : null,
                layer ? licence.getText() : null, layer ? attribution.getText() : null, true));
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Gazetteer files");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Gazetteer files (.geojson, .json, .txt, .csv)", "*.geojson", "*.json", "*.txt", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null) chooser.setInitialDirectory(lastFolder);
        List<File> picked = chooser.showOpenMultipleDialog(stage);
        if (picked != null) choose(picked.stream().map(File::toPath).toList());
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("A Who's On First folder (such as whosonfirst-data-admin-sy)");
        if (lastFolder != null) chooser.setInitialDirectory(lastFolder);
        File picked = chooser.showDialog(stage);
        if (picked != null) choose(List.of(picked.toPath()));
    }

    private void confirmRemoval(GazetteerImporter.Source chosenSource) {
        if (chosenSource == null) return;
        ButtonType remove = new ButtonType("Remove places", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Remove the " + Labels.count(chosenSource.places(), "place") + " that "
                + chosenSource.name() + " added, and the spellings it added to other places? Places that incidents refer to are kept. "
                + "Importing the files again brings them back.", remove, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setHeaderText("Remove the gazetteer source " + chosenSource.name() + "?");
        if (ask.showAndWait().orElse(ButtonType.CANCEL) == remove) model.remove(chosenSource.name());
    }

    private static TableColumn<GazetteerImporter.Source, String> column(String title, double width,
                                                                          java.util.function.Function<GazetteerImporter.Source, String> value) {
        TableColumn<GazetteerImporter.Source, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    /** "2026-12-02 06:40 UTC" from the stored ISO-8601 time. */
    static String when(String iso) {
        if (iso == null) return "";
        String s = iso.replace('T', ' ');
        return s.length() >= 16 ? s.substring(0, 16) + " UTC" : s;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("gazetteer-heading");
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("import-hint");
        label.setWrapText(true);
        label.setMinWidth(0);
        return label;
    }

    private static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static String stem(Path file) {
        String name = name(file);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
