package org.furat.map;

import java.util.List;
import java.util.Optional;

/** Finds the pin under a pointer; small pins get a minimum target so they stay easy to click. */
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
            if (distance <= Math.max(MIN_TARGET_RADIUS, pin.radius() + 2) && distance < bestDistance) {
                best = pin;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }
}
