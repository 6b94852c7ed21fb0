package org.furat.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.furat.model.Actor;

/**
 * The actors, to add one, rename one, or merge one into another (the same party entered twice): a list with a
 * button for each. Renaming keeps the old names as spellings, so reports using them are still read.
 */
final class ActorsWindow extends VBox {

    private final MainViewModel model;
    private final String fontFamily;
    private final ListView<Actor> list = new ListView<>();

    ActorsWindow(MainViewModel model, String fontFamily) {
        this.model = model;
        this.fontFamily = fontFamily;
        setId("actors-window");
        setSpacing(8);
        setPadding(new Insets(10));
        list.setId("actor-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Actor a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : name(a) + "  · " + a.key());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button add = new Button("Add…");
        add.setId("add-actor");
        add.setOnAction(e -> names("New actor", null).ifPresent(n -> model.changeGazetteer(ed -> ed.addActor(null, n[0], n[1]), a -> {})));
        Button rename = new Button("Rename…");
        rename.setId("rename-actor");
        rename.setOnAction(e -> chosen().ifPresent(a -> names("Rename " + name(a), a)
                .ifPresent(n -> rename(a, n, org.furat.app.ConcurrentEdit.Settle.REFUSE))));
        Button merge = new Button("Merge into…");
        merge.setId("merge-actor");
        merge.setOnAction(e -> chosen().ifPresent(a -> mergeTarget(a)
                .ifPresent(kept -> model.changeGazetteer(ed -> ed.mergeActors(kept.key(), a.key()), n -> {}))));
        rename.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        merge.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        getChildren().addAll(new Label("Parties to incidents, in English and Arabic"), list, new HBox(6, add, rename, merge),
                new CloseBar("actors-close"));
        model.vocabularyProperty().addListener((o, was, v) -> show());
        show();
    }

    /**
     * Gives the actor as it was shown the names typed; should someone have renamed it since, asks whose names to keep
     * (Changed meanwhile) and saves again as settled, or not at all.
     */
    private void rename(Actor opened, String[] names, org.furat.app.ConcurrentEdit.Settle settle) {
        model.changeGazetteer(ed -> ed.renameActor(opened, names[0], names[1], settle), r -> {},
                conflict -> EditConflictDialog.ask(getScene().getWindow(), conflict).ifPresent(settled -> rename(opened, names, settled)));
    }

    /** Opens the window (one for the main window: {@code stage} is kept by the caller). */
    static Stage open(Window owner, MainViewModel model, String fontFamily) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Actors");
        Scene scene = new Scene(new ActorsWindow(model, fontFamily), 520, 520);
        scene.getRoot().setStyle("-fx-font-family: \"" + fontFamily + "\";");
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private void show() {
        var v = model.vocabularyProperty().get();
        Actor chosen = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(v == null ? List.of() : v.actors().stream().sorted(Comparator.comparing(Actor::nameEn)).toList());
        if (chosen != null) list.getItems().stream().filter(a -> a.key().equals(chosen.key())).findFirst()
                .ifPresent(a -> list.getSelectionModel().select(a));
    }

    private Optional<Actor> chosen() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    static String name(Actor a) {
        return a.nameEn() + (a.nameAr() == null || a.nameAr().equals(a.nameEn()) ? "" : " (" + a.nameAr() + ")\u200E");
    }

    /** Asks for an actor's English and Arabic names, filled with those it has: {en, ar}. */
    private Optional<String[]> names(String title, Actor actor) {
        Dialog<String[]> dialog = new Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(title);
        dialog.getDialogPane().setStyle("-fx-font-family: \"" + fontFamily + "\";");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        TextField en = new TextField(actor == null ? "" : actor.nameEn());
        en.setId("actor-name-en");
        TextField ar = new TextField(actor == null || actor.nameAr() == null ? "" : actor.nameAr());
        ar.setId("actor-name-ar");
        ar.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("English name"), en);
        form.addRow(1, new Label("Arabic name"), ar);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(en.textProperty().isEmpty().and(ar.textProperty().isEmpty()));
        dialog.setResultConverter(b -> b == ButtonType.OK ? new String[]{en.getText(), ar.getText()} : null);
        return dialog.showAndWait();
    }

    /** Asks which actor {@code gone} is merged into. */
    private Optional<Actor> mergeTarget(Actor gone) {
        Dialog<Actor> dialog = new Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle("Merge " + name(gone));
        dialog.getDialogPane().setStyle("-fx-font-family: \"" + fontFamily + "\";");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ComboBox<Actor> kept = new ComboBox<>();
        kept.setId("merge-actor-into");
        kept.getItems().setAll(list.getItems().stream().filter(a -> !a.key().equals(gone.key())).toList());
        kept.setConverter(Converters.showing(ActorsWindow::name));
        Label what = new Label("Merge " + name(gone) + " into the actor chosen: its incidents move to it, its names become "
                + "spellings of it, and it is deleted.");
        what.setWrapText(true);
        what.setMaxWidth(440);
        dialog.getDialogPane().setContent(new VBox(8, what, kept));
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(kept.valueProperty().isNull());
        dialog.setResultConverter(b -> b == ButtonType.OK ? kept.getValue() : null);
        return dialog.showAndWait();
    }
}
