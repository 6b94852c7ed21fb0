package org.furat.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
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
 * uncertainty), their labels placed so that none overlaps another label or a pin, a legend and a scale bar.
 * Draws on whatever {@link GraphicsContext} it is given, so the same code paints the window and
 * off-screen test images. Not thread-safe: use one renderer per canvas, on the FX thread.
 */
public final class MapRenderer {

    /** Ground radius of the uncertainty ring drawn around an approximate or region-level pin. */
    private static final double APPROXIMATE_RADIUS_M = 1_000;
    private static final Color HALO = Color.rgb(255, 255, 255, 0.85);
    private static final Color LABEL = Color.web("#1d1d1d");
    private static final Color LABEL_EN = Color.web("#4a4a4a");

    private final String fontFamily;
    private final TextMeasure measure = new TextMeasure();
    private List<PlacedLabel> lastLabels = List.of();

    /** Where the last frame put a pin's label (in pixels); for tests and for hit-testing labels. */
    public record PlacedLabel(String pinKey, Bounds box) {}

    /** @param fontFamily a family that covers Arabic and Latin, already loaded */
    public MapRenderer(String fontFamily) {
        this.fontFamily = fontFamily;
    }

    public void render(GraphicsContext g, Viewport v, Basemap basemap, List<Pin> pins, String selectedKey, boolean english) {
        g.save();
        g.setFill(basemap.definition().background());
        g.fillRect(0, 0, v.width(), v.height());
        for (VectorLayer layer : basemap.layers()) paintLayer(g, v, layer);
        paintPins(g, v, pins, selectedKey, english);
        paintLegend(g, pins);
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
        for (VectorLayer.Shape shape : layer.shapes()) {
            g.beginPath();
            for (double[] ring : shape.rings()) {
                for (int i = 0; i < ring.length; i += 2) {
                    double sx = v.screenX(ring[i]), sy = v.screenY(ring[i + 1]);
                    if (i == 0) g.moveTo(sx, sy);
                    else g.lineTo(sx, sy);
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

    private void paintPins(GraphicsContext g, Viewport v, List<Pin> pins, String selectedKey, boolean english) {
        double groundMpp = v.groundMetresPerPixel();
        // Big pins first, so a small pin beside a big one stays visible on top of it.
        List<Pin> bySize = new ArrayList<>(pins);
        bySize.sort(Comparator.comparingInt(Pin::count).reversed().thenComparing(Pin::key));
        for (Pin pin : bySize) {
            // An approximate point gets a faint ring of its uncertainty; a region-level one does not, as its
            // ring would cover the whole region and hide everything else.
            if (pin.precision() != GeoPrecision.APPROXIMATE) continue;
            double ring = APPROXIMATE_RADIUS_M / groundMpp;
            if (ring <= pin.radius() + 3) continue;
            double sx = v.screenX(pin.x()), sy = v.screenY(pin.y());
            g.setStroke(EventColors.of(pin.type()).deriveColor(0, 1, 1, 0.45));
            g.setLineWidth(1);
            g.setLineDashes(3, 4);
            g.strokeOval(sx - ring, sy - ring, 2 * ring, 2 * ring);
            g.setLineDashes();
        }
        List<Bounds> taken = new ArrayList<>();
        for (Pin pin : bySize) {
            double sx = v.screenX(pin.x()), sy = v.screenY(pin.y()), r = pin.radius();
            paintPin(g, pin, sx, sy, r, pin.key().equals(selectedKey));
            taken.add(new BoundingBox(sx - r, sy - r, 2 * r, 2 * r));
        }
        // Labels: the selected pin first, then the busiest; a label that fits nowhere is left out.
        List<Pin> labelOrder = new ArrayList<>(bySize);
        labelOrder.sort(Comparator.comparing((Pin p) -> !p.key().equals(selectedKey)));
        List<PlacedLabel> placed = new ArrayList<>();
        for (Pin pin : labelOrder) {
            // The chosen place is always named, even where its label has to cover neighbouring pins.
            boolean chosen = pin.key().equals(selectedKey);
            Bounds box = paintLabel(g, v, pin, english, chosen ? new ArrayList<>() : taken);
            if (box == null) continue;
            if (chosen) taken.add(box);
            placed.add(new PlacedLabel(pin.key(), box));
        }
        lastLabels = List.copyOf(placed);
    }

    /** The labels the last frame drew; pins whose label fitted nowhere are absent. */
    public List<PlacedLabel> labelsOfLastFrame() {
        return lastLabels;
    }

    private static void paintPin(GraphicsContext g, Pin pin, double sx, double sy, double r, boolean selected) {
        Color c = EventColors.of(pin.type());
        if (selected) {
            g.setFill(Color.rgb(255, 214, 0, 0.55));
            g.fillOval(sx - r - 6, sy - r - 6, 2 * r + 12, 2 * r + 12);
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
        if (pin.count() > 1) {
            g.setFill(pin.precision().isApproximate() ? c.darker() : Color.WHITE);
            g.setFont(Font.font("System", FontWeight.BOLD, Math.min(13, r)));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(Integer.toString(pin.count()), sx, sy);
        }
    }

    /** Draws a pin's label at the first free place around it and returns its box, or null where none is free. */
    private Bounds paintLabel(GraphicsContext g, Viewport v, Pin pin, boolean english, List<Bounds> taken) {
        String ar = pin.labelAr() == null || pin.labelAr().isBlank() ? pin.labelEn() : pin.labelAr();
        Font arFont = Font.font(fontFamily, FontWeight.BOLD, 13);
        Font enFont = Font.font(fontFamily, FontWeight.NORMAL, 11);
        Bounds arSize = measure.bounds(ar, arFont);
        String en = pin.precision() == GeoPrecision.REGION ? pin.labelEn() + " (region)" : pin.labelEn();
        Bounds enSize = english ? measure.bounds(en, enFont) : null;
        double w = Math.max(arSize.getWidth(), enSize == null ? 0 : enSize.getWidth());
        double h = arSize.getHeight() + (enSize == null ? 0 : enSize.getHeight() - 2);
        double sx = v.screenX(pin.x()), sy = v.screenY(pin.y()), gap = pin.radius() + 4;
        double[][] candidates = {
                {sx + gap, sy - h / 2}, {sx - gap - w, sy - h / 2},
                {sx - w / 2, sy - gap - h}, {sx - w / 2, sy + gap},
                {sx + gap * 0.7, sy - gap * 0.7 - h}, {sx - gap * 0.7 - w, sy - gap * 0.7 - h},
                {sx + gap * 0.7, sy + gap * 0.7}, {sx - gap * 0.7 - w, sy + gap * 0.7}};
        for (double[] c : candidates) {
            Bounds box = new BoundingBox(c[0] - 1, c[1], w + 2, h);
            if (box.getMinX() < 0 || box.getMinY() < 0 || box.getMaxX() > v.width() || box.getMaxY() > v.height()) continue;
            if (taken.stream().anyMatch(box::intersects)) continue;
            taken.add(box);
            double centre = c[0] + w / 2;
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            haloText(g, ar, arFont, LABEL, centre, c[1]);
            if (enSize != null) haloText(g, en, enFont, LABEL_EN, centre, c[1] + arSize.getHeight() - 2);
            return box;
        }
        return null;
    }

    private static void haloText(GraphicsContext g, String text, Font font, Color color, double x, double y) {
        g.setFont(font);
        g.setStroke(HALO);
        g.setLineWidth(3.5);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.strokeText(text, x, y);
        g.setFill(color);
        g.fillText(text, x, y);
    }

    private void paintLegend(GraphicsContext g, List<Pin> pins) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        Set<GeoPrecision> precisions = EnumSet.noneOf(GeoPrecision.class);
        for (Pin pin : pins) {
            types.add(pin.type());
            precisions.add(pin.precision());
        }
        if (types.isEmpty()) return;
        precisions.remove(GeoPrecision.EXACT);
        Font font = Font.font(fontFamily, 12);
        List<String> texts = new ArrayList<>();
        types.forEach(t -> texts.add(t.label()));
        precisions.forEach(p -> texts.add(precisionLabel(p)));
        double width = texts.stream().mapToDouble(t -> measure.bounds(t, font).getWidth()).max().orElse(0) + 38;
        double x = 10, y = 10, rowH = 19, height = texts.size() * rowH + 10;
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
    }

    private static String precisionLabel(GeoPrecision p) {
        return p == GeoPrecision.REGION ? "Only the region is known" : "Approximate location";
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
