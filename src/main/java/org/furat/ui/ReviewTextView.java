package org.furat.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import org.furat.app.Finding;
import org.furat.model.Source;

/**
 * A report's text under review: every finding highlighted in its kind's colour (the legend above says which
 * is which and how many), the words' meaning in a tooltip, and the sentence of the chosen proposal outlined
 * and scrolled into view. Arabic is laid out right-to-left.
 */
final class ReviewTextView extends VBox {

    private final FlowPane legend = new FlowPane(6, 4);
    private final Map<Finding.Kind, Path> highlights = new EnumMap<>(Finding.Kind.class);
    private final Path sentence = new Path();
    private final TextPage page = new TextPage(8);
    private List<Finding> findings = List.of();
    private int[] focused;

    ReviewTextView() {
        setId("review-text");
        getStyleClass().add("source-text");
        for (Finding.Kind kind : Finding.Kind.values()) {
            Path path = new Path();
            path.setFill(FindingColors.fill(kind));
            path.setStroke(FindingColors.of(kind));
            path.setStrokeWidth(kind == Finding.Kind.UNKNOWN_PLACE ? 1.5 : 0.6);
            if (kind == Finding.Kind.UNKNOWN_PLACE) path.getStrokeDashArray().setAll(4.0, 3.0);
            highlights.put(kind, path);
            page.addHighlight(path);
        }
        sentence.setId("proposal-sentence");
        sentence.setFill(Color.TRANSPARENT);
        sentence.setStroke(Color.rgb(31, 78, 121));
        sentence.setStrokeWidth(2);
        page.addHighlight(sentence);
        setMinWidth(0);
        VBox.setVgrow(page, Priority.ALWAYS);
        page.onLayout(this::placeHighlights);
        legend.setId("finding-legend");
        getChildren().addAll(legend, page);
        setSpacing(6);
    }

    void show(Source source, List<Finding> shownFindings) {
        findings = List.copyOf(shownFindings);
        focused = null;
        NodeOrientation orientation = "ar".equals(source.language()) ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
        page.show(source.text(), "source-body", orientation);
        explainWords(page.words());
        legend.getChildren().setAll(legendItems());
        Platform.runLater(this::placeHighlights);
    }

    /** Outlines a proposal's sentence and scrolls to it. */
    void focus(int start, int end) {
        focused = new int[]{start, end};
        placeHighlights();
        Platform.runLater(() -> page.scrollTo(sentence));
    }

    /** Each word that is (part of) a finding says in a tooltip what it was read as. */
    private void explainWords(List<Text> words) {
        int offset = 0;
        for (Text word : words) {
            int start = offset, end = offset + word.getText().length();
            offset = end;
            List<String> meanings = new ArrayList<>();
            for (Finding f : findings) if (f.start() < end && f.end() > start) meanings.add(f.kind().label() + ": " + f.label());
            if (!meanings.isEmpty()) Tooltip.install(word, new Tooltip(String.join("\n", meanings)));
        }
    }

    private List<Label> legendItems() {
        Map<Finding.Kind, Integer> counts = highlightedCounts();
        List<Label> items = new ArrayList<>();
        for (Finding.Kind kind : Finding.Kind.values()) {
            Label item = new Label(kind.label() + " " + counts.getOrDefault(kind, 0));
            item.getStyleClass().add("finding-chip");
            item.setStyle("-fx-background-color: " + css(FindingColors.fill(kind)) + "; -fx-border-color: " + css(FindingColors.of(kind)) + ";"
                    + (kind == Finding.Kind.UNKNOWN_PLACE ? " -fx-border-style: segments(4, 3);" : ""));
            items.add(item);
        }
        return items;
    }

    private static String css(Color c) {
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.2f)", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255), c.getOpacity());
    }

    private void placeHighlights() {
        Map<Finding.Kind, List<PathElement>> shapes = new EnumMap<>(Finding.Kind.class);
        for (Finding f : findings) shapes.computeIfAbsent(f.kind(), k -> new ArrayList<>()).addAll(List.of(page.rangeShape(f.start(), f.end())));
        highlights.forEach((kind, path) -> path.getElements().setAll(shapes.getOrDefault(kind, List.of())));
        sentence.getElements().setAll(focused == null ? new PathElement[0] : page.rangeShape(focused[0], focused[1]));
    }

    /** The kinds highlighted and how many spans each has (the legend's counts). */
    Map<Finding.Kind, Integer> highlightedCounts() {
        Map<Finding.Kind, Integer> counts = new EnumMap<>(Finding.Kind.class);
        for (Finding f : findings) counts.merge(f.kind(), 1, Integer::sum);
        return counts;
    }

    int[] focusedSentence() { return focused; }

    /** Where the highlights of a kind are drawn, in the scene; for tests. */
    javafx.geometry.Bounds highlightBounds(Finding.Kind kind) {
        Path path = highlights.get(kind);
        return path.localToScene(path.getBoundsInLocal());
    }

    /** The findings highlighted, for tests. */
    List<Finding> findings() { return findings; }

    /** The words on the page, one node each, in text order; for tests. */
    List<Text> words() { return page.words(); }
}
