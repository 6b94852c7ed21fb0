package org.furat.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A report's text on a white page that scrolls, wraps at the visible width, and has a layer behind the
 * words for highlight shapes. Offsets into the text address the page (see {@link WrappedText}).
 */
final class TextPage extends ScrollPane {

    private final TextFlow flow = new TextFlow();
    private final Pane layer = new Pane();
    private final StackPane page;

    TextPage(double lineSpacing) {
        flow.setLineSpacing(lineSpacing);
        layer.setMouseTransparent(true);
        page = new StackPane(layer, flow);
        page.getStyleClass().add("source-page");
        // Padding on the page, not the flow, so the flow and the highlight layer share one coordinate space.
        page.setPadding(new Insets(8, 12, 8, 12));
        setContent(page);
        setFitToWidth(true);
        // The text wraps at the visible width: without this a long paragraph sets the page's width and
        // right-to-left lines start outside the view.
        page.setMinWidth(0);
        flow.setMinWidth(0);
        page.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> getViewportBounds().getWidth(), viewportBoundsProperty()));
    }

    void show(String text, String styleClass, NodeOrientation orientation) {
        page.setNodeOrientation(orientation);
        flow.getChildren().setAll(WrappedText.words(text, styleClass));
    }

    void clear() {
        flow.getChildren().clear();
    }

    /** The words on the page, one node each, in text order. */
    List<Text> words() {
        return flow.getChildren().stream().map(Text.class::cast).toList();
    }

    /** Adds a shape to the layer behind the words. */
    void addHighlight(Shape shape) {
        shape.setManaged(false);
        layer.getChildren().add(shape);
    }

    /** The outline of the characters [start, end), in the highlight layer's coordinates. */
    PathElement[] rangeShape(int start, int end) {
        // Words just put on the page have their font only once CSS reaches them; measure them styled.
        if (flow.isNeedsLayout() && flow.getScene() != null) flow.applyCss();
        return flow.rangeShape(start, end);
    }

    /**
     * Runs whenever the words are laid out again (new text, new width), when highlights must follow them. Also after
     * a layout that leaves the page its size: the same report shown again after a save gets new, unstyled words, and
     * shapes measured on them before the layout were left over other words while the page kept its bounds.
     */
    void onLayout(Runnable action) {
        flow.layoutBoundsProperty().addListener((o, was, is) -> action.run());
        flow.needsLayoutProperty().addListener((o, was, needs) -> {
            if (!needs) action.run();
        });
    }

    /** Whether the words shown are laid out, so that shapes measured now stay where they are drawn. */
    boolean laidOut() {
        return !flow.isNeedsLayout() && !flow.getChildren().isEmpty();
    }

    /** Scrolls so that a highlight shape sits a quarter of the way down the view. */
    void scrollTo(Node highlight) {
        Bounds span = highlight.getBoundsInParent();
        double content = page.getHeight(), visible = getViewportBounds().getHeight();
        if (span.isEmpty() || content <= visible) return;
        setVvalue(Math.min(1, Math.max(0, span.getMinY() - visible / 4) / (content - visible)));
    }
}
