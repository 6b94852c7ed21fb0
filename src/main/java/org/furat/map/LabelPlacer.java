package org.furat.map;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

/**
 * Finds where a label fits: the first of a symbol's candidate positions (right, left, above, below, then the
 * diagonals) whose box stays inside the canvas and overlaps nothing already taken. The one placement rule of
 * the map, used for the labels of pins, clusters and settlements alike; area names use {@link #fits} at their
 * own spots.
 */
final class LabelPlacer {

    private LabelPlacer() {}

    /**
     * The box of a w × h label beside a symbol centred at (sx, sy) whose edge is {@code gap} pixels from its
     * centre, or null where every position is off the canvas or overlaps a box of {@code taken} (or of
     * {@code alsoAvoid}, when given). Does not take the box: the caller decides.
     */
    static Bounds beside(Viewport v, double sx, double sy, double gap, double w, double h, Occupancy taken, Occupancy alsoAvoid) {
        double[][] candidates = {
                {sx + gap, sy - h / 2}, {sx - gap - w, sy - h / 2},
                {sx - w / 2, sy - gap - h}, {sx - w / 2, sy + gap},
                {sx + gap * 0.7, sy - gap * 0.7 - h}, {sx - gap * 0.7 - w, sy - gap * 0.7 - h},
                {sx + gap * 0.7, sy + gap * 0.7}, {sx - gap * 0.7 - w, sy + gap * 0.7}};
        for (double[] c : candidates) {
            Bounds box = new BoundingBox(c[0] - 1, c[1], w + 2, h);
            if (fits(v, box, taken, alsoAvoid)) return box;
        }
        return null;
    }

    /** Whether the box lies inside the canvas and overlaps nothing taken. */
    static boolean fits(Viewport v, Bounds box, Occupancy taken, Occupancy alsoAvoid) {
        if (box.getMinX() < 0 || box.getMinY() < 0 || box.getMaxX() > v.width() || box.getMaxY() > v.height()) return false;
        return !taken.overlaps(box) && (alsoAvoid == null || !alsoAvoid.overlaps(box));
    }
}
