package org.furat.map;

import java.util.List;
import org.furat.model.AdminUnit;
import org.furat.model.Place;

/**
 * The gazetteer as the map draws it under the pins: every settlement with its symbol and name, and the names
 * of the administrative units. Built off the FX thread from data already read; immutable.
 */
public record PlaceLayers(List<Settlement> settlements, List<AreaLabel> areas) {

    public static final PlaceLayers NONE = new PlaceLayers(List.of(), List.of());

    public PlaceLayers {
        settlements = List.copyOf(settlements);
        areas = List.copyOf(areas);
    }

    /** The layers for these gazetteer places and administrative units. */
    public static PlaceLayers of(List<Place> places, List<AdminUnit> units) {
        return new PlaceLayers(Settlement.of(places), AreaLabel.of(units));
    }
}
