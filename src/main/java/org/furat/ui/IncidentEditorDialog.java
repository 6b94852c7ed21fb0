package org.furat.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.furat.model.Actor;
import org.furat.model.Incident;
import org.furat.model.Place;

/**
 * The incident editor: a new incident, or a correction of one whatever its status. Save stays in the dialog while a
 * field cannot be read, saying which; the dialog gives what was entered, and the caller saves it off the FX thread.
 */
final class IncidentEditorDialog {

    private IncidentEditorDialog() {}

    /** A new incident with key {@code newKey}, at {@code here} (a place, or null), its note begun with {@code note} (or empty). */
    static Optional<IncidentForm.Entry> add(Window owner, String newKey, Place here, String note, List<Place> places, List<Actor> actors) {
        IncidentForm form = new IncidentForm(null, newKey, here, places, actors);
        if (note != null) form.note.setText(note);
        return show(owner, "New incident", "A new incident, coded by hand", form);
    }

    /** A correction of {@code incident}. */
    static Optional<IncidentForm.Entry> edit(Window owner, Incident incident, List<Place> places, List<Actor> actors) {
        return show(owner, "Edit incident", "Correct " + incident.key() + " (" + incident.status().code() + ")",
                new IncidentForm(incident, null, null, places, actors));
    }

    private static Optional<IncidentForm.Entry> show(Window owner, String title, String header, IncidentForm form) {
        Dialog<IncidentForm.Entry> dialog = new Dialog<>();
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setResizable(true);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Label problem = new Label();
        problem.setId("incident-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        dialog.getDialogPane().setContent(new VBox(8, problem, scroll));
        // Save keeps the dialog open while a field cannot be read, and says which.
        dialog.getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                form.entry();
                problem.setText("");
            } catch (IllegalArgumentException wrong) {
                problem.setText(wrong.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == save ? form.entry() : null);
        return dialog.showAndWait();
    }
}
