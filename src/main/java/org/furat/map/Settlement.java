package org.furat.map;

import java.util.ArrayList;
import java.util.List;
import org.furat.geo.WebMercator;
import org.furat.model.GeoPrecision;
import org.furat.model.Place;
import org.furat.model.PlaceKind;

/**
 * A gazetteer place as the settlements layer draws it: a small grey symbol by kind, hollow where its point is
 * approximate, with its names. Administrative units are not settlements (their names are {@link AreaLabel}s).
 */
public record Settlement(String key, double lon, double lat, String nameAr, String nameEn, PlaceKind kind,
                         GeoPrecision precision) {

    /** The settlements among these gazetteer places: every place but the administrative units. */
    public static List<Settlement> of(List<Place> places) {
        List<Settlement> out = new ArrayList<>(places.size());
        for (Place p : places) {
            if (p.kind().isAdminUnit()) continue;
            out.add(new Settlement(p.key(), p.lon(), p.lat(), p.nameAr(), p.nameEn(), p.kind(), p.precision()));
        }
        return out;
    }

    double x() { return WebMercator.x(lon); }

    double y() { return WebMercator.y(lat); }

    /** Label priority, lower first: cities, then towns, then bases, airports and fields, then villages and the rest. */
    int rank() {
        return switch (kind) {
            case CITY -> 0;
            case TOWN -> 1;
            case BASE, AIRPORT, OIL_FIELD, GAS_FIELD -> 2;
            default -> 3;
        };
    }
}
