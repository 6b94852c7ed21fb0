package org.furat.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;

/**
 * The boxes a frame has already covered with symbols, labels and overlays, in pixels, kept in a coarse grid so
 * that asking whether a new label would overlap any of them stays cheap with hundreds of places on screen.
 * Not thread-safe; one per frame.
 */
final class Occupancy {

    private static final double CELL = 64;

    private final Map<Long, List<Bounds>> cells = new HashMap<>();
    private final List<Bounds> boxes = new ArrayList<>();

    void add(Bounds box) {
        boxes.add(box);
        forCells(box, cell -> cells.computeIfAbsent(cell, k -> new ArrayList<>(4)).add(box));
    }

    void addAll(Iterable<Bounds> boxes) {
        for (Bounds b : boxes) add(b);
    }

    /** Every box added, in order. */
    List<Bounds> boxes() {
        return boxes;
    }

    /** Whether the box overlaps anything added so far. */
    boolean overlaps(Bounds box) {
        int x0 = cell(box.getMinX()), x1 = cell(box.getMaxX()), y0 = cell(box.getMinY()), y1 = cell(box.getMaxY());
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                List<Bounds> in = cells.get(key(x, y));
                if (in == null) continue;
                for (Bounds b : in) if (b.intersects(box)) return true;
            }
        }
        return false;
    }

    private void forCells(Bounds box, java.util.function.LongConsumer action) {
        int x0 = cell(box.getMinX()), x1 = cell(box.getMaxX()), y0 = cell(box.getMinY()), y1 = cell(box.getMaxY());
        for (int x = x0; x <= x1; x++) for (int y = y0; y <= y1; y++) action.accept(key(x, y));
    }

    private static int cell(double px) {
        return (int) Math.floor(px / CELL);
    }

    private static long key(int x, int y) {
        return ((long) x << 32) ^ (y & 0xffffffffL);
    }
}
