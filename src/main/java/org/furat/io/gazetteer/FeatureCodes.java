package org.furat.io.gazetteer;

import org.furat.model.PlaceKind;

/**
 * Which GeoNames feature codes become places, and of which kind. Populated places (class P) all do, a
 * section of a populated place (PPLX) as a neighbourhood; of the other classes only the kinds a conflict report
 * names as places: airfields, military bases, oil and gas fields, islands (in the Euphrates, river islands),
 * bridges and border posts.
 */
final class FeatureCodes {

    private FeatureCodes() {}

    /** The kind of place, or null when the feature is not imported as a place. */
    static PlaceKind kind(String featureClass, String code, long population) {
        String c = code == null ? "" : code;
        if ("P".equals(featureClass) || (featureClass == null && c.startsWith("PPL"))) return populated(c, population);
        return switch (c) {
            case "AIRP", "AIRB", "AIRF", "AIRH" -> PlaceKind.AIRPORT;
            case "MILB", "INSM" -> PlaceKind.BASE;
            case "OILF" -> PlaceKind.OIL_FIELD;
            case "GASF" -> PlaceKind.GAS_FIELD;
            case "ISL", "ISLS" -> PlaceKind.RIVER_ISLAND;
            case "BDG" -> PlaceKind.BRIDGE;
            case "PSTB" -> PlaceKind.CROSSING;
            default -> null;
        };
    }

    /** A populated place: a capital a city, an administrative seat a town, others by population. */
    static PlaceKind populated(String code, long population) {
        return switch (code) {
            case "PPLC", "PPLA" -> PlaceKind.CITY;
            case "PPLA2", "PPLA3", "PPLA4" -> PlaceKind.TOWN;
            case "PPLX" -> PlaceKind.NEIGHBOURHOOD;
            default -> population >= 100_000 ? PlaceKind.CITY : population >= 10_000 ? PlaceKind.TOWN : PlaceKind.VILLAGE;
        };
    }
}
