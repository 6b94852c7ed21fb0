package org.furat.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.furat.app.Exporter;

/**
 * Export what the analyst sees: format, incidents or places, and which incidents (the filter, the chosen
 * places, everything). It says how much will be written before writing, shows progress and can cancel; the
 * save dialog asks before replacing a file.
 */
final class ExportDialog {

    private static final Map<String, String> FORMAT_NAMES = Map.of("shp", "Shapefile (.shp, for ArcGIS and QGIS)",
            "gpkg", "GeoPackage (.gpkg)", "geojson", "GeoJSON (.geojson)", "kml", "KML (.kml, for Google Earth)",
            "csv", "CSV (.csv, for spreadsheets)");

    private ExportDialog() {}

    static void show(Window owner, MainViewModel model) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export");

        ChoiceBox<String> format = new ChoiceBox<>();
        format.setId("export-format");
        format.getItems().setAll(Exporter.formats());
        format.setConverter(Converters.showing(name -> FORMAT_NAMES.getOrDefault(name, name)));
        format.getSelectionModel().selectFirst();
        ToggleGroup what = new ToggleGroup(), scope = new ToggleGroup();
        RadioButton incidents = radio("Incidents (a point per incident and place)", what, Exporter.What.INCIDENTS, true);
        RadioButton places = radio("Places", what, Exporter.What.PLACES, false);
        RadioButton filtered = radio("What the filter shows", scope, MainViewModel.ExportScope.FILTER, true);
        RadioButton selected = radio("The chosen places only", scope, MainViewModel.ExportScope.SELECTION, false);
        selected.setDisable(model.selectionProperty().get().isEmpty());
        RadioButton everything = radio("Everything", scope, MainViewModel.ExportScope.EVERYTHING, false);
        Label plan = new Label();
        plan.setId("export-plan");
        plan.setWrapText(true);
        plan.setMaxWidth(460);
        plan.setMinHeight(Region.USE_PREF_SIZE);
        ProgressBar progress = new ProgressBar(0);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        Label outcome = new Label();
        outcome.setId("export-outcome");
        outcome.setWrapText(true);
        outcome.setMaxWidth(460);
        outcome.setMinHeight(Region.USE_PREF_SIZE);
        // A longer message than the window was laid out for grows the window, so no message is cut off.
        plan.textProperty().addListener((o, was, is) -> Platform.runLater(stage::sizeToScene));
        outcome.textProperty().addListener((o, was, is) -> Platform.runLater(stage::sizeToScene));
        Button export = new Button("Export…");
        export.setDefaultButton(true);
        Button cancel = new Button("Close");
        cancel.setCancelButton(true);

        Runnable replan = () -> model.planExport((MainViewModel.ExportScope) scope.getSelectedToggle().getUserData(),
                (Exporter.What) what.getSelectedToggle().getUserData(), p -> plan.setText("To write: " + p.describe()));
        what.selectedToggleProperty().addListener((o, was, is) -> replan.run());
        scope.selectedToggleProperty().addListener((o, was, is) -> replan.run());
        replan.run();

        MainViewModel.ExportJob[] running = {null};
        export.setOnAction(e -> {
            String name = format.getValue();
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export as " + FORMAT_NAMES.getOrDefault(name, name));
            String extension = Exporter.extension(name);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(FORMAT_NAMES.getOrDefault(name, name), "*" + extension));
            chooser.setInitialFileName("furat-export" + extension);
            File file = chooser.showSaveDialog(stage); // asks before replacing an existing file
            if (file == null) return;
            Path target = file.toPath().toString().endsWith(extension) ? file.toPath() : Path.of(file.getPath() + extension);
            progress.setVisible(true);
            progress.setProgress(0);
            export.setDisable(true);
            cancel.setText("Cancel");
            outcome.setText("");
            running[0] = model.export((MainViewModel.ExportScope) scope.getSelectedToggle().getUserData(),
                    (Exporter.What) what.getSelectedToggle().getUserData(), name, target, progress::setProgress, done -> {
                        running[0] = null;
                        outcome.setText(done);
                        export.setDisable(false);
                        cancel.setText("Close");
                    }, failure -> {
                        running[0] = null;
                        outcome.setText(failure);
                        export.setDisable(false);
                        cancel.setText("Close");
                    });
        });
        stage.setOnHidden(e -> {
            if (running[0] != null) running[0].cancel(); // closing the window cancels, leaving no file
        });
        cancel.setOnAction(e -> {
            if (running[0] != null) running[0].cancel();
            else stage.close();
        });

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Export"), new VBox(4, incidents, places));
        grid.addRow(2, new Label("Which"), new VBox(4, filtered, selected, everything));
        HBox buttons = new HBox(8, export, cancel);
        VBox root = new VBox(12, grid, plan, progress, outcome, buttons);
        root.setPadding(new Insets(14));
        root.setStyle(owner.getScene().getRoot().getStyle());
        stage.setScene(new Scene(root));
        stage.show();
    }

    private static RadioButton radio(String text, ToggleGroup group, Object value, boolean selected) {
        RadioButton button = new RadioButton(text);
        button.setToggleGroup(group);
        button.setUserData(value);
        button.setSelected(selected);
        return button;
    }
}
