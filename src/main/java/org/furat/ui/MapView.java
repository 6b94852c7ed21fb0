package org.furat.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.furat.map.BadgeHitTester;
import org.furat.map.Basemap;
import org.furat.map.Cluster;
import org.furat.map.MapDefinition;
import org.furat.map.MapRenderer;
import org.furat.map.Markers;
import org.furat.map.Pin;
import org.furat.map.PinClusterer;
import org.furat.map.PinHitTester;
import org.furat.map.PlaceLayers;
import org.furat.map.Region;
import org.furat.map.Viewport;

/**
 * The map: a canvas painted by {@link MapRenderer}, panned by dragging, zoomed by the wheel or the buttons
 * around the pointer, with the cursor's coordinates and the attribution the data's licences require.
 * Places that would overlap at the current zoom are drawn as clusters ({@link PinClusterer}); clicking one
 * zooms in until its places separate, or, where zooming cannot separate them, hands them to the cluster
 * handler. Repaint requests made in one pulse merge into one frame.
 */
public final class MapView extends StackPane {

    private static final double WHEEL_STEP = 1.25;
    private static final double BUTTON_STEP = 1.6;

    private final Canvas canvas = new Canvas();
    private final MapRenderer renderer;
    private final Label coordinates = new Label();
    private final Label attribution = new Label();
    /** The cursor's coordinates and the attribution, over the map's bottom right corner. */
    private final VBox corner = new VBox();
    private final HBox buttons = new HBox();
    private static final double BUTTON_MARGIN = 10;
    private javafx.scene.layout.Region topBar;
    private final javafx.beans.value.ChangeListener<Number> topBarHeight = (o, was, height) -> makeRoomAtTop(height.doubleValue());
    private List<String> gazetteerCredits = List.of();
    private Basemap basemap;
    private List<Pin> pins = List.of();
    private PlaceLayers placeLayers = PlaceLayers.NONE;
    private String selectedKey;
    private boolean english = true;
    private Viewport viewport;
    private boolean repaintPending;
    private boolean framedPins;
    private Point2D dragFrom;
    private boolean dragged;
    private Consumer<Pin> onPinClicked = pin -> {};
    private Consumer<List<Pin>> onClusterClicked;
    private Consumer<double[]> onLocationPicked;
    private List<Region> regions = List.of();
    private Consumer<Region> onRegionClicked = region -> {};
    private Function<MapPoint, ContextMenu> contextMenu;
    private ContextMenu shownMenu;
    private final List<Runnable> onViewChanged = new ArrayList<>();
    /** Pixels: how close places may come before they are drawn as one cluster; follows the counts. */
    private double clusterRadius = Markers.clusteringRadius(List.of());
    private List<Cluster> clusters;
    private Viewport clusteredAt;

    public MapView(String fontFamily) {
        renderer = new MapRenderer(fontFamily);
        setId("map-view");
        setMinSize(200, 200);
        Pane canvasHolder = new Pane(canvas);
        canvas.widthProperty().bind(canvasHolder.widthProperty());
        canvas.heightProperty().bind(canvasHolder.heightProperty());
        canvas.widthProperty().addListener(o -> resized());
        canvas.heightProperty().addListener(o -> resized());

        coordinates.getStyleClass().add("map-overlay");
        coordinates.visibleProperty().bind(coordinates.textProperty().isNotEmpty());
        attribution.getStyleClass().add("map-overlay");
        attribution.setId("map-attribution");
        attribution.setWrapText(true);
        attribution.setMaxWidth(520);
        corner.getChildren().addAll(coordinates, attribution);
        corner.setSpacing(4);
        corner.setAlignment(Pos.BOTTOM_RIGHT);
        corner.setPickOnBounds(false);
        corner.setMouseTransparent(true);
        StackPane.setAlignment(corner, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(corner, new Insets(6));

        Button zoomIn = button("+", "Zoom in", () -> zoomAtCentre(BUTTON_STEP));
        zoomIn.setId("zoom-in");
        Button zoomOut = button("−", "Zoom out", () -> zoomAtCentre(1 / BUTTON_STEP));
        zoomOut.setId("zoom-out");
        Button home = button("Region", "Zoom to the Deir ez-Zor region", this::zoomToRegion);
        home.setId("zoom-region");
        buttons.getChildren().addAll(zoomIn, zoomOut, home);
        buttons.setSpacing(4);
        buttons.setPickOnBounds(false);
        buttons.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        StackPane.setAlignment(buttons, Pos.TOP_RIGHT);
        StackPane.setMargin(buttons, new Insets(BUTTON_MARGIN));

        getChildren().addAll(canvasHolder, corner, buttons);
        installMouse();
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("map-button");
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private void installMouse() {
        canvas.setOnMousePressed(e -> {
            dragFrom = new Point2D(e.getX(), e.getY());
            dragged = false;
        });
        canvas.setOnMouseDragged(e -> {
            if (viewport == null || dragFrom == null) return;
            double dx = e.getX() - dragFrom.getX(), dy = e.getY() - dragFrom.getY();
            if (!dragged && Math.hypot(dx, dy) < 3) return; // a shaky click is still a click
            dragged = true;
            canvas.setCursor(Cursor.CLOSED_HAND);
            viewport = bounded(viewport.draggedBy(dx, dy));
            dragFrom = new Point2D(e.getX(), e.getY());
            requestRepaint();
        });
        canvas.setOnMouseReleased(e -> {
            canvas.setCursor(Cursor.DEFAULT);
            if (!dragged && e.getButton() == MouseButton.PRIMARY) {
                if (onLocationPicked != null && viewport != null) onLocationPicked.accept(new double[]{viewport.lon(e.getX()), viewport.lat(e.getY())});
                else if (regionAt(e.getX(), e.getY()).isPresent()) onRegionClicked.accept(regionAt(e.getX(), e.getY()).get());
                else symbolAt(e.getX(), e.getY()).ifPresent(this::clicked);
            } else if (!dragged && e.getButton() == MouseButton.SECONDARY) {
                showContextMenu(e);
            }
            dragFrom = null;
        });
        canvas.setOnMouseMoved(this::showPointer);
        canvas.setOnMouseExited(e -> coordinates.setText(""));
        canvas.setOnScroll((ScrollEvent e) -> {
            if (viewport == null || e.getDeltaY() == 0) return;
            viewport = bounded(viewport.zoomedAround(e.getX(), e.getY(), e.getDeltaY() > 0 ? WHEEL_STEP : 1 / WHEEL_STEP));
            requestRepaint();
        });
    }

    private void showPointer(MouseEvent e) {
        if (viewport == null) return;
        coordinates.setText(String.format(Locale.ROOT, "%.5f° N  %.5f° E", viewport.lat(e.getY()), viewport.lon(e.getX())));
        canvas.setCursor(onLocationPicked != null ? Cursor.CROSSHAIR : symbolAt(e.getX(), e.getY()).isPresent()
                || regionAt(e.getX(), e.getY()).isPresent() ? Cursor.HAND : Cursor.DEFAULT);
    }

    private Optional<Cluster> symbolAt(double x, double y) {
        return viewport == null ? Optional.empty() : PinHitTester.clusterAt(viewport, clusters(), x, y);
    }

    /** The region whose badge the last frame drew at (x, y); badges are drawn over pins, so they are hit first. */
    private Optional<Region> regionAt(double x, double y) {
        return BadgeHitTester.badgeAt(renderer.badgesOfLastFrame(), x, y)
                .flatMap(key -> regions.stream().filter(r -> r.key().equals(key)).findFirst());
    }

    private void clicked(Cluster symbol) {
        if (symbol.isSingle()) {
            onPinClicked.accept(symbol.seed());
            return;
        }
        Viewport closer = separating(symbol);
        if (closer != null) {
            viewport = bounded(closer);
            requestRepaint();
        } else if (onClusterClicked != null) {
            onClusterClicked.accept(symbol.members());
        } else {
            onPinClicked.accept(symbol.seed());
        }
    }

    /**
     * The view that fits the cluster's places with a margin around them, or null where it would not zoom in
     * or would still show them as one cluster (places at the same spot, or the closest zoom reached).
     */
    private Viewport separating(Cluster cluster) {
        double w = canvas.getWidth(), h = canvas.getHeight();
        double margin = Math.min(Math.min(w, h) / 4, 90);
        Cluster.Envelope e = cluster.envelope();
        Viewport fit = Viewport.fitting(e.west(), e.south(), e.east(), e.north(), w - 2 * margin, h - 2 * margin)
                .resized(w, h);
        if (fit.metresPerPixel() >= viewport.metresPerPixel()) return null;
        return PinClusterer.cluster(cluster.members(), fit, clusterRadius).size() > 1 ? fit : null;
    }

    /**
     * The symbols at the current view: pins, and clusters of the places that would overlap; the chosen place
     * always stays apart. Recomputed when the view, the pins or the choice change.
     */
    public List<Cluster> clusters() {
        if (viewport == null) return List.of();
        if (clusters == null || !viewport.equals(clusteredAt)) {
            clusters = PinClusterer.cluster(pins, viewport, clusterRadius, selectedKey);
            clusteredAt = viewport;
        }
        return clusters;
    }

    /** The menu for a right click (a click, not the end of a drag), on release as on every platform alike. */
    private void showContextMenu(MouseEvent e) {
        if (contextMenu == null || viewport == null) return;
        if (shownMenu != null) shownMenu.hide();
        shownMenu = contextMenu.apply(pointAt(e.getX(), e.getY()));
        if (shownMenu != null) shownMenu.show(canvas, e.getScreenX(), e.getScreenY());
    }

    /** Where the analyst right-clicked: the point, and the key of the place drawn there (a pin or a gazetteer symbol) or null. */
    public record MapPoint(double lon, double lat, String placeKey) {}

    /** Builds the menu a right click on the map shows, for the point clicked (null shows none). */
    public void setContextMenu(Function<MapPoint, ContextMenu> menu) {
        contextMenu = menu;
    }

    /** The point at (x, y) in this view and the place drawn there: a pin of one place, else a gazetteer symbol within a few pixels. */
    public MapPoint pointAt(double x, double y) {
        String key = symbolAt(x, y).filter(Cluster::isSingle).map(c -> c.seed().key()).orElse(null);
        if (key == null) {
            double best = PLACE_HIT_PIXELS * PLACE_HIT_PIXELS;
            for (var s : placeLayers.settlements()) {
                double dx = viewport.screenXOfLon(s.lon()) - x, dy = viewport.screenYOfLat(s.lat()) - y;
                if (dx * dx + dy * dy <= best) {
                    best = dx * dx + dy * dy;
                    key = s.key();
                }
            }
        }
        return new MapPoint(viewport.lon(x), viewport.lat(y), key);
    }

    /** How close to a gazetteer symbol a right click must be to be on it. */
    private static final double PLACE_HIT_PIXELS = 8;

    /** Runs after each frame is drawn, so what lies over the map (a pin being moved) can follow the view. */
    public void addOnViewChanged(Runnable listener) {
        onViewChanged.add(listener);
    }

    public void removeOnViewChanged(Runnable listener) {
        onViewChanged.remove(listener);
    }

    /** Turns the map into a location picker: each click reports its {longitude, latitude}, pins are not chosen. */
    public void setOnLocationPicked(Consumer<double[]> handler) {
        onLocationPicked = handler;
    }

    public void setBasemap(Basemap basemap) {
        this.basemap = basemap;
        showAttribution();
        if (viewport == null) zoomToRegion();
        else viewport = bounded(viewport);
        requestRepaint();
    }

    /** Adds the credits of imported gazetteers (Who's On First, GeoNames …) to the basemap's attribution line. */
    public void setGazetteerCredits(List<String> credits) {
        gazetteerCredits = List.copyOf(credits);
        showAttribution();
    }

    private void showAttribution() {
        List<String> lines = new java.util.ArrayList<>(basemap == null ? List.of() : basemap.definition().attribution());
        for (String credit : gazetteerCredits) {
            if (lines.stream().noneMatch(line -> line.contains(credit))) lines.add("Places: " + credit);
        }
        attribution.setText(String.join(" · ", lines));
    }

    /** Sets the pins; the first time there are any, the map opens framed on them. */
    public void setPins(List<Pin> pins) {
        this.pins = List.copyOf(pins);
        clusterRadius = Markers.clusteringRadius(this.pins);
        clusters = null;
        if (!framedPins) frameOnPins();
        requestRepaint();
    }

    /** Frames the pins with a margin, so the river and the nearby towns show around them. */
    private void frameOnPins() {
        if (pins.isEmpty() || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) return;
        double west = Double.MAX_VALUE, south = Double.MAX_VALUE, east = -Double.MAX_VALUE, north = -Double.MAX_VALUE;
        for (Pin p : pins) {
            west = Math.min(west, p.lon());
            east = Math.max(east, p.lon());
            south = Math.min(south, p.lat());
            north = Math.max(north, p.lat());
        }
        double margin = Math.max(0.03, 0.3 * Math.max(east - west, north - south));
        zoomTo(west - margin, south - margin, east + margin, north + margin);
        framedPins = true;
    }

    /** Sets the areas of region-level incidents, drawn on their outlines with a count badge instead of a pin. */
    public void setRegions(List<Region> regions) {
        this.regions = List.copyOf(regions);
        renderer.setRegions(this.regions);
        requestRepaint();
    }

    /** The event types of the incidents shown, which the legend lists with those of the pins (see MapRenderer). */
    public void setIncidentTypes(java.util.Set<org.furat.model.EventType> types) {
        renderer.setIncidentTypes(types);
        requestRepaint();
    }

    /** What to do when a region's badge is clicked (list its incidents, as a pin's). */
    public void setOnRegionClicked(Consumer<Region> handler) {
        this.onRegionClicked = handler;
    }

    /** Where the last frame's legend was drawn, in the map's own coordinates; null when it drew none (for tests). */
    public javafx.geometry.Bounds legendBox() {
        javafx.geometry.Bounds box = renderer.legendBoxOfLastFrame();
        return box == null ? null : sceneToLocal(canvas.localToScene(box));
    }

    /** The event types the last frame's legend listed (for tests). */
    public java.util.Set<org.furat.model.EventType> legendTypes() {
        return renderer.legendTypesOfLastFrame();
    }

    /** The centre of the badge the last frame drew for a region (for tests and keyboard navigation). */
    public Optional<Point2D> regionBadgePosition(String key) {
        return renderer.badgesOfLastFrame().stream().filter(b -> b.key().equals(key)).findFirst()
                .map(b -> new Point2D(b.box().getCenterX(), b.box().getCenterY()));
    }

    /** The key of the pin or region badge chosen, drawn highlighted; null for none. */
    public void setSelectedKey(String key) {
        this.selectedKey = key;
        clusters = null;
        requestRepaint();
    }

    public void setEnglishLabels(boolean english) {
        this.english = english;
        requestRepaint();
    }

    public void setOnPinClicked(Consumer<Pin> handler) {
        this.onPinClicked = handler;
    }

    /**
     * What to do with a cluster that zooming cannot separate (its places share one spot, or the map is at its
     * closest zoom): receives its places, biggest first, e.g. to list them. Without a handler, the biggest
     * place is chosen as if its pin had been clicked.
     */
    public void setOnClusterClicked(Consumer<List<Pin>> handler) {
        this.onClusterClicked = handler;
    }

    public void zoomToRegion() {
        if (basemap == null || canvas.getWidth() <= 0) return;
        MapDefinition.Box home = basemap.definition().home();
        viewport = bounded(Viewport.fitting(home.west(), home.south(), home.east(), home.north(), canvas.getWidth(), canvas.getHeight()));
        requestRepaint();
    }

    /** Zooms to a lon/lat box (e.g. the places of the seed article). */
    public void zoomTo(double west, double south, double east, double north) {
        if (canvas.getWidth() <= 0) return;
        viewport = bounded(Viewport.fitting(west, south, east, north, canvas.getWidth(), canvas.getHeight()));
        requestRepaint();
    }

    private void zoomAtCentre(double factor) {
        if (viewport == null) return;
        viewport = bounded(viewport.zoomedAround(canvas.getWidth() / 2, canvas.getHeight() / 2, factor));
        requestRepaint();
    }

    private void resized() {
        if (!framedPins) frameOnPins();
        if (viewport == null) zoomToRegion();
        else viewport = bounded(viewport.resized(canvas.getWidth(), canvas.getHeight()));
        requestRepaint();
    }

    /**
     * Where a pin's place is, in this view's coordinates (for tests and keyboard navigation); where the place is
     * drawn inside a cluster, the cluster's symbol is at its biggest member's place instead (see {@link #clusters()}).
     */
    public Optional<Point2D> pinPosition(String key) {
        if (viewport == null) return Optional.empty();
        return pins.stream().filter(p -> p.key().equals(key)).findFirst()
                .map(p -> new Point2D(viewport.screenXOfLon(p.lon()), viewport.screenYOfLat(p.lat())));
    }

    public Viewport viewport() { return viewport; }

    /** The view kept inside the basemap's extent, so the window never shows beyond the layers' edge. */
    private Viewport bounded(Viewport v) {
        if (basemap == null || v == null) return v;
        MapDefinition.Box e = basemap.definition().extent();
        return v.within(e.west(), e.south(), e.east(), e.north());
    }

    /** The gazetteer drawn under the pins: settlements and the names of administrative units. */
    public void setPlaceLayers(PlaceLayers layers) {
        placeLayers = layers == null ? PlaceLayers.NONE : layers;
        renderer.setPlaceLayers(placeLayers);
        requestRepaint();
    }

    /**
     * Lays a bar across the top of the map, as wide as the map, until {@link #hideTopBar}: the legend and the zoom
     * buttons move down under it, so that it hides neither and neither cuts it off.
     */
    public void showTopBar(javafx.scene.layout.Region bar) {
        hideTopBar(topBar);
        topBar = bar;
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane.setAlignment(bar, Pos.TOP_CENTER);
        getChildren().add(bar);
        bar.heightProperty().addListener(topBarHeight);
        makeRoomAtTop(bar.getHeight());
    }

    /** Takes the bar away; the legend and the buttons go back to the top. */
    public void hideTopBar(javafx.scene.layout.Region bar) {
        if (bar == null || bar != topBar) return;
        bar.heightProperty().removeListener(topBarHeight);
        getChildren().remove(bar);
        topBar = null;
        makeRoomAtTop(0);
    }

    private void makeRoomAtTop(double height) {
        StackPane.setMargin(buttons, new Insets(BUTTON_MARGIN + height, BUTTON_MARGIN, BUTTON_MARGIN, BUTTON_MARGIN));
        renderer.setTopInset(height);
        requestRepaint();
    }

    /** The gazetteer the map draws under the pins. */
    public PlaceLayers placeLayers() { return placeLayers; }

    /** The pins the map shows now. */
    public List<Pin> pins() { return pins; }

    private void requestRepaint() {
        if (repaintPending) return;
        repaintPending = true;
        Platform.runLater(() -> {
            repaintPending = false;
            paint();
        });
    }

    private void paint() {
        if (basemap == null || viewport == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) return;
        // Names keep clear of the attribution in the corner, which would hide them.
        renderer.setCoveredByControls(corner.getScene() == null ? List.of()
                : List.of(canvas.sceneToLocal(attribution.localToScene(attribution.getBoundsInLocal()))));
        renderer.renderClusters(canvas.getGraphicsContext2D(), viewport, basemap, clusters(), selectedKey, english);
        List.copyOf(onViewChanged).forEach(Runnable::run);
        if (renderer.labelsPending()) {
            // This frame drew new labels the slow way; make images of them after it is shown, then repaint.
            Platform.runLater(() -> {
                renderer.prepareLabels();
                requestRepaint();
            });
        }
    }
}
