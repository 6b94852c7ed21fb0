package org.furat.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.furat.model.EventType;
import org.furat.model.GeoPrecision;

/**
 * Paints one frame: the basemap layers in order, the pins (approximate ones hollow, with a ring of
 * uncertainty; places whose shown incidents are all deleted grey and struck through) or, where places crowd
 * together, clusters of them (see {@link PinClusterer}), their labels placed so that none overlaps another label
 * or a symbol, a legend and a scale bar.
 * Draws on whatever {@link GraphicsContext} it is given, so the same code paints the window and
 * off-screen test images. Not thread-safe: use one renderer per canvas, on the FX thread.
 */
public final class MapRenderer {

    /** Ground radius of the uncertainty ring drawn around an approximate or region-level pin. */
    private static final double APPROXIMATE_RADIUS_M = 1_000;
    private static final Color HALO = Color.rgb(255, 255, 255, 0.85);
    private static final Color LABEL = Color.web("#1d1d1d");
    private static final Color LABEL_EN = Color.web("#4a4a4a");
    private static final Color SELECTED = Color.rgb(255, 214, 0, 0.55);
    private static final String CLUSTER_LEGEND = "Several places: click to zoom in";
    /** A place whose shown incidents are all deleted (deleted incidents shown): grey and struck through. */
    private static final Color DELETED = Color.web("#8a8a8a");
    private static final String DELETED_LEGEND = "Deleted incidents only";
    private static final double LEGEND_X = 10, LEGEND_Y = 10, LEGEND_ROW = 19;

    private final String fontFamily;
    private final TextMeasure measure = new TextMeasure();
    private final LabelSprites sprites = new LabelSprites(measure);
    private final SettlementsLayer settlementsLayer;
    private final AreaNamesLayer areaNames;
    private PlaceLayers placeLayers = PlaceLayers.NONE;
    private List<Bounds> coveredByControls = List.of();
    private double topInset;
    private final RegionBadges regions;
    private List<PlacedLabel> lastLabels = List.of();
    private List<PlacedLabel> lastPlaceNames = List.of();
    private List<PlacedLabel> lastPlaceSymbols = List.of();
    private List<PlacedSymbol> lastSymbols = List.of();

    /**
     * Where the last frame put a pin's label (in pixels); for tests and for hit-testing labels. A cluster's
     * label carries the key of its biggest member.
     */
    public record PlacedLabel(String pinKey, Bounds box) {}

    /**
     * A symbol the last frame drew, in pixels: a pin (one member) or a cluster, keyed by its biggest member,
     * with the count text shown inside it and that text's box (both null where no count is shown).
     */
    public record PlacedSymbol(String key, int members, long count, double x, double y, double radius,
                               String countText, Bounds countBox) {}

    private Set<EventType> incidentTypes = Set.of();
    private Set<EventType> lastLegendTypes = Set.of();
    private boolean lastLegendExplainedDeleted;
    private Bounds lastLegendBox;

    /** @param fontFamily a family that covers Arabic and Latin, already loaded */
    public MapRenderer(String fontFamily) {
        TextLayouts.ownShaperPerLayout(); // a map's labels are laid out on the render thread too
        this.fontFamily = fontFamily;
        this.settlementsLayer = new SettlementsLayer(fontFamily, measure, sprites);
        this.areaNames = new AreaNamesLayer(fontFamily, measure, sprites);
        this.regions = new RegionBadges(measure, sprites, fontFamily);
    }

    /** The areas of region-level incidents, drawn on their outlines with a count badge (see {@link RegionBadges}). */
    public void setRegions(List<Region> list) {
        regions.set(list);
    }

    /** The region badges the last frame drew, for hit-testing ({@link BadgeHitTester}) and tests. */
    public List<RegionBadges.PlacedBadge> badgesOfLastFrame() {
        return regions.badgesOfLastFrame();
    }

    /**
     * Event types the incidents shown have besides their places' commonest (a pin is coloured by one type), which
     * the legend lists as well: the timeline under the map draws every type, and each should be explained.
     */
    public void setIncidentTypes(Set<EventType> types) {
        this.incidentTypes = types.isEmpty() ? Set.of() : EnumSet.copyOf(types);
    }

    /** Boxes (in pixels) that the window's own controls cover over the map; names are not placed under them. */
    public void setCoveredByControls(List<Bounds> boxes) {
        this.coveredByControls = List.copyOf(boxes);
    }

    /** The height (in pixels) of a bar laid across the top of the map, 0 for none: the legend goes under it, not behind it. */
    public void setTopInset(double pixels) {
        this.topInset = Math.max(0, pixels);
    }

    /** The gazetteer drawn under the pins from the next frame on: settlements and the names of administrative units. */
    public void setPlaceLayers(PlaceLayers layers) {
        this.placeLayers = layers == null ? PlaceLayers.NONE : layers;
    }

    /** Paints a frame with every pin drawn as itself, however crowded (no clustering). */
    public void render(GraphicsContext g, Viewport v, Basemap basemap, List<Pin> pins, String selectedKey, boolean english) {
        List<Cluster> singles = new ArrayList<>(pins.size());
        for (Pin pin : pins) singles.add(Cluster.of(pin));
        renderClusters(g, v, basemap, singles, selectedKey, english);
    }

    /**
     * Paints a frame with the given symbols: a cluster of one member is drawn as its pin, a bigger one as a
     * cluster symbol (a disc with a white ring and a darker halo, its incident count inside) named after its
     * biggest member. Labels follow the same rules for both.
     */
    public void renderClusters(GraphicsContext g, Viewport v, Basemap basemap, List<Cluster> clusters, String selectedKey,
                               boolean english) {
        g.save();
        g.setFill(basemap.definition().background());
        g.fillRect(0, 0, v.width(), v.height());
        for (VectorLayer layer : basemap.layers()) paintLayer(g, v, layer);
        regions.paintAreas(g, v, selectedKey);
        // Settlements lie under the pins; a place with its own pin is drawn as the pin only.
        Set<String> pinned = new HashSet<>();
        for (Cluster c : clusters) if (c.isSingle()) pinned.add(c.key());
        List<SettlementsLayer.Drawn> settlements = settlementsLayer.inView(v, placeLayers.settlements(), pinned);
        // Towns, bases and fields are drawn now and keep their place; villages and sites are drawn last, only
        // where no name ended up over them (see paintPlaceNames).
        List<SettlementsLayer.Drawn> major = settlements.stream().filter(d -> d.place().rank() <= 2).toList();
        List<SettlementsLayer.Drawn> minor = settlements.stream().filter(d -> d.place().rank() > 2).toList();
        settlementsLayer.paintSymbols(g, major);
        // Labels keep clear of the legend and the scale bar, which are painted over the map afterwards.
        Legend legend = legend(clusters, v);
        lastLegendTypes = legend == null ? Set.of() : Set.copyOf(legend.types());
        lastLegendExplainedDeleted = legend != null && legend.anyDeleted();
        lastLegendBox = legend == null ? null : legend.box();
        List<Bounds> overlays = new ArrayList<>(List.of(scaleBarBounds(v)));
        if (legend != null) overlays.add(legend.box());
        overlays.addAll(coveredByControls);
        Occupancy taken = paintSymbols(g, v, clusters, selectedKey, english, overlays, settlements, major);
        paintPlaceNames(g, v, major, minor, english, taken);
        if (legend != null) paintLegend(g, legend);
        paintScaleBar(g, v);
        g.restore();
    }

    private void paintLayer(GraphicsContext g, Viewport v, VectorLayer layer) {
        LayerStyle style = layer.style();
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineWidth(style.width());
        g.setLineDashes(style.dash());
        g.setFillRule(FillRule.EVEN_ODD);
        double margin = style.width() + 2;
        for (VectorLayer.Shape shape : layer.shapes()) {
            // Shapes wholly outside the window are skipped; within one, vertices less than half a pixel from the
            // last one drawn add nothing but time (the layers now reach far past the governorate).
            if (v.screenX(shape.maxX()) < -margin || v.screenX(shape.minX()) > v.width() + margin
                    || v.screenY(shape.minY()) < -margin || v.screenY(shape.maxY()) > v.height() + margin) continue;
            g.beginPath();
            for (double[] ring : shape.rings()) {
                double lastX = 0, lastY = 0;
                for (int i = 0; i < ring.length; i += 2) {
                    double sx = v.screenX(ring[i]), sy = v.screenY(ring[i + 1]);
                    if (i == 0) g.moveTo(sx, sy);
                    else if (i + 2 < ring.length && Math.abs(sx - lastX) < 0.5 && Math.abs(sy - lastY) < 0.5) continue;
                    else g.lineTo(sx, sy);
                    lastX = sx;
                    lastY = sy;
                }
                if (shape.area()) g.closePath();
            }
            if (shape.area() && style.fill() != null) {
                g.setFill(style.fill());
                g.fill();
            }
            if (style.stroke() != null) {
                g.setStroke(style.stroke());
                g.stroke();
            }
        }
        g.setLineDashes();
    }

    /**
     * Names what the gazetteer layers show, after the pins' names and so never over them: cities and towns
     * first, then the administrative units, then bases and fields; these may cover a village's symbol, which is
     * then left out. Last come the villages that are still free, each named only where its name covers nothing.
     */
    private void paintPlaceNames(GraphicsContext g, Viewport v, List<SettlementsLayer.Drawn> major,
                                 List<SettlementsLayer.Drawn> minor, boolean english, Occupancy taken) {
        Occupancy minorSymbols = new Occupancy();
        for (SettlementsLayer.Drawn d : minor) minorSymbols.add(d.box());
        List<PlacedLabel> names = new ArrayList<>(settlementsLayer.paintLabels(g, v, major, english, taken, minorSymbols, 0, 1));
        names.addAll(areaNames.paint(g, v, placeLayers.areas(), english, taken, minorSymbols));
        names.addAll(settlementsLayer.paintLabels(g, v, major, english, taken, minorSymbols, 2, 2));
        List<SettlementsLayer.Drawn> free = new ArrayList<>();
        for (SettlementsLayer.Drawn d : minor) if (!taken.overlaps(d.box())) free.add(d);
        Occupancy freeSymbols = new Occupancy();
        for (SettlementsLayer.Drawn d : free) freeSymbols.add(d.box());
        taken.addAll(freeSymbols.boxes());
        names.addAll(settlementsLayer.paintLabels(g, v, free, english, taken, null, 3, Integer.MAX_VALUE));
        settlementsLayer.paintSymbols(g, free);
        lastPlaceNames = List.copyOf(names);
        List<PlacedLabel> symbols = new ArrayList<>();
        for (SettlementsLayer.Drawn d : major) symbols.add(new PlacedLabel(d.place().key(), d.box()));
        for (SettlementsLayer.Drawn d : free) symbols.add(new PlacedLabel(d.place().key(), d.box()));
        lastPlaceSymbols = List.copyOf(symbols);
    }

    /**
     * Paints the pins and clusters and names them; returns what the frame now covers (symbols, names, overlays
     * and the settlements' symbols), for the names painted after them to keep clear of.
     */
    private Occupancy paintSymbols(GraphicsContext g, Viewport v, List<Cluster> clusters, String selectedKey, boolean english,
                                   List<Bounds> overlays, List<SettlementsLayer.Drawn> settlements,
                                   List<SettlementsLayer.Drawn> major) {
        double groundMpp = v.groundMetresPerPixel();
        // Big symbols first, so a small pin beside a big one stays visible on top of it.
        List<Cluster> bySize = new ArrayList<>(clusters);
        bySize.sort(Comparator.comparingLong(Cluster::count).reversed().thenComparing(Cluster::key));
        for (Cluster cluster : bySize) {
            // An approximate point gets a faint ring of its uncertainty; a region-level one does not, as its
            // ring would cover the whole region and hide everything else. A cluster has no single point to ring.
            Pin pin = cluster.seed();
            if (!cluster.isSingle() || pin.precision() != GeoPrecision.APPROXIMATE || pin.deleted()) continue;
            double ring = APPROXIMATE_RADIUS_M / groundMpp;
            if (ring <= Markers.pinRadius(pin.count()) + 3) continue;
            double sx = v.screenX(pin.x()), sy = v.screenY(pin.y());
            g.setStroke(EventColors.of(pin.type()).deriveColor(0, 1, 1, 0.45));
            g.setLineWidth(1);
            g.setLineDashes(3, 4);
            g.strokeOval(sx - ring, sy - ring, 2 * ring, 2 * ring);
            g.setLineDashes();
        }
        Occupancy taken = new Occupancy();
        List<PlacedSymbol> symbols = new ArrayList<>();
        for (Cluster cluster : bySize) {
            double sx = v.screenX(cluster.x()), sy = v.screenY(cluster.y());
            boolean selected = selectedKey != null && cluster.contains(selectedKey);
            Bounds text = cluster.isSingle()
                    ? paintPin(g, cluster.seed(), sx, sy, Markers.pinRadius(cluster.seed().count()), selected)
                    : paintCluster(g, cluster, sx, sy, selected);
            double outer = Markers.outerRadius(cluster);
            taken.add(new BoundingBox(sx - outer, sy - outer, 2 * outer, 2 * outer));
            symbols.add(new PlacedSymbol(cluster.key(), cluster.size(), cluster.count(), sx, sy, Markers.radius(cluster),
                    text == null ? null : countText(cluster), text));
        }
        taken.addAll(overlays);
        Occupancy settlementSymbols = new Occupancy();
        for (SettlementsLayer.Drawn d : settlements) settlementSymbols.add(d.box());
        regions.paintBadges(g, v, selectedKey, english, taken, settlementSymbols);
        // Labels: the selected place first, then the busiest; a label that fits nowhere is left out.
        List<Cluster> labelOrder = new ArrayList<>(bySize);
        labelOrder.sort(Comparator.comparing((Cluster c) -> selectedKey == null || !c.contains(selectedKey)));
        List<PlacedLabel> placed = new ArrayList<>();
        for (Cluster cluster : labelOrder) {
            // The chosen place is always named, even where its label has to cover neighbouring pins.
            boolean chosen = selectedKey != null && cluster.contains(selectedKey);
            Bounds box = paintLabel(g, v, cluster, english, chosen ? new Occupancy() : taken, settlementSymbols);
            if (box == null) continue;
            taken.add(box);
            placed.add(new PlacedLabel(cluster.key(), box));
        }
        for (SettlementsLayer.Drawn d : major) taken.add(d.box());
        lastLabels = List.copyOf(placed);
        lastSymbols = List.copyOf(symbols);
        return taken;
    }

    /** The names of settlements and administrative units the last frame drew (keyed by place or unit). */
    public List<PlacedLabel> placeNamesOfLastFrame() {
        return lastPlaceNames;
    }

    /** The settlement symbols the last frame drew, with the boxes they cover (keyed by place). */
    public List<PlacedLabel> placeSymbolsOfLastFrame() {
        return lastPlaceSymbols;
    }

    /** The labels the last frame drew; pins whose label fitted nowhere are absent. */
    public List<PlacedLabel> labelsOfLastFrame() {
        return lastLabels;
    }

    /** Whether the last frame's legend explained the symbol of a place with deleted incidents only. */
    public boolean legendExplainedDeletedLastFrame() {
        return lastLegendExplainedDeleted;
    }

    /** Where the last frame's legend was drawn, in pixels; null when it drew none. */
    public Bounds legendBoxOfLastFrame() {
        return lastLegendBox;
    }

    /** The event types the last frame's legend listed. */
    public Set<EventType> legendTypesOfLastFrame() {
        return lastLegendTypes;
    }

    /** The symbols (pins and clusters) the last frame drew, biggest first. */
    public List<PlacedSymbol> symbolsOfLastFrame() {
        return lastSymbols;
    }

    private static String countText(Cluster c) {
        return Markers.countText(c.count());
    }

    /** Draws a single place's pin; returns the box of its count text, or null where it shows none. */
    private Bounds paintPin(GraphicsContext g, Pin pin, double sx, double sy, double r, boolean selected) {
        Color c = EventColors.of(pin.type());
        if (selected) {
            g.setFill(SELECTED);
            g.fillOval(sx - r - 6, sy - r - 6, 2 * r + 12, 2 * r + 12);
        }
        if (pin.deleted()) {
            paintDeletedSymbol(g, sx, sy, r);
            return pin.count() <= 1 ? null : paintCount(g, Markers.countText(pin.count()), sx, sy, r, DELETED.darker());
        }
        if (pin.precision().isApproximate()) {
            // Hollow: a pale fill and a dashed rim say "somewhere about here".
            g.setFill(Color.rgb(255, 255, 255, 0.9));
            g.fillOval(sx - r, sy - r, 2 * r, 2 * r);
            g.setFill(c.deriveColor(0, 1, 1, 0.35));
            g.fillOval(sx - r, sy - r, 2 * r, 2 * r);
            g.setStroke(c);
            g.setLineWidth(2.2);
            if (pin.precision() == GeoPrecision.REGION) g.setLineDashes(1.5, 3);
            else g.setLineDashes(4, 2.5);
            g.strokeOval(sx - r, sy - r, 2 * r, 2 * r);
            g.setLineDashes();
        } else {
            g.setFill(c);
            g.fillOval(sx - r, sy - r, 2 * r, 2 * r);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.6);
            g.strokeOval(sx - r, sy - r, 2 * r, 2 * r);
        }
        if (pin.count() <= 1) return null;
        return paintCount(g, Markers.countText(pin.count()), sx, sy, r, pin.precision().isApproximate() ? c.darker() : Color.WHITE);
    }

    /**
     * Draws a cluster: a darker halo, a disc in the colour of its commonest event type, a white ring (dashed when
     * even its best-located member is only approximate) and the summed count. Returns the count text's box.
     */
    private Bounds paintCluster(GraphicsContext g, Cluster cluster, double sx, double sy, boolean selected) {
        Color c = EventColors.of(cluster.type());
        double r = Markers.clusterRadius(cluster.count()), outer = r + Markers.CLUSTER_HALO;
        if (selected) {
            g.setFill(SELECTED);
            g.fillOval(sx - outer - 5, sy - outer - 5, 2 * outer + 10, 2 * outer + 10);
        }
        if (cluster.allDeleted()) {
            g.setFill(DELETED.deriveColor(0, 1, 1, 0.35));
            g.fillOval(sx - outer, sy - outer, 2 * outer, 2 * outer);
            paintDeletedSymbol(g, sx, sy, r);
            return paintCount(g, Markers.countText(cluster.count()), sx, sy, r, DELETED.darker());
        }
        g.setFill(c.darker().deriveColor(0, 1, 0.8, 0.55));
        g.fillOval(sx - outer, sy - outer, 2 * outer, 2 * outer);
        g.setFill(c);
        g.fillOval(sx - r, sy - r, 2 * r, 2 * r);
        g.setStroke(Color.WHITE);
        g.setLineWidth(2.2);
        if (cluster.precision().isApproximate()) g.setLineDashes(4, 2.5);
        g.strokeOval(sx - r + 1.1, sy - r + 1.1, 2 * r - 2.2, 2 * r - 2.2);
        g.setLineDashes();
        return paintCount(g, Markers.countText(cluster.count()), sx, sy, r, Color.WHITE);
    }

    /**
     * The symbol of a place whose shown incidents are all deleted: a pale disc with a grey rim, struck through from
     * top right to bottom left, so it reads as gone however its incidents are typed or located.
     */
    private static void paintDeletedSymbol(GraphicsContext g, double sx, double sy, double r) {
        g.setFill(Color.rgb(255, 255, 255, 0.85));
        g.fillOval(sx - r, sy - r, 2 * r, 2 * r);
        g.setStroke(DELETED);
        g.setLineWidth(Math.max(1.6, r / 6));
        g.setLineDashes();
        g.strokeOval(sx - r, sy - r, 2 * r, 2 * r);
        double d = r * Math.sqrt(0.5);
        g.setLineWidth(1.4);
        g.strokeLine(sx + d, sy - d, sx - d, sy + d);
    }

    /** Centres a count inside a disc of radius r, shrinking the font until it fits; returns the text's box. */
    private Bounds paintCount(GraphicsContext g, String text, double sx, double sy, double r, Color color) {
        double size = Math.min(13, r);
        Font font = Font.font("System", FontWeight.BOLD, size);
        Bounds b = measure.bounds(text, font);
        double room = 2 * r - 6;
        if (b.getWidth() > room) {
            size = Math.max(7, size * room / b.getWidth());
            font = Font.font("System", FontWeight.BOLD, size);
            b = measure.bounds(text, font);
        }
        g.setFill(color);
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, sx, sy);
        return new BoundingBox(sx - b.getWidth() / 2, sy - b.getHeight() / 2, b.getWidth(), b.getHeight());
    }

    /**
     * Draws a symbol's label at the first free place around it and returns its box, or null where none is
     * free. A pin is named; a cluster is named after its biggest member and how many more it holds.
     */
    private Bounds paintLabel(GraphicsContext g, Viewport v, Cluster cluster, boolean english, Occupancy taken,
                              Occupancy settlementSymbols) {
        Pin pin = cluster.seed();
        String name = pin.labelAr() == null || pin.labelAr().isBlank() ? pin.labelEn() : pin.labelAr();
        String ar, en;
        if (cluster.isSingle()) {
            ar = name;
            en = pin.precision() == GeoPrecision.REGION ? pin.labelEn() + " (region)" : pin.labelEn();
        } else {
            int more = cluster.size() - 1;
            // The left-to-right mark keeps the sign before the digits ("+8", not "8+") in the right-to-left line.
            ar = name + " \u200E+" + more;
            en = pin.labelEn() + " and " + more + " more";
        }
        Font arFont = Font.font(fontFamily, FontWeight.BOLD, 13);
        Font enFont = Font.font(fontFamily, FontWeight.NORMAL, 11);
        Bounds arSize = measure.bounds(ar, arFont);
        Bounds enSize = english ? measure.bounds(en, enFont) : null;
        double w = Math.max(arSize.getWidth(), enSize == null ? 0 : enSize.getWidth());
        double h = arSize.getHeight() + (enSize == null ? 0 : enSize.getHeight() - 2);
        double sx = v.screenX(cluster.x()), sy = v.screenY(cluster.y()), gap = Markers.outerRadius(cluster) + 4;
        // Beside the pin where no settlement symbol is in the way; else over a settlement's symbol rather than not at all.
        Bounds box = LabelPlacer.beside(v, sx, sy, gap, w, h, taken, settlementSymbols);
        if (box == null) box = LabelPlacer.beside(v, sx, sy, gap, w, h, taken, null);
        if (box == null) return null;
        double centre = box.getMinX() + box.getWidth() / 2;
        haloText(g, ar, arFont, LABEL, centre, box.getMinY());
        if (enSize != null) haloText(g, en, enFont, LABEL_EN, centre, box.getMinY() + arSize.getHeight() - 2);
        return box;
    }

    /** Draws text with a white halo, centred on x with its top at y (from an image once it has one). */
    private void haloText(GraphicsContext g, String text, Font font, Color color, double x, double y) {
        sprites.draw(g, text, font, color, HALO, x, y);
    }

    /**
     * Whether labels drawn the slow way in the last frame are waiting to be turned into images; the caller
     * then runs {@link #prepareLabels} after the frame is shown and repaints.
     */
    public boolean labelsPending() {
        return sprites.hasPending();
    }

    /** Turns the waiting labels into images (one snapshot for all), for faster frames from now on. */
    public void prepareLabels() {
        sprites.drawPending();
    }

    /** What the legend lists (event types, then imprecise locations, then clusters) and where it goes. */
    private record Legend(Set<EventType> types, Set<GeoPrecision> precisions, boolean anyCluster, boolean anyDeleted, boolean anyRegion,
                          Font font, Bounds box) {}

    /**
     * The legend for these symbols, or null where there is nothing to explain. It goes top left, or bottom left
     * above the scale bar where it would hide fewer symbols there.
     */
    private Legend legend(List<Cluster> clusters, Viewport v) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        Set<GeoPrecision> precisions = EnumSet.noneOf(GeoPrecision.class);
        boolean anyCluster = false, anyDeleted = false;
        for (Cluster cluster : clusters) {
            anyCluster |= !cluster.isSingle();
            for (Pin pin : cluster.members()) {
                anyDeleted |= pin.deleted();
                types.add(pin.type());
                if (!pin.deleted()) precisions.add(pin.precision()); // a deleted place's symbol does not show its precision
            }
        }
        types.addAll(regions.types());
        if (types.isEmpty()) return null;
        types.addAll(incidentTypes);
        precisions.remove(GeoPrecision.EXACT);
        Font font = Font.font(fontFamily, 12);
        List<String> texts = new ArrayList<>();
        types.forEach(t -> texts.add(t.label()));
        precisions.forEach(p -> texts.add(precisionLabel(p)));
        if (anyCluster) texts.add(CLUSTER_LEGEND);
        if (anyDeleted) texts.add(DELETED_LEGEND);
        if (!regions.isEmpty()) texts.add(RegionBadges.LEGEND);
        double width = texts.stream().mapToDouble(t -> measure.bounds(t, font).getWidth()).max().orElse(0) + 38;
        double height = texts.size() * LEGEND_ROW + 10;
        Bounds top = new BoundingBox(LEGEND_X, LEGEND_Y + topInset, width, height);
        Bounds bottom = new BoundingBox(LEGEND_X, scaleBarBounds(v).getMinY() - 8 - height, width, height);
        // Not bottom where the window's own controls (the attribution) lie over it: they would hide part of it.
        boolean bottomClear = coveredByControls.stream().noneMatch(bottom::intersects);
        Bounds box = bottomClear && bottom.getMinY() > top.getMaxY() && hidden(bottom, clusters, v) < hidden(top, clusters, v) ? bottom : top;
        return new Legend(types, precisions, anyCluster, anyDeleted, !regions.isEmpty(), font, box);
    }

    /** How many symbols a box would cover, wholly or partly. */
    private static int hidden(Bounds box, List<Cluster> clusters, Viewport v) {
        int n = 0;
        for (Cluster c : clusters) {
            double r = Markers.outerRadius(c), sx = v.screenX(c.x()), sy = v.screenY(c.y());
            if (box.intersects(sx - r, sy - r, 2 * r, 2 * r)) n++;
        }
        return n;
    }

    private void paintLegend(GraphicsContext g, Legend legend) {
        Set<EventType> types = legend.types();
        Set<GeoPrecision> precisions = legend.precisions();
        Font font = legend.font();
        Bounds box = legend.box();
        double x = box.getMinX(), y = box.getMinY(), rowH = LEGEND_ROW, width = box.getWidth(), height = box.getHeight();
        g.setFill(Color.rgb(255, 255, 255, 0.88));
        g.fillRoundRect(x, y, width, height, 8, 8);
        g.setStroke(Color.rgb(0, 0, 0, 0.2));
        g.setLineWidth(1);
        g.strokeRoundRect(x, y, width, height, 8, 8);
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double cy = y + 5 + rowH / 2;
        for (EventType t : types) {
            g.setFill(EventColors.of(t));
            g.fillOval(x + 9, cy - 6, 12, 12);
            g.setFill(LABEL);
            g.fillText(t.label(), x + 28, cy);
            cy += rowH;
        }
        for (GeoPrecision p : precisions) {
            g.setStroke(Color.web("#555555"));
            g.setLineWidth(1.8);
            if (p == GeoPrecision.REGION) g.setLineDashes(1.5, 3);
            else g.setLineDashes(3, 2);
            g.strokeOval(x + 9, cy - 6, 12, 12);
            g.setLineDashes();
            g.setFill(LABEL);
            g.fillText(precisionLabel(p), x + 28, cy);
            cy += rowH;
        }
        if (legend.anyCluster()) {
            g.setFill(Color.rgb(60, 60, 60, 0.45));
            g.fillOval(x + 7, cy - 8, 16, 16);
            g.setFill(Color.web("#666666"));
            g.fillOval(x + 9.5, cy - 5.5, 11, 11);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.4);
            g.strokeOval(x + 10.2, cy - 4.8, 9.6, 9.6);
            g.setFill(LABEL);
            g.fillText(CLUSTER_LEGEND, x + 28, cy);
            cy += rowH;
        }
        if (legend.anyDeleted()) {
            paintDeletedSymbol(g, x + 15, cy, 6);
            g.setFill(LABEL);
            g.fillText(DELETED_LEGEND, x + 28, cy);
            cy += rowH;
        }
        if (legend.anyRegion()) {
            RegionBadges.paintLegendSymbol(g, x + 9, cy);
            g.setFill(LABEL);
            g.fillText(RegionBadges.LEGEND, x + 28, cy);
        }
    }

    private static String precisionLabel(GeoPrecision p) {
        return p == GeoPrecision.REGION ? "Only the region is known" : "Approximate location";
    }

    /** The scale bar's backing box. */
    private static Bounds scaleBarBounds(Viewport v) {
        double px = niceLength(v.groundMetresPerPixel() * 120) / v.groundMetresPerPixel();
        return new BoundingBox(14 - 6, v.height() - 38 - 18, px + 12, 30);
    }

    private void paintScaleBar(GraphicsContext g, Viewport v) {
        double mpp = v.groundMetresPerPixel();
        double metres = niceLength(mpp * 120);
        double px = metres / mpp;
        double x = 14, y = v.height() - 38;
        String text = metres >= 1000 ? formatKm(metres / 1000) + " km" : (int) metres + " m";
        g.setFill(Color.rgb(255, 255, 255, 0.8));
        g.fillRect(x - 6, y - 18, px + 12, 30);
        g.setStroke(LABEL);
        g.setLineWidth(2);
        g.strokeLine(x, y, x + px, y);
        g.strokeLine(x, y - 5, x, y + 5);
        g.strokeLine(x + px, y - 5, x + px, y + 5);
        g.setFill(LABEL);
        g.setFont(Font.font(fontFamily, 11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(text, x + px / 2, y - 3);
    }

    /** The largest 1, 2 or 5 times a power of ten that is at most {@code metres}. */
    static double niceLength(double metres) {
        double power = Math.pow(10, Math.floor(Math.log10(metres)));
        for (double step : new double[]{5, 2, 1}) {
            if (step * power <= metres) return step * power;
        }
        return power;
    }

    private static String formatKm(double km) {
        return km == Math.rint(km) ? Long.toString((long) km) : Double.toString(km);
    }
}
