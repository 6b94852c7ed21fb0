package org.furat.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.furat.geo.GreatCircle;
import org.furat.model.Place;
import org.furat.text.ArabicNormalizer;

/**
 * Choosing the place another is merged with, and which of the two is kept: the other places listed nearest first
 * (a place entered twice is usually close to itself), found by any spelling in either script. The content of
 * {@link MergePlacesDialog}.
 */
final class MergePlacesForm extends VBox {

    /** Which place stays and which is merged into it. */
    record Merge(String keptKey, String goneKey) {}

    private final Place place;
    private final TextField filter = new TextField();
    private final ListView<Place> candidates = new ListView<>();
    private final RadioButton keepOther = new RadioButton();
    private final RadioButton keepThis = new RadioButton();

    MergePlacesForm(Place place, List<Place> gazetteer) {
        this.place = place;
        setId("merge-places");
        setSpacing(8);
        setPadding(new Insets(4));
        Label what = new Label("Merge " + Labels.place(place) + " with another place (the same place entered twice). The place not kept "
                + "is deleted: its incidents, spellings and sources move to the one kept, and its names become spellings of it.");
        what.setWrapText(true);
        what.setMaxWidth(520);
        filter.setId("merge-filter");
        TextDirection.follow(filter);
        filter.setPromptText("Find a place by any spelling, Arabic or English");
        List<Place> others = gazetteer.stream().filter(p -> !p.key().equals(place.key()))
                .sorted(Comparator.comparingDouble(p -> GreatCircle.km(place.lon(), place.lat(), p.lon(), p.lat()))).toList();
        FilteredList<Place> shown = new FilteredList<>(FXCollections.observableArrayList(others));
        filter.textProperty().addListener((o, was, text) -> shown.setPredicate(p -> matches(p, text)));
        candidates.setId("merge-candidates");
        candidates.setItems(shown);
        candidates.setPrefHeight(260);
        candidates.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Place p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : Labels.place(p) + String.format(Locale.ROOT, " · %s · %.1f km", p.kind().code().replace('_', ' '),
                        GreatCircle.km(place.lon(), place.lat(), p.lon(), p.lat())));
            }
        });
        ToggleGroup keep = new ToggleGroup();
        keepOther.setId("keep-other");
        keepOther.setToggleGroup(keep);
        keepOther.setSelected(true);
        keepThis.setId("keep-this");
        keepThis.setToggleGroup(keep);
        keepThis.setText("Keep " + Labels.place(place));
        keepOther.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Place p = candidates.getSelectionModel().getSelectedItem();
            return p == null ? "Keep the place chosen above" : "Keep " + Labels.place(p);
        }, candidates.getSelectionModel().selectedItemProperty()));
        getChildren().addAll(what, filter, candidates, new HBox(16, keepOther, keepThis));
    }

    private static boolean matches(Place p, String text) {
        if (text == null || text.isBlank()) return true;
        String latin = text.strip().toLowerCase(Locale.ROOT), arabic = ArabicNormalizer.searchKey(text);
        if (p.key().contains(latin) || p.nameEn().toLowerCase(Locale.ROOT).contains(latin)) return true;
        if (p.variantsEn().stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(latin))) return true;
        if (arabic.isBlank()) return false;
        return (p.nameAr() != null && ArabicNormalizer.searchKey(p.nameAr()).contains(arabic))
                || p.variantsAr().stream().anyMatch(v -> ArabicNormalizer.searchKey(v).contains(arabic));
    }

    /** The merge chosen, or null while no other place is chosen. */
    Merge merge() {
        Place other = candidates.getSelectionModel().getSelectedItem();
        if (other == null) return null;
        return keepThis.isSelected() ? new Merge(place.key(), other.key()) : new Merge(other.key(), place.key());
    }

    ListView<Place> candidates() { return candidates; }
}
