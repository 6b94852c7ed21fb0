package org.furat.model;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * An administrative unit with its boundary: a governorate (level 1), district (2) or sub-district (3).
 *
 * @param key        gazetteer key ("albu_kamal_district")
 * @param level      1, 2 or 3
 * @param code       the boundary's identifier in its source (geoBoundaries shapeID)
 * @param nameEn     English name ("Albu Kamal District")
 * @param nameAr     Arabic name ("منطقة البوكمال")
 * @param district   the key of the district's seat that older data uses as a district ("albu_kamal"), or null
 * @param seat       the gazetteer key of the town that is the unit's seat ("albu_kamal"), or null when the
 *                   gazetteer has none: a region-level incident is pinned there, as ACLED pins one at the capital
 * @param nameSource where the Arabic name comes from, and its URL
 * @param boundary   polygon or multipolygon, WGS 84 longitude/latitude
 */
public record AdminUnit(String key, int level, String code, String nameEn, String nameAr, String district,
                        String seat, String nameSource, String nameSourceUrl, Geometry boundary) {

    public AdminUnit {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(boundary, "boundary");
        if (level < 1 || level > 3) throw new IllegalArgumentException("Unit " + key + " has level " + level + " (expected 1, 2 or 3)");
    }

    /** The kind of place the unit is in the gazetteer. */
    public PlaceKind kind() {
        return switch (level) {
            case 1 -> PlaceKind.GOVERNORATE;
            case 2 -> PlaceKind.DISTRICT;
            default -> PlaceKind.SUBDISTRICT;
        };
    }
}
