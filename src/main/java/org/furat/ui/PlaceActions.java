package org.furat.ui;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.furat.app.ConcurrentEdit;
import org.furat.app.PlaceFields;
import org.furat.model.Place;

/**
 * What the analyst can do to the gazetteer from the map: add a place at a point, edit one, move its pin, merge it
 * with another, delete it. Each opens its dialog (or the move pin) and hands the change to the window's model,
 * which writes it in the background and draws the map again.
 */
final class PlaceActions {

    private final MainViewModel model;
    private final MapView map;
    private final String fontFamily;
    private final Supplier<Window> owner;
    private PlaceMove moving;

    PlaceActions(MainViewModel model, MapView map, String fontFamily, Supplier<Window> owner) {
        this.model = model;
        this.map = map;
        this.fontFamily = fontFamily;
        this.owner = owner;
    }

    /** Opens the place editor for a new place at the point, its coordinates filled in. */
    void newPlaceAt(double lon, double lat) {
        PlaceEditorDialog.show(owner.get(), fontFamily, "New place", PlaceForm.newPlace(model::coordinates, lon, lat))
                .ifPresent(fields -> model.changeGazetteer(editor -> editor.addPlace(null, fields), added -> {}));
    }

    /** Opens the place editor on the place. */
    void edit(String key) {
        model.place(key).ifPresent(place -> PlaceEditorDialog.show(owner.get(), fontFamily, "Edit " + Labels.place(place),
                        PlaceForm.editing(model::coordinates, place))
                .ifPresent(fields -> save(place, fields, ConcurrentEdit.Settle.REFUSE)));
    }

    /** Puts a pin over the map at the place for the analyst to drag; the place moves when they confirm. */
    void move(String key) {
        if (moving != null && moving.active()) return; // one move at a time
        model.place(key).ifPresent(place -> {
            moving = new PlaceMove(map, place, (lon, lat) -> save(place, PlaceFields.NONE.withPoint(lon, lat), ConcurrentEdit.Settle.REFUSE));
            moving.start();
        });
    }

    /**
     * Saves the analyst's change of the place as it was opened; should someone have changed the same fields since,
     * asks whose to keep (Changed meanwhile) and saves again as settled, or not at all.
     */
    private void save(Place opened, PlaceFields fields, ConcurrentEdit.Settle settle) {
        model.changeGazetteer(editor -> editor.editPlace(opened, fields, settle), this::reselect,
                conflict -> EditConflictDialog.ask(owner.get(), conflict).ifPresent(settled -> save(opened, fields, settled)));
    }

    /** Asks which place the place is merged with and which of the two is kept, then merges them. */
    void merge(String key) {
        model.place(key).ifPresent(place -> MergePlacesDialog.show(owner.get(), fontFamily, place, model.vocabularyProperty().get().places())
                .ifPresent(m -> model.changeGazetteer(editor -> editor.mergePlaces(m.keptKey(), m.goneKey()),
                        moved -> model.selectPlace(m.keptKey()))));
    }

    /** Asks, then deletes the place; one that incidents link to is refused with how many (in the error bar). */
    void delete(String key) {
        model.place(key).ifPresent(place -> {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Delete " + Labels.place(place) + " from the gazetteer? "
                    + "A place that incidents link to cannot be deleted: merge it into another place instead.", ButtonType.OK, ButtonType.CANCEL);
            ask.initOwner(owner.get());
            ask.setHeaderText("Delete place");
            if (ask.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) return;
            model.changeGazetteer(editor -> {
                editor.deletePlace(key);
                return key;
            }, deleted -> {});
        });
    }

    /** Shows the edited place again where it was chosen, so its header says what it is now. */
    private void reselect(Place place) {
        var selection = model.selectionProperty().get();
        if (selection.size() == 1 && selection.get(0).key().equals(place.key())) model.selectPlace(place.key());
    }
}
