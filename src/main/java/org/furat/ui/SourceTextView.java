package org.furat.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.TextFlow;
import org.furat.model.Source;

/**
 * An incident's sources, one at a time: each source's full text, laid out right-to-left when it is Arabic, with
 * every evidence span the incident cites in it highlighted behind the words and the first scrolled into view. An
 * incident merged from several reports shows "Source 1 of 2" and buttons to go through them.
 */
public final class SourceTextView extends VBox {

    private final TextFlow title = new TextFlow();
    private final Label meta = new Label();
    private String text = "";
    private final Path highlight = new Path();
    private final TextPage page = new TextPage(6);
    private List<SourceExcerpt> sources = List.of();
    private int current;
    private SourceExcerpt shown;
    /** Set when a source is shown, until its highlight has been scrolled into view on the laid-out page. */
    private boolean scrollWanted;
    private final Label position = new Label();
    private final Button previous = new Button("‹ Previous source");
    private final Button next = new Button("Next source ›");
    private final Button reviewAgain = new Button("Review this report again");
    private final HBox navigation = new HBox(6, position, previous, next);
    private final HBox actions = new HBox(6, navigation, reviewAgain);
    private Consumer<String> onReviewAgain = key -> { };

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
        navigation.setId("source-navigation");
        position.setId("source-position");
        previous.setId("previous-source");
        next.setId("next-source");
        previous.setOnAction(e -> showSource(current - 1));
        next.setOnAction(e -> showSource(current + 1));
        navigation.managedProperty().bind(navigation.visibleProperty());
        reviewAgain.setId("review-again");
        reviewAgain.setTooltip(new Tooltip("Reopen this report's saved review: what it gave is proposed again, to be accepted or rejected anew"));
        reviewAgain.setOnAction(e -> { if (shown != null) onReviewAgain.accept(shown.source().key()); });
        reviewAgain.managedProperty().bind(reviewAgain.visibleProperty());
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(actions, title, meta, page);
        setSpacing(4);
        show(null);
    }

    /** Shows the first of an incident's sources with its spans highlighted; {@code null} or none shows a hint instead. */
    void show(List<SourceExcerpt> excerpts) {
        sources = excerpts == null ? List.of() : List.copyOf(excerpts);
        showSource(0);
    }

    /** Shows the {@code index}-th of the incident's sources (counted from 0). */
    public void showSource(int index) {
        current = sources.isEmpty() ? 0 : Math.max(0, Math.min(index, sources.size() - 1));
        navigation.setVisible(sources.size() > 1);
        position.setText("Source " + (current + 1) + " of " + sources.size());
        previous.setDisable(current == 0);
        next.setDisable(current >= sources.size() - 1);
        showExcerpt(sources.isEmpty() ? null : sources.get(current));
    }

    /** Asked to reopen the review of the report shown ("Review this report again"), by its key. */
    void setOnReviewAgain(Consumer<String> handler) {
        onReviewAgain = handler;
    }

    /** How many sources the shown incident cites. */
    public int sourceCount() { return sources.size(); }

    /** The key of the source shown, or null. */
    public String shownSourceKey() { return shown == null ? null : shown.source().key(); }

    private void showExcerpt(SourceExcerpt excerpt) {
        shown = excerpt;
        scrollWanted = excerpt != null;
        reviewAgain.setVisible(excerpt != null);
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
        List<PathElement> shapes = new ArrayList<>();
        for (var span : shown.spans()) {
            int start = Math.min(span.start(), text.length()), end = Math.min(span.end(), text.length());
            if (start < end) shapes.addAll(List.of(page.rangeShape(start, end)));
        }
        highlight.getElements().setAll(shapes);
        // Scrolled once the words are laid out, not after every later layout: that would take the text away from
        // where the analyst has since scrolled it.
        if (scrollWanted) Platform.runLater(() -> page.scrollTo(highlight));
        if (page.laidOut()) scrollWanted = false;
    }

    /** The first highlighted span, for tests: null when nothing is highlighted. */
    public int[] highlightedRange() {
        return shown == null ? null : new int[]{shown.spans().get(0).start(), shown.spans().get(0).end()};
    }

    /** Every highlighted span of the shown source as {start, end}, for tests. */
    public List<int[]> highlightedRanges() {
        return shown == null ? List.of() : shown.spans().stream().map(e -> new int[]{e.start(), e.end()}).toList();
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
