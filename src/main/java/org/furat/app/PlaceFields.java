package org.furat.app;

import java.util.List;
import org.furat.model.GeoPrecision;
import org.furat.model.PlaceKind;

/**
 * What an analyst sets on a place: names, spellings, kind, precision and point. A null field is left as it is
 * (an edit from the command line names only what changes); a blank Arabic name clears it.
 */
public record PlaceFields(String nameAr, String nameEn, List<String> variantsAr, List<String> variantsEn, PlaceKind kind,
                          GeoPrecision precision, Double lon, Double lat) {

    /**
     * Other spellings as typed in one field, in the window and on the command line alike: separated by commas (Latin
     * or Arabic) or '|'; null stays null (not given).
     */
    public static List<String> spellings(String typed) {
        return typed == null ? null : java.util.Arrays.stream(typed.split("[,،|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Every field of the place as it is, for comparing versions of it: a missing Arabic name is blank (which, given as
     * a change, clears it).
     */
    public static PlaceFields of(org.furat.model.Place place) {
        return new PlaceFields(place.nameAr() == null ? "" : place.nameAr(), place.nameEn(), place.variantsAr(), place.variantsEn(),
                place.kind(), place.precision(), place.lon(), place.lat());
    }

    /** Nothing changed. */
    public static final PlaceFields NONE = new PlaceFields(null, null, null, null, null, null, null, null);

    public PlaceFields withNames(String ar, String en) {
        return new PlaceFields(ar, en, variantsAr, variantsEn, kind, precision, lon, lat);
    }

    public PlaceFields withSpellings(List<String> ar, List<String> en) {
        return new PlaceFields(nameAr, nameEn, ar, en, kind, precision, lon, lat);
    }

    public PlaceFields withKind(PlaceKind k) {
        return new PlaceFields(nameAr, nameEn, variantsAr, variantsEn, k, precision, lon, lat);
    }

    public PlaceFields withPrecision(GeoPrecision p) {
        return new PlaceFields(nameAr, nameEn, variantsAr, variantsEn, kind, p, lon, lat);
    }

    public PlaceFields withPoint(Double lonValue, Double latValue) {
        return new PlaceFields(nameAr, nameEn, variantsAr, variantsEn, kind, precision, lonValue, latValue);
    }
}
