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
import javafx.scene.text.TextFlow;
import org.furat.model.Source;

/**
 * A source's full text, laid out right-to-left when it is Arabic, with one evidence span highlighted
 * behind the words and scrolled into view.
 */
public final class SourceTextView extends VBox {

    private final TextFlow title = new TextFlow();
    private final Label meta = new Label();
    private final TextFlow flow = new TextFlow();
    private String text = "";
    private final Path highlight = new Path();
    private final StackPane page;
    private final ScrollPane scroll;
    private SourceExcerpt shown;

    public SourceTextView() {
        setId("source-text");
        getStyleClass().add("source-text");
        title.getStyleClass().add("source-title");
        meta.getStyleClass().add("source-meta");
        meta.setWrapText(true);
        flow.setLineSpacing(6);
        highlight.setId("evidence-highlight");
        highlight.setFill(Color.rgb(255, 200, 40, 0.45));
        highlight.setStroke(Color.rgb(220, 150, 0, 0.9));
        highlight.setStrokeWidth(1);
        highlight.setManaged(false);
        Pane highlightLayer = new Pane(highlight);
        highlightLayer.setMouseTransparent(true);
        page = new StackPane(highlightLayer, flow);
        page.getStyleClass().add("source-page");
        // Padding on the page, not the flow, so the flow and the highlight layer share one coordinate space.
        page.setPadding(new Insets(8, 12, 8, 12));
        scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        // The text wraps at the visible width: without this a long paragraph sets the page's width and
        // right-to-left lines start outside the view.
        page.setMinWidth(0);
        flow.setMinWidth(0);
        page.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getWidth(), scroll.viewportBoundsProperty()));
        setMinWidth(0);
        title.setMinWidth(0);
        meta.setMinWidth(0);
        meta.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the note on an inferred date is read whole
        meta.setMaxWidth(Double.MAX_VALUE);
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
            title.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
            title.getChildren().setAll(WrappedText.words("Choose an incident to read its source", "source-title-text"));
            meta.setText("");
            text = "";
            flow.getChildren().clear();
            highlight.getElements().clear();
            return;
        }
        Source source = excerpt.source();
        boolean rightToLeft = "ar".equals(source.language());
        NodeOrientation orientation = rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
        page.setNodeOrientation(orientation);
        title.setNodeOrientation(orientation);
        title.getChildren().setAll(WrappedText.words(source.title() == null ? source.key() : source.title(), "source-title-text"));
        meta.setText(meta(source));
        text = source.text();
        flow.getChildren().setAll(WrappedText.words(text, "source-body"));
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
        highlight.getElements().setAll(flow.rangeShape(start, end));
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

    public String displayedText() { return text; }
}
