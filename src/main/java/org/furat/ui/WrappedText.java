package org.furat.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;

/**
 * Splits text into one {@link Text} node per word, each with the whitespace that follows it, for a
 * TextFlow. JavaFX 21 wraps a single long right-to-left Text at the wrong places (a line runs past the
 * edge and the next one starts mid-word); breaking between nodes is correct, and since Arabic letters
 * never join across a space, shaping is unchanged. The nodes' texts concatenate to the original exactly,
 * so character offsets (evidence spans) still address the flow.
 */
final class WrappedText {

    private WrappedText() {}

    static List<Text> words(String text, String styleClass) {
        List<Text> nodes = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
            while (end < text.length() && Character.isWhitespace(text.charAt(end))) end++;
            Text word = new Text(text.substring(i, end));
            word.getStyleClass().add(styleClass);
            nodes.add(word);
            i = end;
        }
        return nodes;
    }
}
