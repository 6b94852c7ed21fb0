package org.furat.model;

import java.util.List;
import java.util.Objects;

/**
 * A gazetteer entry: a named point with its spellings, how precise it is, where the coordinate came from and the
 * administrative units it lies in. For a unit itself (a governorate, district or sub-district) the point is a
 * representative point inside its boundary and {@code admin} names the unit and the units above it.
 */
public record Place(String key, String nameEn, String nameAr, List<String> variantsEn, List<String> variantsAr,
                    PlaceKind kind, double lon, double lat, GeoPrecision precision, String district,
                    String source, String sourceRef, String licence, String note, AdminParents admin) {

    /** A place whose administrative units are not known yet. */
    public Place(String key, String nameEn, String nameAr, List<String> variantsEn, List<String> variantsAr,
                 PlaceKind kind, double lon, double lat, GeoPrecision precision, String district,
                 String source, String sourceRef, String licence, String note) {
        this(key, nameEn, nameAr, variantsEn, variantsAr, kind, lon, lat, precision, district, source, sourceRef, licence,
                note, AdminParents.NONE);
    }

    public Place {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(precision, "precision");
        if (admin == null) admin = AdminParents.NONE;
        variantsEn = List.copyOf(variantsEn);
        variantsAr = List.copyOf(variantsAr);
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("Place " + key + " has an impossible coordinate " + lat + ", " + lon);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("Place " + key + " does not say where its coordinate comes from");
        }
    }

    /** The same place in these administrative units. */
    public Place withAdmin(AdminParents parents) {
        return new Place(key, nameEn, nameAr, variantsEn, variantsAr, kind, lon, lat, precision, district, source,
                sourceRef, licence, note, parents);
    }
}
