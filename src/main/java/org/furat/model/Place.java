package org.furat.model;

import java.util.List;
import java.util.Objects;

/** A gazetteer entry: a named point with its spellings, how precise it is and where the coordinate came from. */
public record Place(String key, String nameEn, String nameAr, List<String> variantsEn, List<String> variantsAr,
                    PlaceKind kind, double lon, double lat, GeoPrecision precision, String district,
                    String source, String sourceRef, String licence, String note) {

    public Place {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(precision, "precision");
        variantsEn = List.copyOf(variantsEn);
        variantsAr = List.copyOf(variantsAr);
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("Place " + key + " has an impossible coordinate " + lat + ", " + lon);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("Place " + key + " does not say where its coordinate comes from");
        }
    }
}
