package org.furat.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.furat.geo.WebMercator;
import org.furat.model.EventType;
import org.furat.model.GeoPrecision;

/**
 * Places drawn as one symbol because, at the current zoom, they would sit on top of each other. A cluster of
 * one member is just that pin. Immutable.
 *
 * <p>The centre is the biggest member's position, not the count-weighted mean: the symbol then stands on a
 * real place (the one its label names), it does not wander as the zoom changes which neighbours join, and the
 * clustering guarantee holds on screen exactly: every member is within the clustering radius of the centre,
 * and no two centres are closer than that radius.
 *
 * @param members   the places, biggest count first (ties by key); the first is the seed the cluster grew from
 * @param count     the incidents at the members, each counted once where the pins say which they hold (an
 *                  incident at several members is one incident), else the members' counts summed
 * @param x         centre: Web Mercator metres east (the seed's)
 * @param y         centre: Web Mercator metres north (the seed's)
 * @param type      the event type with the most incidents over all members (ties: the earlier in {@link EventType})
 * @param precision the best location precision among the members
 * @param envelope  the lon/lat box holding every member
 */
public record Cluster(List<Pin> members, long count, double x, double y, EventType type, GeoPrecision precision,
                      Envelope envelope) {

    /** Biggest count first, then by key: the order clusters are seeded and members listed in. */
    public static final Comparator<Pin> BIGGEST_FIRST =
            Comparator.comparingInt(Pin::count).reversed().thenComparing(Pin::key);

    /** A lon/lat box, in degrees. */
    public record Envelope(double west, double south, double east, double north) {

        public boolean contains(double lon, double lat) {
            return lon >= west && lon <= east && lat >= south && lat <= north;
        }
    }

    public Cluster {
        members = List.copyOf(members);
        if (members.isEmpty()) throw new IllegalArgumentException("a cluster needs at least one member");
    }

    /** The cluster of one pin. */
    public static Cluster of(Pin pin) {
        return new Cluster(List.of(pin), pin.count(), pin.x(), pin.y(), pin.type(), pin.precision(),
                new Envelope(pin.lon(), pin.lat(), pin.lon(), pin.lat()));
    }

    /** The cluster of some pins, in any order; the biggest becomes its seed and centre. */
    public static Cluster of(List<Pin> pins) {
        List<Pin> sorted = new ArrayList<>(pins);
        sorted.sort(BIGGEST_FIRST);
        return ofSorted(sorted);
    }

    /** For members already in {@link #BIGGEST_FIRST} order. */
    static Cluster ofSorted(List<Pin> members) {
        if (members.isEmpty()) throw new IllegalArgumentException("a cluster needs at least one member");
        if (members.size() == 1) return of(members.get(0));
        long count = 0;
        double west = Double.MAX_VALUE, south = Double.MAX_VALUE, east = -Double.MAX_VALUE, north = -Double.MAX_VALUE;
        GeoPrecision best = GeoPrecision.REGION;
        Map<EventType, Long> byType = new EnumMap<>(EventType.class);
        for (Pin p : members) {
            count += p.count();
            west = Math.min(west, p.lon());
            east = Math.max(east, p.lon());
            south = Math.min(south, p.lat());
            north = Math.max(north, p.lat());
            if (p.precision().code() < best.code()) best = p.precision();
            byType.merge(p.type(), (long) p.count(), Long::sum);
        }
        EventType dominant = null;
        for (Map.Entry<EventType, Long> e : byType.entrySet()) {
            if (dominant == null || e.getValue() > byType.get(dominant)) dominant = e.getKey();
        }
        Long distinct = PinIncidents.distinctCount(members);
        if (distinct != null) count = distinct;
        Pin seed = members.get(0);
        return new Cluster(members, count, seed.x(), seed.y(), dominant, best, new Envelope(west, south, east, north));
    }

    /** The member the cluster grew from: the one with the biggest count; it names the cluster. */
    public Pin seed() { return members.get(0); }

    /** The seed's key: stable while the seed stays the same. */
    public String key() { return seed().key(); }

    public boolean isSingle() { return members.size() == 1; }

    /** Whether every member shows only deleted incidents: the symbol is drawn grey, as a deleted pin is. */
    public boolean allDeleted() {
        for (Pin p : members) if (!p.deleted()) return false;
        return true;
    }

    public int size() { return members.size(); }

    public boolean contains(String pinKey) {
        for (Pin p : members) if (p.key().equals(pinKey)) return true;
        return false;
    }

    /** Longitude of the centre, in degrees. */
    public double lon() { return WebMercator.lon(x); }

    /** Latitude of the centre, in degrees. */
    public double lat() { return WebMercator.lat(y); }
}
