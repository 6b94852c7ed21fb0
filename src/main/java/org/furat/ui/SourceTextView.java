package org.furat.ui;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.furat.model.Source;

/**
 * A source's full text, laid out right-to-left when it is Arabic, with one evidence span highlighted
 * behind the words and scrolled into view. The text is one {@link Text} node so shaping never breaks at
 * the highlight's edges.
 */
public final class SourceTextView extends VBox {

    private final Label title = new Label();
    private final Label meta = new Label();
    private final Text text = new Text();
    private final TextFlow flow = new TextFlow(text);
    private final Path highlight = new Path();
    private final StackPane page;
    private final ScrollPane scroll;
    private SourceExcerpt shown;

    public SourceTextView() {
        setId("source-text");
        getStyleClass().add("source-text");
        title.getStyleClass().add("source-title");
        title.setWrapText(true);
        meta.getStyleClass().add("source-meta");
        meta.setWrapText(true);
        text.getStyleClass().add("source-body");
        flow.setLineSpacing(6);
        flow.setPadding(new Insets(8, 12, 8, 12));
        highlight.setId("evidence-highlight");
        highlight.setFill(Color.rgb(255, 200, 40, 0.45));
        highlight.setStroke(Color.rgb(220, 150, 0, 0.9));
        highlight.setStrokeWidth(1);
        highlight.setManaged(false);
        Pane highlightLayer = new Pane(highlight);
        highlightLayer.setMouseTransparent(true);
        page = new StackPane(highlightLayer, flow);
        page.getStyleClass().add("source-page");
        scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        flow.layoutBoundsProperty().addListener((o, was, is) -> placeHighlight());
        getChildren().addAll(title, meta, scroll);
        setSpacing(4);
        show(null);
    }

    /** Shows a source with its evidence span highlighted; {@code null} shows a hint instead. */
    public void show(SourceExcerpt excerpt) {
        shown = excerpt;
        if (excerpt == null) {
            title.setText("Choose an incident to read its source");
            meta.setText("");
            text.setText("");
            highlight.getElements().clear();
            return;
        }
        Source source = excerpt.source();
        boolean rightToLeft = "ar".equals(source.language());
        NodeOrientation orientation = rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
        page.setNodeOrientation(orientation);
        title.setNodeOrientation(orientation);
        title.setText(source.title() == null ? source.key() : source.title());
        meta.setText(meta(source));
        text.setText(source.text());
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
        int start = shown.evidence().start(), end = Math.min(shown.evidence().end(), text.getText().length());
        highlight.getElements().setAll(flow.rangeShape(start, end));
        highlight.setTranslateX(flow.getLayoutX());
        highlight.setTranslateY(flow.getLayoutY());
        Platform.runLater(this::scrollToHighlight);
    }

    private void scrollToHighlight() {
        Bounds span = highlight.getBoundsInParent();
        double content = page.getHeight(), visible = scroll.getViewportBounds().getHeight();
        if (span.isEmpty() || content <= visible) return;
        double target = Math.max(0, span.getMinY() - visible / 4);
        scroll.setVvalue(Math.min(1, target / (content - visible)));
    }

    /** The highlighted span, for tests: null when nothing is highlighted. */
    public int[] highlightedRange() {
        return shown == null ? null : new int[]{shown.evidence().start(), shown.evidence().end()};
    }

    /** Whether the highlight lies (at least partly) in the visible part of the scrolled text. */
    public boolean highlightVisible() {
        if (shown == null || highlight.getElements().isEmpty()) return false;
        Bounds inScene = highlight.localToScene(highlight.getBoundsInLocal());
        Bounds viewport = scroll.localToScene(scroll.getBoundsInLocal());
        return inScene.intersects(viewport);
    }

    public String displayedText() { return text.getText(); }
}
