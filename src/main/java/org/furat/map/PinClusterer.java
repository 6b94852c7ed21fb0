package org.furat.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups pins that would overlap on screen. Greedy and deterministic: pins are taken biggest count first
 * (ties by key); each joins the first cluster whose centre lies within the radius, in screen pixels, or
 * else starts a new cluster centred on itself. So every member lies within the radius of its cluster's
 * centre, no two centres are closer than the radius, and the same pins and viewport always give the same
 * clusters. O(pins × clusters) time. Stateless: safe from any thread.
 */
public final class PinClusterer {

    private PinClusterer() {}

    /** The clusters of the pins at a viewport, in the order they were seeded; every pin is in exactly one. */
    public static List<Cluster> cluster(List<Pin> pins, Viewport v, double radiusPx) {
        return cluster(pins, v, radiusPx, null);
    }

    /**
     * As {@link #cluster(List, Viewport, double)}, but the pin with key {@code aloneKey} (the chosen place,
     * say) neither joins nor gathers a cluster: it stays a cluster of its own, so it is never hidden. It may
     * then sit closer than the radius to another centre.
     */
    public static List<Cluster> cluster(List<Pin> pins, Viewport v, double radiusPx, String aloneKey) {
        Pin[] sorted = pins.toArray(new Pin[0]);
        Arrays.sort(sorted, Cluster.BIGGEST_FIRST);
        double r2 = radiusPx * radiusPx;
        int n = sorted.length;
        double[] cx = new double[n], cy = new double[n];
        boolean[] closed = new boolean[n];
        List<List<Pin>> groups = new ArrayList<>();
        for (Pin pin : sorted) {
            double sx = v.screenX(pin.x()), sy = v.screenY(pin.y());
            boolean alone = pin.key().equals(aloneKey);
            int joined = -1;
            if (!alone) {
                for (int i = 0; i < groups.size(); i++) {
                    if (closed[i]) continue;
                    double dx = sx - cx[i], dy = sy - cy[i];
                    if (dx * dx + dy * dy <= r2) {
                        joined = i;
                        break;
                    }
                }
            }
            if (joined >= 0) {
                groups.get(joined).add(pin);
            } else {
                int i = groups.size();
                cx[i] = sx;
                cy[i] = sy;
                closed[i] = alone;
                List<Pin> group = new ArrayList<>(4);
                group.add(pin);
                groups.add(group);
            }
        }
        List<Cluster> clusters = new ArrayList<>(groups.size());
        for (List<Pin> group : groups) clusters.add(Cluster.ofSorted(group));
        return clusters;
    }
}
