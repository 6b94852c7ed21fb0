package org.furat.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.furat.model.Place;

/**
 * The gazetteer's places as small dots, named when the map is close enough for the names to fit: for orientation
 * where a point is placed by hand, so the analyst sees the villages that have no incidents too. Places already
 * drawn as pins and administrative units are left out; a name that would cover another is left out. Not
 * thread-safe: one per canvas, on the FX thread.
 */
public final class GazetteerDots {

    /** Ground metres per pixel: farther out than this the dots would only be noise, and none are drawn. */
    public static final double DOTS_UP_TO_MPP = 300;
    /** Ground metres per pixel: closer than this the dots are named. */
    public static final double NAMES_UP_TO_MPP = 60;

    private static final Color DOT = Color.web("#5b4a36");
    private static final Color NAME = Color.web("#3b3226");

    private final TextMeasure measure = new TextMeasure();
    private final String fontFamily;
    private List<Bounds> lastNames = List.of();

    public GazetteerDots(String fontFamily) {
        this.fontFamily = fontFamily;
    }

    /** Clears the canvas area and draws the dots (and names) of the places, except those with the keys in {@code skip}. */
    public void paint(GraphicsContext g, Viewport v, Collection<Place> places, Set<String> skip) {
        g.clearRect(0, 0, v.width(), v.height());
        List<Bounds> names = new ArrayList<>();
        double mpp = v.groundMetresPerPixel();
        if (mpp > DOTS_UP_TO_MPP) {
            lastNames = List.of();
            return;
        }
        Font ar = Font.font(fontFamily, FontWeight.BOLD, 11), en = Font.font(fontFamily, FontWeight.NORMAL, 9.5);
        List<Bounds> taken = new ArrayList<>();
        List<Place> shown = new ArrayList<>();
        for (Place p : places) {
            if (p.kind().isAdminUnit() || skip.contains(p.key())) continue;
            double sx = v.screenXOfLon(p.lon()), sy = v.screenYOfLat(p.lat());
            if (sx < -5 || sy < -5 || sx > v.width() + 5 || sy > v.height() + 5) continue;
            shown.add(p);
            g.setFill(Color.WHITE);
            g.fillOval(sx - 4, sy - 4, 8, 8);
            g.setFill(DOT);
            g.fillOval(sx - 2.8, sy - 2.8, 5.6, 5.6);
            taken.add(new BoundingBox(sx - 4, sy - 4, 8, 8));
        }
        if (mpp <= NAMES_UP_TO_MPP) {
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            for (Place p : shown) {
                String arabic = p.nameAr() == null || p.nameAr().isBlank() ? p.nameEn() : p.nameAr();
                Bounds a = measure.bounds(arabic, ar), e = measure.bounds(p.nameEn(), en);
                double w = Math.max(a.getWidth(), e.getWidth()), h = a.getHeight() + e.getHeight() - 2;
                double sx = v.screenXOfLon(p.lon()), sy = v.screenYOfLat(p.lat());
                Bounds box = new BoundingBox(sx - w / 2, sy + 5, w, h);
                if (taken.stream().anyMatch(box::intersects)) continue;
                taken.add(box);
                names.add(box);
                halo(g, arabic, ar, NAME, sx, sy + 5);
                halo(g, p.nameEn(), en, NAME, sx, sy + 5 + a.getHeight() - 2);
            }
        }
        lastNames = List.copyOf(names);
    }

    /** The boxes of the names the last paint drew (for tests). */
    public List<Bounds> namesOfLastPaint() { return lastNames; }

    private static void halo(GraphicsContext g, String text, Font font, Color color, double x, double y) {
        g.setFont(font);
        g.setStroke(Color.rgb(255, 255, 255, 0.85));
        g.setLineWidth(3);
        g.strokeText(text, x, y);
        g.setFill(color);
        g.fillText(text, x, y);
    }
}
