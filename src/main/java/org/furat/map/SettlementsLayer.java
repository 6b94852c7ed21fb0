package org.furat.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.furat.model.PlaceKind;

/**
 * Paints the gazetteer's settlements under the pins: a small dark-grey symbol by kind (a ringed dot for a city,
 * a dot for a town or village, a square for a base, a ringed cross for an airport, a diamond for an oil field,
 * a triangle for a gas field), hollow where the point is only approximate, and their names where the zoom and
 * the room allow. Grey on purpose: the colours belong to the event types of the pins. Villages appear only
 * once zoomed in far enough for them not to blur the region view. Not thread-safe: FX thread only.
 */
final class SettlementsLayer {

    private static final Color INK = Color.web("#464646");
    private static final Color RIM = Color.rgb(255, 255, 255, 0.9);
    private static final Color NAME_CITY = Color.web("#262626");
    private static final Color NAME = Color.web("#3d3d3d");
    private static final Color NAME_EN = Color.web("#5a5a5a");
    private static final Color HALO = Color.rgb(255, 255, 255, 0.8);

    /** Farthest zoom (Web Mercator metres per pixel) at which a kind's symbol is drawn; cities always are. */
    static double symbolsUpTo(PlaceKind kind) {
        return switch (kind) {
            case CITY -> Double.MAX_VALUE;
            case TOWN -> 600;
            default -> 420;
        };
    }

    /** Farthest zoom at which a kind's name is shown. */
    static double namesUpTo(PlaceKind kind) {
        return switch (kind) {
            case CITY -> Double.MAX_VALUE;
            case TOWN -> 520;
            case BASE, AIRPORT, OIL_FIELD, GAS_FIELD -> 160;
            case VILLAGE -> 110;
            default -> 60;
        };
    }

    /** A settlement this frame shows, with its symbol's centre, radius (rim included) and size factor. */
    record Drawn(Settlement place, double sx, double sy, double radius, double scale) {
        Bounds box() {
            return new BoundingBox(sx - radius - 1, sy - radius - 1, 2 * radius + 2, 2 * radius + 2);
        }
    }

    private final String fontFamily;
    private final TextMeasure measure;
    private final LabelSprites sprites;

    SettlementsLayer(String fontFamily, TextMeasure measure, LabelSprites sprites) {
        this.fontFamily = fontFamily;
        this.measure = measure;
        this.sprites = sprites;
    }

    /**
     * The settlements in view whose symbols this zoom shows, except those in {@code hidden} (places a pin stands
     * for), with where their symbols go, in label priority order: cities first, then towns, then the rest.
     */
    List<Drawn> inView(Viewport v, List<Settlement> settlements, Set<String> hidden) {
        List<Drawn> drawn = new ArrayList<>();
        double mpp = v.metresPerPixel();
        for (Settlement s : settlements) {
            if (mpp > symbolsUpTo(s.kind()) || hidden.contains(s.key())) continue;
            double sx = v.screenX(s.x()), sy = v.screenY(s.y());
            if (sx < -10 || sy < -10 || sx > v.width() + 10 || sy > v.height() + 10) continue;
            double scale = scale(s, mpp);
            drawn.add(new Drawn(s, sx, sy, radius(s, scale), scale));
        }
        drawn.sort(Comparator.comparingInt((Drawn d) -> d.place().rank()).thenComparing(d -> d.place().key()));
        return drawn;
    }

    /** Draws these symbols. */
    void paintSymbols(GraphicsContext g, List<Drawn> drawn) {
        for (Drawn d : drawn) paintSymbol(g, d.place(), d.sx(), d.sy(), d.scale());
    }

    /** Far out, villages and sites shrink to specks so the towns and the pins stay readable. */
    private static double scale(Settlement s, double mpp) {
        return s.rank() <= 1 || mpp <= 250 ? 1 : 0.7;
    }

    /** The radius a settlement's symbol covers, rim included, in pixels. */
    private static double radius(Settlement s, double scale) {
        return switch (s.kind()) {
            case CITY -> 5.6;
            case BASE -> 3.2 * scale * 1.3;
            case OIL_FIELD, GAS_FIELD -> 3.8 * scale;
            case AIRPORT -> 4.2 * scale + 1;
            case TOWN -> 3.4 * scale + 0.9;
            default -> 2.5 * scale + 0.9;
        };
    }

    /** Draws one symbol, {@code scale} times its full size (cities are always full size). */
    private static void paintSymbol(GraphicsContext g, Settlement s, double x, double y, double scale) {
        boolean hollow = s.precision().isApproximate();
        g.setLineDashes();
        switch (s.kind()) {
            case CITY -> {
                double r = 4.6;
                g.setFill(RIM);
                g.fillOval(x - r - 1, y - r - 1, 2 * r + 2, 2 * r + 2);
                g.setStroke(INK);
                g.setLineWidth(1.5);
                g.strokeOval(x - r + 0.75, y - r + 0.75, 2 * r - 1.5, 2 * r - 1.5);
                if (!hollow) {
                    g.setFill(INK);
                    g.fillOval(x - 2, y - 2, 4, 4);
                }
            }
            case BASE -> {
                double h = 3.2 * scale;
                shape(g, hollow, new double[]{x - h, x + h, x + h, x - h}, new double[]{y - h, y - h, y + h, y + h});
            }
            case OIL_FIELD -> {
                double h = 3.8 * scale;
                shape(g, hollow, new double[]{x, x + h, x, x - h}, new double[]{y - h, y, y + h, y});
            }
            case GAS_FIELD -> {
                double h = 3.8 * scale;
                shape(g, hollow, new double[]{x, x + h, x - h}, new double[]{y - h, y + h * 0.8, y + h * 0.8});
            }
            case AIRPORT -> {
                double r = 4.2 * scale;
                g.setFill(RIM);
                g.fillOval(x - r - 1, y - r - 1, 2 * r + 2, 2 * r + 2);
                g.setStroke(INK);
                g.setLineWidth(1.2);
                if (hollow) g.setLineDashes(2, 1.5);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                g.setLineDashes();
                g.strokeLine(x - r + 1.5, y, x + r - 1.5, y);
                g.strokeLine(x, y - r + 1.5, x, y + r - 1.5);
            }
            default -> {
                double r = (s.kind() == PlaceKind.TOWN ? 3.4 : 2.5) * scale;
                if (hollow) {
                    g.setFill(RIM);
                    g.fillOval(x - r, y - r, 2 * r, 2 * r);
                    g.setStroke(INK);
                    g.setLineWidth(1.1);
                    g.strokeOval(x - r + 0.55, y - r + 0.55, 2 * r - 1.1, 2 * r - 1.1);
                } else {
                    g.setFill(RIM);
                    g.fillOval(x - r - 0.9, y - r - 0.9, 2 * r + 1.8, 2 * r + 1.8);
                    g.setFill(INK);
                    g.fillOval(x - r, y - r, 2 * r, 2 * r);
                }
            }
        }
    }

    /** A polygon with a white rim: filled dark, or, where hollow, white with a dark outline. */
    private static void shape(GraphicsContext g, boolean hollow, double[] xs, double[] ys) {
        g.setStroke(RIM);
        g.setLineWidth(2.6);
        g.strokePolygon(xs, ys, xs.length);
        g.setFill(hollow ? Color.WHITE : INK);
        g.fillPolygon(xs, ys, xs.length);
        if (hollow) {
            g.setStroke(INK);
            g.setLineWidth(1.1);
            g.strokePolygon(xs, ys, xs.length);
        }
    }

    /**
     * Names the drawn settlements whose rank lies in [fromRank, toRank] and whose kind is named at this zoom,
     * each at the first free position beside its symbol (see {@link LabelPlacer}); a name that fits nowhere is
     * left out. Arabic, with the English name beneath when {@code english} is on. A name keeps clear of
     * {@code taken}, and of {@code soft} where it can. Returns what it placed.
     */
    List<MapRenderer.PlacedLabel> paintLabels(GraphicsContext g, Viewport v, List<Drawn> drawn, boolean english,
                                              Occupancy taken, Occupancy soft, int fromRank, int toRank) {
        List<MapRenderer.PlacedLabel> placed = new ArrayList<>();
        for (Drawn d : drawn) {
            Settlement s = d.place();
            if (s.rank() < fromRank || s.rank() > toRank || v.metresPerPixel() > namesUpTo(s.kind())) continue;
            String ar = s.nameAr() == null || s.nameAr().isBlank() ? s.nameEn() : s.nameAr();
            boolean big = s.kind() == PlaceKind.CITY || s.kind() == PlaceKind.TOWN;
            Font arFont = Font.font(fontFamily, big ? FontWeight.BOLD : FontWeight.NORMAL, s.kind() == PlaceKind.CITY ? 13 : big ? 12 : 11);
            Font enFont = Font.font(fontFamily, FontWeight.NORMAL, big ? 10.5 : 10);
            String en = english && !ar.equals(s.nameEn()) ? s.nameEn() : null;
            Bounds arSize = measure.bounds(ar, arFont);
            Bounds enSize = en == null ? null : measure.bounds(en, enFont);
            double w = Math.max(arSize.getWidth(), enSize == null ? 0 : enSize.getWidth());
            double h = arSize.getHeight() + (enSize == null ? 0 : enSize.getHeight() - 3);
            // Clear of the small symbols where possible; a small symbol a name covers is then left out.
            // The gap leaves a pixel between the name and the symbol's own box, which is among the taken ones.
            double gap = d.radius() + 3;
            Bounds box = LabelPlacer.beside(v, d.sx(), d.sy(), gap, w, h, taken, soft);
            if (box == null && soft != null) box = LabelPlacer.beside(v, d.sx(), d.sy(), gap, w, h, taken, null);
            if (box == null) continue;
            taken.add(box);
            double centre = box.getMinX() + box.getWidth() / 2;
            sprites.draw(g, ar, arFont, s.kind() == PlaceKind.CITY ? NAME_CITY : NAME, HALO, centre, box.getMinY());
            if (en != null) sprites.draw(g, en, enFont, NAME_EN, HALO, centre, box.getMinY() + arSize.getHeight() - 3);
            placed.add(new MapRenderer.PlacedLabel(s.key(), box));
        }
        return placed;
    }
}
