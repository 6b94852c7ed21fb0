package org.furat.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.furat.app.TeamDatabase;
import org.furat.app.Workspace;

/**
 * What the window shows instead of the map when its database cannot be opened (damaged, not Furat's, written by
 * a newer Furat, busy, unreadable): what is wrong and with which file, and the ways on: open another database,
 * create a new one, or check this one. Nothing here writes to the file that failed.
 */
final class DatabaseProblemView extends VBox {

    private final Label file = new Label();
    private final Label problem = new Label();
    private final TextArea findings = new TextArea();
    private final Button check = new Button("Check this database");
    private final Label working = new Label();
    /** While a database opens or a check runs, the actions wait: a second click would open a second database. */
    private final javafx.beans.property.BooleanProperty busy = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.BooleanProperty fileMissing = new javafx.beans.property.SimpleBooleanProperty();
    private final TaskRunner tasks;
    private final Function<Path, Workspace> opener;
    private final Function<String, String> checker;
    private final Consumer<Workspace> onOpened;
    /** The database that did not open: a file's path, or a team database's address. */
    private String current;
    private final Label advice = new Label();

    /**
     * @param opener   opens (or creates and seeds) a database; throws with a message saying why it cannot
     * @param checker  checks a database without changing it and says what is wrong, in lines
     * @param onOpened takes over a database once one opens
     */
    DatabaseProblemView(TaskRunner tasks, Function<Path, Workspace> opener, Function<String, String> checker,
                        Consumer<Workspace> onOpened) {
        this.tasks = tasks;
        this.opener = opener;
        this.checker = checker;
        this.onOpened = onOpened;
        setId("database-problem");
        getStyleClass().add("database-problem");
        setSpacing(12);
        setPadding(new Insets(24));
        setMaxWidth(900);

        Label heading = new Label("Furat cannot open this database");
        heading.getStyleClass().add("problem-heading");
        file.setId("problem-file");
        file.getStyleClass().add("problem-file");
        file.setWrapText(true);
        problem.setId("problem-message");
        problem.getStyleClass().add("problem-message");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        advice.setWrapText(true);
        advice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        Button openOther = new Button("Open another database…");
        openOther.setId("problem-open");
        openOther.setOnAction(e -> choose(false));
        Button create = new Button("Create a new database…");
        create.setId("problem-create");
        create.setOnAction(e -> choose(true));
        check.setId("problem-check");
        check.setOnAction(e -> check());
        Button quit = new Button("Quit");
        quit.setId("problem-quit");
        quit.setOnAction(e -> getScene().getWindow().hide());
        HBox actions = new HBox(8, openOther, create, check, quit);
        openOther.disableProperty().bind(busy);
        create.disableProperty().bind(busy);
        check.disableProperty().bind(busy.or(fileMissing));

        working.setId("problem-working");
        findings.setId("problem-findings");
        findings.setEditable(false);
        findings.setWrapText(true);
        findings.setVisible(false);
        findings.managedProperty().bind(findings.visibleProperty());
        VBox.setVgrow(findings, Priority.ALWAYS);
        getChildren().addAll(heading, file, problem, advice, actions, working, findings);
    }

    /** Shows why {@code database} (a file's path, or a team database's address) could not be opened. */
    void show(String database, String why) {
        current = database;
        boolean team = TeamDatabase.isServer(database);
        file.setText("Database: " + (team ? TeamDatabase.shown(database) : Path.of(database).toAbsolutePath()));
        problem.setText(why);
        advice.setText((team ? "Nothing was changed. " : "The file was left as it is. ") + "You can open another database, create a "
                + "new one (it starts with the seed report), or check this one to see what is wrong with it (the same as "
                + "`furat check --db " + (team ? "URL" : "FILE") + "`).");
        fileMissing.set(!team && !Files.isRegularFile(Path.of(database)));
        busy.set(false);
        findings.setVisible(false);
        working.setText("");
    }

    private void choose(boolean create) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(create ? "Create a new Furat database" : "Open a Furat database");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Furat database (GeoPackage)", "*.gpkg"));
        if (current != null && !TeamDatabase.isServer(current) && Path.of(current).toAbsolutePath().getParent() != null) {
            File folder = Path.of(current).toAbsolutePath().getParent().toFile();
            if (folder.isDirectory()) chooser.setInitialDirectory(folder);
        }
        if (create) chooser.setInitialFileName("furat.gpkg");
        File chosen = create ? chooser.showSaveDialog(getScene().getWindow()) : chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) open(chosen.toPath(), create);
    }

    /** Opens a database in the background; a new one must not overwrite a file that is there already. */
    void open(Path database, boolean create) {
        if (create && Files.exists(database)) {
            show(database.toString(), database.getFileName() + " already exists; a new database needs a new name.");
            return;
        }
        working.setText(create ? "Creating " + database + "…" : "Opening " + database + "…");
        busy.set(true);
        tasks.run(() -> opener.apply(database), opened -> {
            busy.set(false);
            onOpened.accept(opened);
        }, e -> show(database.toString(), e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    private void check() {
        String database = current;
        working.setText("Checking " + (TeamDatabase.isServer(database) ? TeamDatabase.shown(database) : database) + "…");
        busy.set(true);
        tasks.run(() -> checker.apply(database), report -> showFindings(report),
                e -> showFindings("The check could not run: " + e.getMessage()));
    }

    private void showFindings(String text) {
        busy.set(false);
        working.setText("");
        findings.setText(text);
        findings.setVisible(true);
    }
}
