package org.furat.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Labels drawn once into an image and reused: shaping Arabic text and stroking its halo on every frame cost
 * more than the rest of the frame together, while a map's labels barely change between frames. A frame
 * draws labels it has no image for directly and asks for them; {@link #drawPending} then draws all that
 * were asked for into one atlas with a single snapshot (a snapshot per label would cost tens of
 * milliseconds each). Keeps the most recently used few thousand. Not thread-safe: FX thread only.
 */
final class LabelSprites {

    private static final int CAPACITY = 4000;
    private static final double HALO_WIDTH = 3.5;
    private static final double PAD = 3;

    /** Where a label's image lies in its atlas. */
    record Sprite(WritableImage atlas, double x, double y, double width, double height) {}

    private record Request(String text, Font font, Color color, Color halo) {}

    private final Map<String, Sprite> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Sprite> eldest) {
            return size() > CAPACITY;
        }
    };
    private final Map<String, Request> pending = new LinkedHashMap<>();
    private final TextMeasure measure;

    LabelSprites(TextMeasure measure) {
        this.measure = measure;
    }

    /** Draws text with a halo, centred on x with its top at y: from its image if there is one, else directly. */
    void draw(GraphicsContext g, String text, Font font, Color color, Color halo, double x, double y) {
        String key = font.getName() + '\u0000' + font.getSize() + '\u0000' + color + '\u0000' + halo + '\u0000' + text;
        Sprite sprite = cache.get(key);
        if (sprite != null) {
            g.drawImage(sprite.atlas(), sprite.x(), sprite.y(), sprite.width(), sprite.height(),
                    Math.round(x - sprite.width() / 2), Math.round(y - PAD), sprite.width(), sprite.height());
            return;
        }
        pending.putIfAbsent(key, new Request(text, font, color, halo));
        paint(g, text, font, color, halo, x, y);
    }

    boolean hasPending() { return !pending.isEmpty(); }

    /** Draws every label asked for since the last call into one atlas image. */
    void drawPending() {
        if (pending.isEmpty()) return;
        List<Map.Entry<String, Request>> todo = new ArrayList<>(pending.entrySet());
        pending.clear();
        double width = 1, height = 0;
        List<double[]> boxes = new ArrayList<>();
        for (Map.Entry<String, Request> e : todo) {
            Bounds b = measure.bounds(e.getValue().text(), e.getValue().font());
            double w = Math.ceil(b.getWidth() + 2 * PAD), h = Math.ceil(b.getHeight() + 2 * PAD);
            boxes.add(new double[]{0, height, w, h});
            width = Math.max(width, w);
            height += h;
        }
        Canvas canvas = new Canvas(width, Math.max(1, height));
        GraphicsContext g = canvas.getGraphicsContext2D();
        for (int i = 0; i < todo.size(); i++) {
            Request r = todo.get(i).getValue();
            double[] box = boxes.get(i);
            paint(g, r.text(), r.font(), r.color(), r.halo(), box[2] / 2, box[1] + PAD);
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        WritableImage atlas = canvas.snapshot(parameters, null);
        for (int i = 0; i < todo.size(); i++) {
            double[] box = boxes.get(i);
            cache.put(todo.get(i).getKey(), new Sprite(atlas, box[0], box[1], box[2], box[3]));
        }
    }

    private static void paint(GraphicsContext g, String text, Font font, Color color, Color halo, double x, double y) {
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFont(font);
        g.setStroke(halo);
        g.setLineWidth(HALO_WIDTH);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.strokeText(text, x, y);
        g.setFill(color);
        g.fillText(text, x, y);
    }
}
