package org.furat.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.furat.text.ArabicNormalizer;

/**
 * A choice among thousands (the places of an imported gazetteer) that the analyst narrows by typing part of a name in
 * either script: the list shows only the entries whose name contains what was typed, Arabic compared in normalised form
 * (hamza, taa marbuta and alef maqsura forms alike).
 */
final class SearchableChoice {

    private SearchableChoice() {}

    static <T> ComboBox<T> of(List<T> entries, Function<T, String> name) {
        FilteredList<T> shown = new FilteredList<>(FXCollections.observableArrayList(entries));
        ComboBox<T> box = new ComboBox<>(shown);
        box.setEditable(true);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) { return value == null ? "" : name.apply(value); }

            @Override
            public T fromString(String text) {
                return entries.stream().filter(e -> name.apply(e).equals(text)).findFirst().orElse(null);
            }
        });
        // The list in the popup takes a space as "choose the focused entry", which replaces what was typed: a name of
        // two words could not be typed. The space is kept from the list, so it reaches the text.
        javafx.scene.control.skin.ComboBoxListViewSkin<T> skin = new javafx.scene.control.skin.ComboBoxListViewSkin<>(box);
        skin.getPopupContent().addEventFilter(javafx.scene.input.KeyEvent.ANY, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE) e.consume();
        });
        box.setSkin(skin);
        TextDirection.follow(box.getEditor());
        box.getEditor().textProperty().addListener((o, was, text) -> {
            T chosen = box.getValue();
            if (chosen != null && name.apply(chosen).equals(text)) return; // the text of a choice just made
            String wanted = key(text);
            // Not while the list is handling the click or key that set the text.
            Platform.runLater(() -> {
                shown.setPredicate(e -> wanted.isEmpty() || key(name.apply(e)).contains(wanted));
                if (box.getEditor().isFocused() && !box.isShowing() && !shown.isEmpty()) box.show();
            });
        });
        return box;
    }

    /**
     * The entry chosen, or the one whose whole name is typed in the box and not yet committed (Enter or leaving the
     * box commits it); null when the text names none.
     */
    static <T> T chosen(ComboBox<T> box) {
        String text = box.getEditor().getText();
        T value = box.getValue();
        if (value != null && (text == null || text.isEmpty() || text.equals(box.getConverter().toString(value)))) return value;
        return box.getConverter().fromString(text);
    }

    private static String key(String text) {
        return text == null ? "" : ArabicNormalizer.normalize(text.toLowerCase(Locale.ROOT)).text().strip();
    }
}
