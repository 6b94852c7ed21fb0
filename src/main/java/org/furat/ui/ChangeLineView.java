package org.furat.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.scene.layout.VBox;
import org.furat.app.ChangeLine;

/**
 * One change as the history panels show it: what it belongs to (left out in a panel about that very thing; an
 * incident's key is a link), what happened and the values. A value mostly in Arabic gets a line of its own, laid
 * out right to left one word per node (decision 0003), so a quote or an Arabic description reads as written.
 */
final class ChangeLineView {

    private ChangeLineView() {}

    /**
     * @param ownSubject the key of the incident or place the panel is about (its name is then not repeated), or null
     * @param onIncident called with an incident's key when its link is clicked; null for no links
     */
    static Node of(ChangeLine line, String ownSubject, Consumer<String> onIncident) {
        TextFlow head = new TextFlow();
        head.getStyleClass().add("change-line");
        head.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        boolean withSubject = ownSubject == null || !ownSubject.equals(line.subjectKey());
        if (withSubject) {
            if (line.kind() == ChangeLine.Kind.INCIDENT && onIncident != null) {
                head.getChildren().addAll(WrappedText.words("incident ", "change-subject"));
                Hyperlink key = new Hyperlink(line.subjectKey());
                key.getStyleClass().add("change-incident-link");
                key.setTooltip(new javafx.scene.control.Tooltip("Show this incident's source, and copy its key"));
                key.setOnAction(e -> onIncident.accept(line.subjectKey()));
                head.getChildren().add(key);
                head.getChildren().addAll(WrappedText.words(": ", "change-subject"));
            } else {
                head.getChildren().addAll(WrappedText.words(line.subject() + ": ", "change-subject"));
            }
        }
        head.getChildren().addAll(WrappedText.words(line.what(), "change-what"));
        List<String> ownLines = new ArrayList<>();
        if (rightToLeft(line.before()) || rightToLeft(line.after())) {
            // Each value on its own line: "was" and "now" for a field, the one value for a row added or removed.
            if (line.update()) {
                head.getChildren().addAll(WrappedText.words(":", "change-what"));
                return new VBox(1, head, labelled("was", line.before()), labelled("now", line.after()));
            }
            ownLines.add(line.after() != null ? line.after() : line.before());
        } else if (!line.values().isEmpty()) {
            head.getChildren().addAll(WrappedText.words(": " + line.values(), "change-values"));
        }
        VBox box = new VBox(1, head);
        for (String value : ownLines) box.getChildren().add(flow(value));
        return box;
    }

    static boolean rightToLeft(String value) {
        return value != null && TextDirection.of(value) == NodeOrientation.RIGHT_TO_LEFT;
    }

    /** "was:" or "now:" at the left, the value filling the rest of the line in its own direction. */
    private static Node labelled(String label, String value) {
        javafx.scene.control.Label prefix = new javafx.scene.control.Label(label + ":");
        prefix.getStyleClass().add("change-value-label");
        prefix.setMinWidth(javafx.scene.control.Label.USE_PREF_SIZE);
        TextFlow shown = value == null || value.isEmpty() ? new TextFlow(new Text("—")) : flow(value);
        javafx.scene.layout.HBox.setHgrow(shown, javafx.scene.layout.Priority.ALWAYS);
        shown.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(6, prefix, shown);
        row.setPadding(new javafx.geometry.Insets(0, 0, 0, 16));
        return row;
    }

    /** A value in its own direction, wrapping between words. */
    static TextFlow flow(String value) {
        TextFlow flow = new TextFlow();
        flow.getChildren().addAll(WrappedText.words(value, "change-value"));
        flow.setNodeOrientation(TextDirection.of(value));
        flow.getStyleClass().add("change-value-flow");
        return flow;
    }
}
