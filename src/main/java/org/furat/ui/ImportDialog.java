package org.furat.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.furat.app.Importer;

/**
 * Import news reports from the window: paste a report (or drop text), open or drop files, with the publication
 * date, outlet, URL and language they share. Progress, cancel and each report's outcome come from
 * {@link ImportViewModel}; a stored report can be opened for review. Not modal, so the map stays usable while a
 * long batch runs; closing the window cancels what has not started. Use on the FX thread.
 */
final class ImportDialog {

    private static final String[] LANGUAGES = {null, "ar", "en"};

    private final Stage stage = new Stage();
    private final ImportViewModel model;
    private final TextArea report = new TextArea();
    private final DatePicker published = new DatePicker();
    private final TextField outlet = new TextField();
    private final TextField url = new TextField();
    private final ChoiceBox<String> language = new ChoiceBox<>();
    private final Label problem = new Label();
    /** Pasted reports sent to import and not yet back, in order. */
    private final java.util.Queue<String> pasted = new java.util.ArrayDeque<>();
    private File lastFolder;
    /** Text typed as the publication date that is no date, until a date (or nothing) is typed instead. */
    private String unreadableDate;

    ImportDialog(Window owner, ImportViewModel model, Consumer<String> onReview) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Import news reports");

        report.setId("import-text");
        report.getStyleClass().add("import-text");
        report.setWrapText(true);
        report.setPromptText("Paste an Arabic or English report here, or drop text or .txt/.html files on this window");
        report.textProperty().addListener((o, was, text) -> {
            report.setNodeOrientation(TextDirection.of(text));
            report.setWrapText(TextDirection.wrappable(text));
        });
        Button importText = new Button("Import text");
        importText.setId("import-text-button");
        importText.setDefaultButton(true);
        importText.disableProperty().bind(report.textProperty().isEmpty());
        importText.setOnAction(e -> importText());
        Button openFiles = new Button("Open files…");
        openFiles.setId("import-open-files");
        openFiles.setOnAction(e -> chooseFiles());
        problem.setId("import-problem");
        problem.getStyleClass().add("import-problem");
        HBox actions = new HBox(8, importText, openFiles, problem);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label progressText = new Label();
        progressText.setId("import-progress-text");
        progressText.textProperty().bind(model.progressTextProperty());
        progressText.setMinWidth(0);
        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.setPrefWidth(180);
        progress.setMinWidth(Region.USE_PREF_SIZE);
        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.setOnAction(e -> model.cancel());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox status = new HBox(8, progressText, gap, progress, cancel);
        status.setAlignment(Pos.CENTER_LEFT);
        status.visibleProperty().bind(model.runningProperty().or(model.progressTextProperty().isNotEmpty()));
        status.managedProperty().bind(status.visibleProperty()); // no empty gap before the first import

        ListView<ImportRow> outcomes = new ListView<>(model.outcomes());
        outcomes.setId("import-outcomes");
        outcomes.setCellFactory(v -> new ImportRowCell(onReview));
        outcomes.setPlaceholder(new Label("Each report's outcome is listed here"));
        outcomes.setPrefHeight(250);
        outcomes.setMinHeight(120);
        model.outcomes().addListener((javafx.collections.ListChangeListener<ImportRow>) c -> {
            while (c.next()) c.getAddedSubList().forEach(this::clearImported);
            // After the next layout: scrolling now would use the new row's estimated height and stop short of it.
            javafx.application.Platform.runLater(() -> outcomes.scrollTo(model.outcomes().size() - 1));
        });

        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(10, details(), report, actions, status, outcomes, bottom);
        report.setPrefHeight(220);
        report.setMinHeight(100);
        VBox.setVgrow(report, Priority.ALWAYS);
        VBox.setVgrow(outcomes, Priority.ALWAYS);
        root.setPadding(new Insets(14));
        root.getStyleClass().add("import-dialog");
        root.setStyle(owner.getScene().getRoot().getStyle()); // the app's font family, for Arabic
        root.setOnDragOver(ImportDialog::acceptDrag);
        root.setOnDragDropped(e -> e.setDropCompleted(drop(e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of(),
                e.getDragboard().hasString() ? e.getDragboard().getString() : null)));
        Scene scene = new Scene(root, 780, 760);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.setMinWidth(560);
        stage.setMinHeight(520);
        stage.setOnHidden(e -> model.cancel()); // what has not started is not imported once the window is gone
    }

    /** The details every report imported from here shares: publication date, outlet, URL, language. */
    private GridPane details() {
        published.setId("import-published");
        published.setEditable(true);
        published.setPromptText("yyyy-mm-dd");
        published.setConverter(new IsoDates());
        published.setPrefWidth(140);
        outlet.setId("import-outlet");
        outlet.setPromptText("e.g. Enab Baladi");
        url.setId("import-url");
        url.setPromptText("https://…");
        language.setId("import-language");
        language.getItems().setAll(LANGUAGES);
        language.setConverter(new StringConverter<>() {
            @Override public String toString(String code) {
                return code == null ? "Detect" : code.equals("ar") ? "Arabic" : "English";
            }
            @Override public String fromString(String text) { return null; }
        });
        language.getSelectionModel().selectFirst();
        Label dateHint = new Label("Empty: unknown, dates like «أمس» count from the day of import");
        dateHint.getStyleClass().add("import-hint");
        dateHint.setMinWidth(0);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        HBox date = new HBox(10, published, dateHint);
        date.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(0, label("Published", published), date);
        grid.addRow(1, label("Outlet", outlet), outlet);
        grid.addRow(2, label("URL", url), url);
        grid.addRow(3, label("Language", language), language);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    boolean isShowing() { return stage.isShowing(); }

    void close() { stage.close(); }

    ImportViewModel model() { return model; }

    /** Imports files with the details as they stand; used by Open files…, drops here and drops on the main window. */
    void importFiles(List<Path> files) {
        metadata().ifPresent(m -> model.importFiles(files, m));
    }

    private void importText() {
        String text = report.getText();
        metadata().ifPresent(m -> {
            pasted.add(text);
            model.importText(text, m);
        });
    }

    /** A pasted report once imported is cleared for the next one, unless the analyst has typed on meanwhile. */
    private void clearImported(ImportRow row) {
        if (!row.name().equals(ImportViewModel.PASTED) || pasted.isEmpty()) return;
        String text = pasted.poll();
        if (row.kind() == ImportRow.Kind.IMPORTED && report.getText().equals(text)) report.clear();
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import news reports");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("News reports (.txt, .html, .htm)", "*.txt", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null) chooser.setInitialDirectory(lastFolder);
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files == null || files.isEmpty()) return;
        lastFolder = files.get(0).getParentFile();
        importFiles(files.stream().map(File::toPath).toList());
    }

    private static void acceptDrag(DragEvent e) {
        if (e.getDragboard().hasFiles() || e.getDragboard().hasString()) e.acceptTransferModes(TransferMode.COPY);
        e.consume();
    }

    /** Dropped files are imported; dropped text goes into the report at the caret, to be checked and imported. */
    boolean drop(List<File> files, String text) {
        if (!files.isEmpty()) {
            importFiles(files.stream().map(File::toPath).toList());
            return true;
        }
        if (text == null || text.isEmpty()) return false;
        report.replaceSelection(text);
        report.requestFocus();
        return true;
    }

    /**
     * The shared details, or empty (and the reason shown) when the date cannot be read. A date that cannot be read
     * stops the import rather than passing for "unknown": the date picker, committing typed text as focus leaves it,
     * may already have put the previous date (or none) back in the field.
     */
    private java.util.Optional<Importer.Metadata> metadata() {
        String typed = published.getEditor().getText();
        String bad = unreadableDate != null ? unreadableDate
                : typed != null && !typed.isBlank() && IsoDates.parse(typed) == null ? typed.strip() : null;
        if (bad != null) {
            published.getEditor().setText(bad);
            problem.setText("«" + bad + "» is not a date: use yyyy-mm-dd, or leave it empty");
            return java.util.Optional.empty();
        }
        LocalDate date = IsoDates.parse(typed);
        problem.setText("");
        return java.util.Optional.of(new Importer.Metadata(date, blankToNull(outlet.getText()), blankToNull(url.getText()),
                language.getValue()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Dates as yyyy-mm-dd, whatever the machine's locale, so what is typed and what is shown agree. Text that is no
     * date leaves the picker's value as it was and is remembered, for {@link #metadata} to refuse.
     */
    private final class IsoDates extends StringConverter<LocalDate> {
        @Override public String toString(LocalDate date) { return date == null ? "" : date.toString(); }

        @Override public LocalDate fromString(String text) {
            LocalDate date = parse(text);
            boolean blank = text == null || text.isBlank();
            unreadableDate = date == null && !blank ? text.strip() : null;
            return date == null && !blank ? published.getValue() : date;
        }

        static LocalDate parse(String text) {
            if (text == null || text.isBlank()) return null;
            try {
                return LocalDate.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
    }
}
