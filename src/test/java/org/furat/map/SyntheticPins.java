package org.furat.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.furat.model.EventType;
import org.furat.model.Place;
import org.furat.store.SeedData;

/**
 * Test pins at the gazetteer's real places with the counts a big database gives: a million synthetic
 * incidents shared out with a fixed random seed, the governorate capital busiest. Same pins on every run.
 */
final class SyntheticPins {

    static final long TOTAL = 1_000_000;
    static final List<String> SEVEN_VILLAGES =
            List.of("salihiyah_dez", "hatla", "khasham", "marrat", "tabiyah", "mazloum", "husayniyah");

    /** Relative weights of the busiest places; every other place draws a weight between 0.5 and 3. */
    private static final Map<String, Double> BUSY = Map.of(
            "deir_ez_zor", 14.0, "mayadin", 6.0, "albu_kamal", 6.0, "busayrah", 4.0, "hajin", 4.0, "khasham", 3.5);

    private SyntheticPins() {}

    /** The gazetteer's points: its administrative units, which stand at their seats, are areas, not pins of their own. */
    static List<Place> places() {
        return SeedData.fromClasspath().places().stream().filter(p -> !p.kind().isAdminUnit()).toList();
    }

    /** One pin per gazetteer place; the counts add up to {@link #TOTAL}. */
    static List<Pin> million() {
        List<Place> places = places();
        Random random = new Random(20_241_101);
        double[] weights = new double[places.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = BUSY.getOrDefault(places.get(i).key(), 0.5 + 2.5 * random.nextDouble());
            sum += weights[i];
        }
        EventType[] types = EventType.values();
        List<Pin> pins = new ArrayList<>();
        long given = 0;
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            int count = i == places.size() - 1 ? (int) (TOTAL - given) : (int) Math.round(TOTAL * weights[i] / sum);
            given += count;
            EventType type = types[Math.floorMod(p.key().hashCode(), 3)];
            pins.add(new Pin(p.key(), p.lon(), p.lat(), p.nameAr(), p.nameEn(), count, type, p.precision()));
        }
        return pins;
    }

    /** The million pins plus made-up places scattered over the region, {@code n} pins in all. */
    static List<Pin> withExtraPlaces(int n) {
        List<Pin> pins = new ArrayList<>(million());
        Random random = new Random(7);
        EventType[] types = EventType.values();
        for (int i = pins.size(); i < n; i++) {
            double lon = 39.8 + 1.2 * random.nextDouble(), lat = 34.8 + 0.9 * random.nextDouble();
            pins.add(new Pin("extra_" + i, lon, lat, "قرية " + i, "Village " + i, 1 + random.nextInt(20_000),
                    types[random.nextInt(types.length)], org.furat.model.GeoPrecision.EXACT));
        }
        return pins;
    }
}
