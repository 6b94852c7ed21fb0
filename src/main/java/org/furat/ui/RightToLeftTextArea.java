package org.furat.ui;

import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A text area for Arabic: laid out right to left, its lines starting at the right edge. Two faults of JavaFX's text
 * area are worked around here. Wrapped right-to-left lines are drawn wrongly (the last word twice, lines shifted past
 * the edge), so lines do not wrap: a long one scrolls. And the text keeps the place it was first laid out in when the
 * area grows after (a dialog sizing itself), ending short of the right edge, so it is laid out again whenever the area
 * changes width.
 */
final class RightToLeftTextArea {

    private RightToLeftTextArea() {}

    static void apply(TextArea area) {
        area.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        area.setWrapText(false);
        area.setPrefRowCount(1);
        area.skinProperty().addListener((o, was, skin) -> {
            if (skin != null && area.lookup(".scroll-pane") instanceof ScrollPane scroll) {
                scroll.viewportBoundsProperty().addListener((b, before, now) -> Platform.runLater(() -> layOutAgain(area)));
            }
        });
    }

    /** Has the text (and the prompt) worked out where its glyphs go again, for the width the area has now. */
    private static void layOutAgain(TextArea area) {
        for (Node node : area.lookupAll(".text")) {
            if (node instanceof Text text) {
                TextAlignment alignment = text.getTextAlignment();
                // Setting the alignment to another value and back is what makes a Text lay its glyphs out anew.
                text.setTextAlignment(alignment == TextAlignment.LEFT ? TextAlignment.RIGHT : TextAlignment.LEFT);
                text.setTextAlignment(alignment);
            }
        }
    }
}
