package org.furat.map;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures label sizes (the canvas API cannot), remembering each string's size per font. Not thread-safe. */
final class TextMeasure {

    private final Map<String, Bounds> cache = new HashMap<>();
    private final Text probe = new Text();

    Bounds bounds(String text, Font font) {
        return cache.computeIfAbsent(font.getName() + '\u0000' + font.getSize() + '\u0000' + text, k -> {
            probe.setFont(font);
            probe.setText(text);
            return probe.getLayoutBounds();
        });
    }
}
