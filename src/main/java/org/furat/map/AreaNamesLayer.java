package org.furat.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Names the administrative units as areas: muted, larger than place names, the English in spaced capitals,
 * at each unit's label point. Which level is named follows the zoom: the governorate from far out, districts
 * at the region view, sub-districts closer in; a name is only shown where it fits inside its unit and overlaps
 * nothing already on the map (pins and their names come first). Not thread-safe: FX thread only.
 */
final class AreaNamesLayer {

    private static final Color INK = Color.web("#8b7a60");
    private static final Color HALO = Color.rgb(244, 240, 232, 0.75);

    /** The zoom range (Web Mercator metres per pixel) in which a level is named. */
    static boolean named(int level, double mpp) {
        return switch (level) {
            case 1 -> mpp >= 600;
            case 2 -> mpp >= 120 && mpp < 600;
            default -> mpp < 120;
        };
    }

    /** Where a name may go, as shifts from its label point in label widths and heights, nearest first. */
    private static final double[][] OFFSETS = {{0, 0}, {0, -0.8}, {0, 0.8}, {-0.35, 0}, {0.35, 0}, {0, -1.6}, {0, 1.6},
            {-0.35, -0.8}, {0.35, -0.8}, {-0.35, 0.8}, {0.35, 0.8}, {0, -2.4}, {0, 2.4}, {-0.35, -1.6}, {0.35, -1.6},
            {-0.35, 1.6}, {0.35, 1.6}, {0, -3.2}, {0, 3.2}, {-0.35, -2.4}, {0.35, -2.4}, {-0.35, 2.4}, {0.35, 2.4}};

    private final String fontFamily;
    private final TextMeasure measure;
    private final LabelSprites sprites;

    AreaNamesLayer(String fontFamily, TextMeasure measure, LabelSprites sprites) {
        this.fontFamily = fontFamily;
        this.measure = measure;
        this.sprites = sprites;
    }

    /** Paints the names that fit; returns what it placed. */
    List<MapRenderer.PlacedLabel> paint(GraphicsContext g, Viewport v, List<AreaLabel> areas, boolean english, Occupancy taken,
                                         Occupancy soft) {
        List<MapRenderer.PlacedLabel> placed = new ArrayList<>();
        double mpp = v.metresPerPixel();
        for (AreaLabel a : areas) {
            if (!named(a.level(), mpp)) continue;
            String ar = a.nameAr() == null || a.nameAr().isBlank() ? a.nameEn() : a.nameAr();
            String en = english ? spaced(a.nameEn()) : null;
            Font arFont = Font.font(fontFamily, FontWeight.NORMAL, a.level() == 1 ? 17 : a.level() == 2 ? 15 : 13);
            Font enFont = Font.font(fontFamily, FontWeight.NORMAL, a.level() == 3 ? 9.5 : 10.5);
            Bounds arSize = measure.bounds(ar, arFont);
            Bounds enSize = en == null ? null : measure.bounds(en, enFont);
            double w = Math.max(arSize.getWidth(), enSize == null ? 0 : enSize.getWidth());
            double h = arSize.getHeight() + (enSize == null ? 0 : enSize.getHeight() - 2);
            double r = a.radius() / mpp;
            // The name must fit the unit's widest part, else it would read as a neighbour's.
            if (w > 2.4 * r || h > 1.2 * r) continue;
            double sx = v.screenX(a.x()), sy = v.screenY(a.y());
            // At the label point, else moved a little within the unit to make room for what is already there;
            // clear of the small symbols where possible.
            Bounds box = spot(v, sx, sy, w, h, r, taken, soft);
            if (box == null && soft != null) box = spot(v, sx, sy, w, h, r, taken, null);
            if (box == null) continue;
            taken.add(box);
            double centre = box.getMinX() + box.getWidth() / 2;
            sprites.draw(g, ar, arFont, INK, HALO, centre, box.getMinY());
            if (en != null) sprites.draw(g, en, enFont, INK, HALO, centre, box.getMinY() + arSize.getHeight() - 2);
            placed.add(new MapRenderer.PlacedLabel(a.key(), box));
        }
        return placed;
    }

    /** The first free box for a w × h name near (sx, sy), at most 0.8 r away, or null. */
    private static Bounds spot(Viewport v, double sx, double sy, double w, double h, double r, Occupancy taken, Occupancy soft) {
        for (double[] d : OFFSETS) {
            double dx = d[0] * w, dy = d[1] * h;
            if (Math.hypot(dx, dy) > 0.8 * r) continue;
            Bounds box = new BoundingBox(sx + dx - w / 2 - 2, sy + dy - h / 2, w + 4, h);
            if (LabelPlacer.fits(v, box, taken, soft)) return box;
        }
        return null;
    }

    /** "Al Mayadin District" as "A L  M A Y A D I N  D I S T R I C T": area names are spaced, place names are not. */
    static String spaced(String name) {
        StringBuilder b = new StringBuilder();
        String upper = name.toUpperCase(Locale.ROOT);
        for (int i = 0; i < upper.length(); i++) {
            if (i > 0) b.append('\u2009');
            char c = upper.charAt(i);
            b.append(c == ' ' ? "\u2002" : String.valueOf(c));
        }
        return b.toString();
    }
}
