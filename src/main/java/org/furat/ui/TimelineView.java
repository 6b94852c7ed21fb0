package org.furat.ui;

import java.time.LocalDate;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.furat.model.DateSpan;
import org.furat.model.TimeHistogram;

/**
 * The timeline under the map: a stacked histogram of incidents by event type over time, painted on a canvas,
 * with a range brush that chooses the dates to show. The wheel zooms around the pointer, dragging with the
 * secondary button or on the axis pans, dragging on the plot draws, moves or resizes the brush and a
 * double-click clears it. Two date fields mirror the brush, and playback steps it through time.
 * Use on the FX thread.
 */
public final class TimelineView extends BorderPane {

    /** How playback moves the brush: keeping its start and extending its end, or sliding it along. */
    public enum PlayMode { CUMULATIVE, SLIDING }

    private static final double HANDLE_PX = 5;
    private static final double CLICK_SLOP_PX = 3;
    private static final double WHEEL_STEP = 1.25;
    private static final Duration STEP_EVERY = Duration.millis(250);

    private enum Gesture { CREATE, MOVE, RESIZE_START, RESIZE_END, PAN }

    private final Canvas canvas = new Canvas();
    private final TimelinePainter painter;
    private final ObjectProperty<DateSpan> brush = new SimpleObjectProperty<>(this, "brush");
    private final ReadOnlyBooleanWrapper adjusting = new ReadOnlyBooleanWrapper(this, "adjusting");
    private final BooleanProperty includeImprecise = new SimpleBooleanProperty(this, "includeImprecise", true);
    private final ObjectProperty<PlayMode> playMode = new SimpleObjectProperty<>(this, "playMode", PlayMode.SLIDING);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final TimelineDateFields dates = new TimelineDateFields(brush, () -> this.histogram.span());
    private final Button play = new Button();
    private final Timeline player = new Timeline(new KeyFrame(STEP_EVERY, e -> step()));

    private TimeHistogram histogram = TimeHistogram.empty(LocalDate.of(2024, 1, 1), 0);
    private TimelineScale scale;
    private boolean repaintPending;
    private double hoverX = Double.NaN;
    private Gesture gesture;
    private boolean moved;
    private double pressX;
    private double lastX;
    private LocalDate pressDate;
    private DateSpan pressBrush;

    /** @param fontFamily the family the canvas draws its labels in, already loaded (the window's font) */
    public TimelineView(String fontFamily) {
        painter = new TimelinePainter(fontFamily);
        setId("timeline");
        getStyleClass().add("timeline");
        setPrefHeight(150);
        setMinHeight(120);
        setTop(controls());
        play.setDisable(true);
        Pane canvasHolder = new Pane(canvas);
        canvasHolder.setMinSize(0, 0);
        canvas.setId("timeline-canvas");
        canvas.widthProperty().bind(canvasHolder.widthProperty());
        canvas.heightProperty().bind(canvasHolder.heightProperty());
        canvas.widthProperty().addListener(o -> resized());
        canvas.heightProperty().addListener(o -> requestRepaint());
        setCenter(canvasHolder);
        installMouse();
        brush.addListener((o, was, is) -> requestRepaint());
        player.setCycleCount(Animation.INDEFINITE);
        playing.addListener((o, was, is) -> showPlayButton());
        showPlayButton();
    }

    // ---- controls ----

    private HBox controls() {
        play.setId("timeline-play");
        play.setFocusTraversable(false);
        play.setOnAction(e -> {
            if (isPlaying()) pause();
            else play();
        });
        ToggleButton cumulative = new ToggleButton("cumulative");
        cumulative.setId("timeline-cumulative");
        cumulative.setUserData(PlayMode.CUMULATIVE);
        cumulative.getStyleClass().add("left-pill");
        cumulative.setTooltip(new Tooltip("Play keeps the start and extends the end"));
        ToggleButton sliding = new ToggleButton("sliding");
        sliding.setId("timeline-sliding");
        sliding.setUserData(PlayMode.SLIDING);
        sliding.getStyleClass().add("right-pill");
        sliding.setTooltip(new Tooltip("Play slides the range along by its own length"));
        ToggleGroup modes = new ToggleGroup();
        modes.getToggles().addAll(cumulative, sliding);
        modes.selectToggle(sliding);
        modes.selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null) modes.selectToggle(was); // one mode is always chosen
            else playMode.set((PlayMode) is.getUserData());
        });
        playMode.addListener((o, was, is) -> modes.selectToggle(is == PlayMode.CUMULATIVE ? cumulative : sliding));
        HBox modeBox = new HBox(cumulative, sliding);
        modeBox.getStyleClass().add("timeline-mode");

        CheckBox imprecise = new CheckBox("include imprecise dates");
        imprecise.setId("timeline-imprecise");
        imprecise.setTooltip(new Tooltip("Count incidents known only to the week or the month"));
        imprecise.selectedProperty().bindBidirectional(includeImprecise);

        Button fit = new Button("Fit");
        fit.setId("timeline-fit");
        fit.setTooltip(new Tooltip("Show the whole span"));
        fit.setFocusTraversable(false);
        fit.setOnAction(e -> fit());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // Only the checkbox's text gives way in a narrow window; the rest keeps its size.
        for (Region r : new Region[]{play, cumulative, sliding, fit}) r.setMinWidth(Region.USE_PREF_SIZE);
        imprecise.setMinWidth(40);
        HBox bar = new HBox(6, play, modeBox, gap(), dates, gap(), imprecise, spacer, fit);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 2, 8));
        bar.getStyleClass().add("timeline-bar");
        return bar;
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(2);
        r.setPrefWidth(6);
        return r;
    }

    private void showPlayButton() {
        boolean on = isPlaying();
        play.setGraphic(on ? pauseIcon() : playIcon());
        play.setTooltip(new Tooltip(on ? "Pause" : "Play: step the range through time"));
        play.setAccessibleText(on ? "Pause" : "Play");
    }

    private static Node playIcon() {
        Polygon triangle = new Polygon(0, 0, 10, 6, 0, 12);
        triangle.setFill(Color.web("#1f4e79"));
        return triangle;
    }

    private static Node pauseIcon() {
        Rectangle a = new Rectangle(0, 0, 3.5, 12), b = new Rectangle(6.5, 0, 3.5, 12);
        a.setFill(Color.web("#1f4e79"));
        b.setFill(Color.web("#1f4e79"));
        return new Group(a, b);
    }

    // ---- mouse ----

    private void installMouse() {
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(e -> {
            if (adjusting.get()) adjusting.set(false);
            gesture = null;
            hover(e);
        });
        canvas.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !moved && inPlot(e.getY())) brush.set(null);
        });
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> {
            hoverX = Double.NaN;
            if (gesture == null) canvas.setCursor(Cursor.DEFAULT);
            requestRepaint();
        });
        canvas.setOnScroll((ScrollEvent e) -> {
            if (scale == null || e.getDeltaY() == 0) return;
            scale = scale.zoomedAround(e.getX(), e.getDeltaY() > 0 ? WHEEL_STEP : 1 / WHEEL_STEP);
            requestRepaint();
            e.consume();
        });
    }

    private boolean inPlot(double y) { return y <= TimelinePainter.plotBottom(canvas.getHeight()); }

    private void pressed(MouseEvent e) {
        gesture = null;
        moved = false;
        if (scale == null) return;
        pressX = lastX = e.getX();
        pressBrush = brush.get();
        pressDate = scale.dateWithinDataAt(e.getX());
        if (e.getButton() == MouseButton.SECONDARY || (e.getButton() == MouseButton.PRIMARY && !inPlot(e.getY()))) {
            gesture = Gesture.PAN;
        } else if (e.getButton() == MouseButton.PRIMARY) {
            pause();
            Gesture part = brushPartAt(e.getX());
            gesture = part == null ? Gesture.CREATE : part;
        }
    }

    private void dragged(MouseEvent e) {
        if (gesture == null || scale == null) return;
        if (!moved && Math.abs(e.getX() - pressX) < CLICK_SLOP_PX) return; // a shaky click is still a click
        moved = true;
        if (gesture == Gesture.PAN) {
            canvas.setCursor(Cursor.CLOSED_HAND);
            scale = scale.pannedBy(e.getX() - lastX);
            lastX = e.getX();
            requestRepaint();
            return;
        }
        adjusting.set(true);
        brush.set(brushDraggedTo(e.getX()));
    }

    /** The brush the current gesture makes with the pointer at {@code x}. */
    private DateSpan brushDraggedTo(double x) {
        LocalDate first = histogram.firstDay(), last = histogram.lastDay();
        switch (gesture) {
            case CREATE -> {
                // A new brush covers whole bars: from the bar pressed on to the bar under the pointer.
                LocalDate at = scale.dateWithinDataAt(x);
                LocalDate lo = at.isBefore(pressDate) ? at : pressDate, hi = at.isBefore(pressDate) ? pressDate : at;
                TimelineScale.Unit unit = scale.binUnit();
                LocalDate a = unit.floor(lo), b = unit.last(hi);
                return new DateSpan(a.isBefore(first) ? first : a, b.isAfter(last) ? last : b);
            }
            case MOVE -> {
                long shift = Math.round((x - pressX) / scale.pixelsPerDay());
                long earliest = Math.min(0, first.toEpochDay() - pressBrush.start().toEpochDay());
                long latest = Math.max(0, last.toEpochDay() - pressBrush.end().toEpochDay());
                shift = Math.max(earliest, Math.min(latest, shift));
                return new DateSpan(pressBrush.start().plusDays(shift), pressBrush.end().plusDays(shift));
            }
            case RESIZE_START -> {
                LocalDate start = scale.nearestBoundary(x);
                return new DateSpan(start.isAfter(pressBrush.end()) ? pressBrush.end() : start, pressBrush.end());
            }
            case RESIZE_END -> {
                LocalDate end = scale.nearestBoundary(x).minusDays(1);
                return new DateSpan(pressBrush.start(), end.isBefore(pressBrush.start()) ? pressBrush.start() : end);
            }
            default -> throw new IllegalStateException(gesture.toString());
        }
    }

    /** Which part of the brush is at {@code x}: an edge (within a few pixels), its body, or null. */
    private Gesture brushPartAt(double x) {
        DateSpan b = brush.get();
        if (b == null || scale == null) return null;
        double x0 = scale.x(b.start()), x1 = scale.x(b.end().plusDays(1));
        double d0 = Math.abs(x - x0), d1 = Math.abs(x - x1);
        if (Math.min(d0, d1) <= HANDLE_PX) return d0 < d1 || (d0 == d1 && x < x0) ? Gesture.RESIZE_START : Gesture.RESIZE_END;
        return x > x0 && x < x1 ? Gesture.MOVE : null;
    }

    private void hover(MouseEvent e) {
        boolean plot = inPlot(e.getY()) && e.getX() >= TimelinePainter.LEFT && e.getX() <= canvas.getWidth() - TimelinePainter.RIGHT;
        hoverX = plot ? e.getX() : Double.NaN;
        Gesture part = plot ? brushPartAt(e.getX()) : null;
        Cursor cursor = !inPlot(e.getY()) ? Cursor.OPEN_HAND
                : part == Gesture.RESIZE_START || part == Gesture.RESIZE_END ? Cursor.H_RESIZE
                : part == Gesture.MOVE ? Cursor.MOVE : Cursor.DEFAULT;
        canvas.setCursor(scale == null ? Cursor.DEFAULT : cursor);
        requestRepaint();
    }

    /** What the plot says about the bar under the pointer, or null when the pointer is over none; for tests. */
    String hoverText() {
        if (Double.isNaN(hoverX) || scale == null) return null;
        TimelineBins.Bin bin = TimelineBins.containing(histogram, scale, scale.dateAt(hoverX));
        return bin == null ? null : TimelinePainter.describe(bin, scale.binUnit());
    }

    // ---- playback ----

    /** Steps the brush through the histogram's span, about four steps a second, until it reaches the end. */
    public void play() {
        if (scale == null) return;
        DateSpan start = TimelinePlayback.start(brush.get(), playMode.get(), histogram.firstDay(), histogram.lastDay(), scale.binUnit());
        brush.set(start);
        reveal(start);
        if (!start.end().isBefore(histogram.lastDay())) return;
        playing.set(true);
        player.playFromStart();
    }

    public void pause() {
        player.stop();
        playing.set(false);
    }

    private void step() {
        DateSpan b = brush.get();
        DateSpan next = b == null || scale == null ? null : TimelinePlayback.next(b, playMode.get(), histogram.lastDay(), scale.binUnit());
        if (next == null) {
            pause();
            return;
        }
        brush.set(next);
        reveal(next);
        if (!next.end().isBefore(histogram.lastDay())) pause();
    }

    private void reveal(DateSpan span) {
        scale = scale.revealing(span.start(), span.end());
        requestRepaint();
    }

    // ---- data and view ----

    /** Shows a new histogram, keeping the zoom when it covers the same days and showing all of it otherwise. */
    public void setHistogram(TimeHistogram histogram) {
        TimeHistogram old = this.histogram;
        this.histogram = Objects.requireNonNull(histogram, "histogram");
        if (histogram.days() == 0) {
            pause();
            scale = null;
        } else if (scale == null || !old.firstDay().equals(histogram.firstDay()) || old.days() != histogram.days()) {
            scale = TimelineScale.fit(histogram.firstDay(), histogram.lastDay(), TimelinePainter.LEFT, plotWidth());
        }
        play.setDisable(scale == null);
        requestRepaint();
    }

    public TimeHistogram histogram() { return histogram; }

    /** Shows the histogram's whole span. */
    public void fit() {
        if (scale == null) return;
        scale = TimelineScale.fit(histogram.firstDay(), histogram.lastDay(), TimelinePainter.LEFT, plotWidth());
        requestRepaint();
    }

    /** The days the plot shows, in part or whole; null when there is no histogram. */
    public DateSpan visibleSpan() {
        if (scale == null) return null;
        return new DateSpan(scale.dateAt(scale.left()), scale.dateAt(scale.right() - 1e-6));
    }

    private double plotWidth() { return canvas.getWidth() - TimelinePainter.LEFT - TimelinePainter.RIGHT; }

    private void resized() {
        if (scale != null) scale = scale.resized(TimelinePainter.LEFT, plotWidth());
        requestRepaint();
    }

    /** The chosen dates, inclusive; null means no brush, so every date. Listeners see it change live while dragging. */
    public ObjectProperty<DateSpan> brushProperty() { return brush; }

    public DateSpan getBrush() { return brush.get(); }

    public void setBrush(DateSpan span) { brush.set(span); }

    /** True while the pointer drags the brush; listeners that do slow work can wait for it to turn false. */
    public ReadOnlyBooleanProperty adjustingProperty() { return adjusting.getReadOnlyProperty(); }

    public boolean isAdjusting() { return adjusting.get(); }

    /** Whether incidents known only to the week or month count; the view only shows the checkbox. */
    public BooleanProperty includeImpreciseProperty() { return includeImprecise; }

    public ObjectProperty<PlayMode> playModeProperty() { return playMode; }

    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }

    public boolean isPlaying() { return playing.get(); }

    // ---- for tests ----

    TimelineScale scale() { return scale; }

    Canvas canvas() { return canvas; }

    DatePicker fromPicker() { return dates.from(); }

    DatePicker toPicker() { return dates.to(); }

    // ---- painting ----

    private void requestRepaint() {
        if (repaintPending) return;
        repaintPending = true;
        Platform.runLater(() -> {
            repaintPending = false;
            paint();
        });
    }

    private void paint() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        if (w <= 0 || h <= 0) return;
        painter.paint(canvas.getGraphicsContext2D(), w, h, histogram, scale, brush.get(), hoverX);
    }
}
