package org.furat.map;

import java.util.List;
import java.util.Optional;

/**
 * Finds the region badge under a pointer, from where the last frame drew the badges ({@link RegionBadges}); a
 * badge is a target at least {@link PinHitTester#MIN_TARGET_RADIUS} above and below its centre line, however
 * small its text. Where badges overlap, the one drawn last (on top) wins. Stateless.
 */
public final class BadgeHitTester {

    private BadgeHitTester() {}

    /** The key of the badge at (sx, sy), if any. */
    public static Optional<String> badgeAt(List<RegionBadges.PlacedBadge> badges, double sx, double sy) {
        for (int i = badges.size() - 1; i >= 0; i--) {
            var box = badges.get(i).box();
            double grow = Math.max(0, PinHitTester.MIN_TARGET_RADIUS - box.getHeight() / 2);
            if (sx >= box.getMinX() - 2 && sx <= box.getMaxX() + 2 && sy >= box.getMinY() - grow && sy <= box.getMaxY() + grow) {
                return Optional.of(badges.get(i).key());
            }
        }
        return Optional.empty();
    }
}
