package org.furat.ui;

import javafx.scene.paint.Color;
import org.furat.app.Finding;

/** One colour per kind of finding, shared by the highlighted text and its legend. */
final class FindingColors {

    private FindingColors() {}

    static Color of(Finding.Kind kind) {
        return switch (kind) {
            case PLACE -> Color.rgb(33, 113, 181);
            case UNKNOWN_PLACE -> Color.rgb(230, 97, 1);
            case OUTSIDE_MAP -> Color.rgb(120, 120, 120);
            case DATE -> Color.rgb(35, 139, 69);
            case ACTOR -> Color.rgb(117, 107, 177);
            case CASUALTIES -> Color.rgb(203, 24, 29);
            case EVENT -> Color.rgb(204, 153, 0);
        };
    }

    /** The translucent fill drawn behind the words, light enough to read dark text through. */
    static Color fill(Finding.Kind kind) {
        Color c = of(kind);
        return Color.color(c.getRed(), c.getGreen(), c.getBlue(), 0.22);
    }
}
