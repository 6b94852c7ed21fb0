package org.furat.cli;

import org.furat.model.Place;

/** A place's names as a line of output says them. */
final class PlaceText {

    private PlaceText() {}

    static String names(Place place) {
        return place.nameAr() == null || place.nameAr().equals(place.nameEn()) ? place.nameEn() : place.nameEn() + " (" + place.nameAr() + ")";
    }
}
