package org.furat.map;

import java.util.List;
import java.util.Optional;

/** Finds the pin or cluster under a pointer; small symbols get a minimum target so they stay easy to click. */
public final class PinHitTester {

    /** Pixels: the smallest radius a click target has, whatever the pin's drawn size. */
    public static final double MIN_TARGET_RADIUS = 10;

    private PinHitTester() {}

    /** The pin nearest to (sx, sy) among those whose target contains it; the smallest wins a tie of overlap. */
    public static Optional<Pin> pinAt(Viewport viewport, List<Pin> pins, double sx, double sy) {
        Pin best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Pin pin : pins) {
            double dx = viewport.screenX(pin.x()) - sx;
            double dy = viewport.screenY(pin.y()) - sy;
            double distance = Math.hypot(dx, dy);
            if (distance <= target(Markers.pinRadius(pin.count())) && distance < bestDistance) {
                best = pin;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The symbol (a single pin or a cluster) nearest to (sx, sy) among those whose target contains it: a
     * cluster's target is its disc with its halo.
     */
    public static Optional<Cluster> clusterAt(Viewport viewport, List<Cluster> clusters, double sx, double sy) {
        Cluster best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Cluster cluster : clusters) {
            double dx = viewport.screenX(cluster.x()) - sx;
            double dy = viewport.screenY(cluster.y()) - sy;
            double distance = Math.hypot(dx, dy);
            if (distance <= target(Markers.outerRadius(cluster)) && distance < bestDistance) {
                best = cluster;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double target(double drawnRadius) {
        return Math.max(MIN_TARGET_RADIUS, drawnRadius + 2);
    }
}
