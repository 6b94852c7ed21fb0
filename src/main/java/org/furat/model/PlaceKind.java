package org.furat.model;

import java.util.Locale;

/** What sort of place a gazetteer entry is. */
public enum PlaceKind {
    CITY, TOWN, VILLAGE, BASE, AIRPORT, OIL_FIELD, GAS_FIELD, RIVER_ISLAND, SITE,
    /** A quarter of a city or town (حي): Al-Joura in Deir ez-Zor, Al-Hizam in Albu Kamal. */
    NEIGHBOURHOOD,
    /** A bridge or river crossing over the Euphrates. */
    BRIDGE,
    /** A border crossing. */
    CROSSING,
    /** A road or street that reports name as a place; its point stands for the road (region precision). */
    ROAD,
    /** Administrative units, each with a boundary polygon (see {@link AdminUnit}). */
    GOVERNORATE, DISTRICT, SUBDISTRICT;

    /** True for a governorate, district or sub-district: a place that is an area with a boundary. */
    public boolean isAdminUnit() { return this == GOVERNORATE || this == DISTRICT || this == SUBDISTRICT; }

    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static PlaceKind parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown place kind '" + text + "'");
        }
    }
}
