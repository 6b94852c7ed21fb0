package org.furat.ui;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.text.TextFlow;
import org.furat.model.Source;

/**
 * A source's full text, laid out right-to-left when it is Arabic, with one evidence span highlighted
 * behind the words and scrolled into view.
 */
public final class SourceTextView extends VBox {

    private final TextFlow title = new TextFlow();
    private final Label meta = new Label();
    private String text = "";
    private final Path highlight = new Path();
    private final TextPage page = new TextPage(6);
    private SourceExcerpt shown;

    public SourceTextView() {
        setId("source-text");
        getStyleClass().add("source-text");
        title.getStyleClass().add("source-title");
        meta.getStyleClass().add("source-meta");
        meta.setWrapText(true);
        highlight.setId("evidence-highlight");
        highlight.setFill(Color.rgb(255, 200, 40, 0.45));
        highlight.setStroke(Color.rgb(220, 150, 0, 0.9));
        highlight.setStrokeWidth(1);
        page.addHighlight(highlight);
        setMinWidth(0);
        title.setMinWidth(0);
        meta.setMinWidth(0);
        meta.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the note on an inferred date is read whole
        meta.setMaxWidth(Double.MAX_VALUE);
        VBox.setVgrow(page, Priority.ALWAYS);
        page.onLayout(this::placeHighlight);
        getChildren().addAll(title, meta, page);
        setSpacing(4);
        show(null);
    }

    /** Shows a source with its evidence span highlighted; {@code null} shows a hint instead. */
    public void show(SourceExcerpt excerpt) {
        shown = excerpt;
        if (excerpt == null) {
            title.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
            title.getChildren().setAll(WrappedText.words("Choose an incident to read its source", "source-title-text"));
            meta.setText("");
            text = "";
            page.clear();
            highlight.getElements().clear();
            return;
        }
        Source source = excerpt.source();
        boolean rightToLeft = "ar".equals(source.language());
        NodeOrientation orientation = rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
        title.setNodeOrientation(orientation);
        title.getChildren().setAll(WrappedText.words(source.title() == null ? source.key() : source.title(), "source-title-text"));
        meta.setText(meta(source));
        text = source.text();
        page.show(text, "source-body", orientation);
        Platform.runLater(this::placeHighlight);
    }

    private static String meta(Source source) {
        StringBuilder line = new StringBuilder(source.outlet() == null ? "Outlet unknown" : source.outlet());
        if (source.published() != null && source.publishedPrecision() != null) {
            line.append(" · published ").append(Labels.published(source.published(), source.publishedPrecision()));
        }
        if (source.url() != null) line.append(" · ").append(source.url());
        if (source.publishedNote() != null) line.append("\n").append(source.publishedNote());
        return line.toString();
    }

    private void placeHighlight() {
        if (shown == null) return;
        int start = shown.evidence().start(), end = Math.min(shown.evidence().end(), text.length());
        highlight.getElements().setAll(page.rangeShape(start, end));
        Platform.runLater(() -> page.scrollTo(highlight));
    }

    /** The highlighted span, for tests: null when nothing is highlighted. */
    public int[] highlightedRange() {
        return shown == null ? null : new int[]{shown.evidence().start(), shown.evidence().end()};
    }

    /** Whether the highlight lies (at least partly) in the visible part of the scrolled text. */
    public boolean highlightVisible() {
        if (shown == null || highlight.getElements().isEmpty()) return false;
        Bounds inScene = highlight.localToScene(highlight.getBoundsInLocal());
        Bounds viewport = page.localToScene(page.getBoundsInLocal());
        return inScene.intersects(viewport);
    }

    public String displayedText() { return text; }
}
