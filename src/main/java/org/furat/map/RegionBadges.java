package org.furat.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.function.Predicate;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.furat.model.EventType;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Draws region-level incidents on their areas: the area's outline tinted in its commonest event type's colour
 * (under the pins), and a badge with the incident count and the area's name at a point inside it (among the
 * pins, before their labels, so labels keep clear of badges). Where the area's own label point is out of view
 * but part of the area is in view, the badge moves to a point inside the visible part, so a zoomed-in analyst
 * still sees that the area has incidents. Not thread-safe: one per renderer, on the FX thread.
 */
public final class RegionBadges {

    /** The legend's line for a badge. */
    public static final String LEGEND = "Only the region is known: count on its area";

    private static final Color SELECTED = Color.rgb(255, 214, 0, 0.65);
    private static final Color TEXT = Color.web("#1d1d1d");
    private static final Color TEXT_EN = Color.web("#4a4a4a");
    private static final double DISC_RADIUS = 9, PAD = 4;
    /**
     * Pixels at the bottom of the map that a badge's anchor keeps out of: the scale bar, the pointer's coordinates
     * and the attribution lie over it.
     */
    private static final double BOTTOM_BAND = 100;

    /** Where the last frame drew a badge, in pixels. */
    public record PlacedBadge(String key, int count, Bounds box) {}

    private record Projected(Region region, VectorLayer shape, double area) {}

    private final TextMeasure measure;
    private final LabelSprites sprites;
    private final String fontFamily;
    private final Map<String, Projected> projected = new HashMap<>();
    private List<Projected> regions = List.of();
    private List<PlacedBadge> lastBadges = List.of();

    RegionBadges(TextMeasure measure, LabelSprites sprites, String fontFamily) {
        this.measure = measure;
        this.sprites = sprites;
        this.fontFamily = fontFamily;
    }

    /** Sets the areas to draw; an outline is projected once and kept while its area stays. */
    void set(List<Region> list) {
        List<Projected> next = new ArrayList<>();
        Map<String, Projected> kept = new HashMap<>();
        for (Region r : list) {
            Projected p = projected.get(r.key());
            if (p == null || p.region().outline() != r.outline()) {
                p = new Projected(r, new VectorLayer(r.key(), r.labelEn(), null, List.of(r.outline())), r.outline().getArea());
            } else {
                p = new Projected(r, p.shape(), p.area());
            }
            kept.put(r.key(), p);
            next.add(p);
        }
        projected.clear();
        projected.putAll(kept);
        regions = List.copyOf(next);
    }

    boolean isEmpty() { return regions.isEmpty(); }

    /** The event types the badges show, for the legend. */
    List<EventType> types() {
        return regions.stream().map(p -> p.region().type()).distinct().toList();
    }

    /** Tints and outlines the areas, widest first so a smaller area inside a wider one stays visible on top. */
    void paintAreas(GraphicsContext g, Viewport v, String selectedKey) {
        List<Projected> widestFirst = new ArrayList<>(regions);
        widestFirst.sort(Comparator.comparingDouble(Projected::area).reversed());
        g.setFillRule(FillRule.EVEN_ODD);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (Projected p : widestFirst) {
            boolean selected = p.region().key().equals(selectedKey);
            Color c = EventColors.of(p.region().type());
            for (VectorLayer.Shape shape : p.shape().shapes()) {
                g.beginPath();
                for (double[] ring : shape.rings()) {
                    for (int i = 0; i < ring.length; i += 2) {
                        double sx = v.screenX(ring[i]), sy = v.screenY(ring[i + 1]);
                        if (i == 0) g.moveTo(sx, sy);
                        else g.lineTo(sx, sy);
                    }
                    g.closePath();
                }
                g.setFill(c.deriveColor(0, 1, 1, selected ? 0.20 : 0.08));
                g.fill();
                if (selected) {
                    g.setStroke(SELECTED);
                    g.setLineWidth(7);
                    g.stroke();
                }
                g.setStroke(c.deriveColor(0, 1, 1, 0.85));
                g.setLineWidth(selected ? 2.6 : 1.8);
                g.stroke();
            }
        }
    }

    /**
     * Draws the badges, busiest first, each at the first spot near its area's label point that is clear of
     * {@code taken} (pins, overlays, earlier badges) and of the settlements' symbols, else clear of {@code taken}
     * only, or at the label point itself where none is; adds their boxes to {@code taken}, so labels drawn
     * afterwards keep clear of them. A badge on a town would read as the town's count.
     */
    void paintBadges(GraphicsContext g, Viewport v, String selectedKey, boolean english, Occupancy taken,
                     Occupancy settlements) {
        List<PlacedBadge> placed = new ArrayList<>();
        Font countFont = Font.font("System", FontWeight.BOLD, 11);
        Font arFont = Font.font(fontFamily, FontWeight.BOLD, 12);
        Font enFont = Font.font(fontFamily, FontWeight.NORMAL, 10.5);
        for (Projected p : regions) {
            Region r = p.region();
            double[] anchor = anchor(r, v);
            if (anchor == null) continue;
            String count = Markers.countText(r.count());
            String ar = r.labelAr() == null || r.labelAr().isBlank() ? r.labelEn() : r.labelAr();
            Bounds countSize = measure.bounds(count, countFont);
            Bounds arSize = measure.bounds(ar, arFont);
            Bounds enSize = english ? measure.bounds(r.labelEn(), enFont) : null;
            double disc = Math.max(DISC_RADIUS, countSize.getWidth() / 2 + 3);
            double textW = Math.max(arSize.getWidth(), enSize == null ? 0 : enSize.getWidth());
            double textH = arSize.getHeight() + (enSize == null ? 0 : enSize.getHeight() - 2);
            double w = PAD + 2 * disc + 6 + textW + PAD + 2, h = Math.max(2 * disc, textH) + 2 * PAD - 2;
            Bounds box = spot(anchor[0], anchor[1], w, h, v, taken, settlements);
            taken.add(box);
            boolean selected = r.key().equals(selectedKey);
            Color c = EventColors.of(r.type());
            double x = box.getMinX(), y = box.getMinY();
            if (selected) {
                g.setFill(SELECTED);
                g.fillRoundRect(x - 5, y - 5, w + 10, h + 10, h + 10, h + 10);
            }
            g.setFill(Color.rgb(255, 255, 255, 0.94));
            g.fillRoundRect(x, y, w, h, h, h);
            g.setStroke(c);
            g.setLineWidth(selected ? 2.6 : 1.8);
            g.strokeRoundRect(x, y, w, h, h, h);
            double cx = x + PAD + disc, cy = y + h / 2;
            g.setFill(c);
            g.fillOval(cx - disc, cy - disc, 2 * disc, 2 * disc);
            g.setFill(Color.WHITE);
            g.setFont(countFont);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(count, cx, cy);
            double textCentre = cx + disc + 6 + textW / 2, top = cy - textH / 2;
            sprites.draw(g, ar, arFont, TEXT, Color.WHITE, textCentre, top);
            if (enSize != null) sprites.draw(g, r.labelEn(), enFont, TEXT_EN, Color.WHITE, textCentre, top + arSize.getHeight() - 2);
            placed.add(new PlacedBadge(r.key(), r.count(), box));
        }
        lastBadges = List.copyOf(placed);
    }

    /** The badges the last frame drew. */
    List<PlacedBadge> badgesOfLastFrame() { return lastBadges; }

    /**
     * Where the badge is anchored on screen: the area's label point, or, where that is out of view, a point inside
     * the part of the area in view; null where no part of the area is in view.
     */
    private static double[] anchor(Region r, Viewport v) {
        double sx = v.screenXOfLon(r.lon()), sy = v.screenYOfLat(r.lat());
        double margin = 20, bottom = Math.min(BOTTOM_BAND, v.height() / 3);
        if (sx >= margin && sy >= margin && sx <= v.width() - margin && sy <= v.height() - bottom) return new double[]{sx, sy};
        Envelope view = new Envelope(v.lon(margin), v.lon(v.width() - margin), v.lat(v.height() - bottom), v.lat(margin));
        if (!view.intersects(r.outline().getEnvelopeInternal())) return null;
        Geometry visible = r.outline().intersection(r.outline().getFactory().toGeometry(view));
        if (visible.isEmpty() || visible.getArea() == 0) return null;
        Coordinate inside = InteriorPointArea.getInteriorPoint(visible);
        return new double[]{v.screenXOfLon(inside.x), v.screenYOfLat(inside.y)};
    }

    /**
     * Where a w × h badge goes near (sx, sy): clear of the taken boxes and the settlements' symbols, else of the
     * taken boxes only, else the first spot.
     */
    private static Bounds spot(double sx, double sy, double w, double h, Viewport v, Occupancy taken, Occupancy settlements) {
        Bounds clearOfBoth = spot(sx, sy, w, h, v, box -> !taken.overlaps(box) && !settlements.overlaps(box));
        if (clearOfBoth != null) return clearOfBoth;
        Bounds clear = spot(sx, sy, w, h, v, box -> !taken.overlaps(box));
        return clear != null ? clear : spots(sx, sy, w, h, v).get(0);
    }

    /** The first of the spots around (sx, sy) that is free, or null. */
    private static Bounds spot(double sx, double sy, double w, double h, Viewport v, Predicate<Bounds> free) {
        for (Bounds box : spots(sx, sy, w, h, v)) if (free.test(box)) return box;
        return null;
    }

    /** Boxes of w × h centred on (sx, sy) or shifted around it, moved inside the view (above the bottom band), nearest first. */
    private static List<Bounds> spots(double sx, double sy, double w, double h, Viewport v) {
        double[][] shifts = {{0, 0}, {0, -1}, {0, 1}, {-0.6, 0}, {0.6, 0}, {-0.6, -1}, {0.6, -1}, {-0.6, 1}, {0.6, 1},
                {0, -2}, {0, 2}, {-1.1, 0}, {1.1, 0}, {0, -3}, {-1.1, -1}, {1.1, -1}};
        double floor = v.height() - Math.min(BOTTOM_BAND - 20, v.height() / 4);
        List<Bounds> spots = new ArrayList<>(shifts.length);
        for (double[] s : shifts) {
            double x = Math.max(2, Math.min(v.width() - w - 2, sx - w / 2 + s[0] * w));
            double y = Math.max(2, Math.min(floor - h, sy - h / 2 + s[1] * (h + 4)));
            spots.add(new BoundingBox(x, y, w, h));
        }
        return spots;
    }

    /** The legend's symbol for a badge: a tinted square with a small count disc, centred vertically on cy. */
    static void paintLegendSymbol(GraphicsContext g, double x, double cy) {
        Color c = Color.web("#555555");
        g.setFill(c.deriveColor(0, 1, 1, 0.15));
        g.fillRect(x - 1, cy - 7, 14, 14);
        g.setStroke(c);
        g.setLineWidth(1.2);
        g.strokeRect(x - 1, cy - 7, 14, 14);
        g.setFill(c);
        g.fillOval(x + 2, cy - 4, 8, 8);
    }
}
