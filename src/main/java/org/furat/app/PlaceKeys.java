package org.furat.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.furat.model.Incident;
import org.furat.model.Place;
import org.furat.model.PlaceLink;

/**
 * Keys for the places a review adds, free in the gazetteer as it is when the review is saved. A review picks
 * its keys when the place is picked; another review saved since may have taken one ("al_zir"), and the place
 * then gets the next free key ("al_zir_2"), with the incidents that link to it following.
 */
final class PlaceKeys {

    private final List<Place> places;
    private final Map<String, String> renamed;

    private PlaceKeys(List<Place> places, Map<String, String> renamed) {
        this.places = places;
        this.renamed = renamed;
    }

    static PlaceKeys freeOf(List<Place> gazetteer, List<Place> added) {
        Set<String> taken = new HashSet<>();
        gazetteer.forEach(p -> taken.add(p.key()));
        List<Place> places = new ArrayList<>();
        Map<String, String> renamed = new HashMap<>();
        for (Place p : added) {
            String key = p.key();
            for (int n = 2; taken.contains(key); n++) key = p.key() + "_" + n;
            taken.add(key);
            if (!key.equals(p.key())) renamed.put(p.key(), key);
            places.add(key.equals(p.key()) ? p : new Place(key, p.nameEn(), p.nameAr(), p.variantsEn(), p.variantsAr(), p.kind(),
                    p.lon(), p.lat(), p.precision(), p.district(), p.source(), p.sourceRef(), p.licence(), p.note()));
        }
        return new PlaceKeys(places, renamed);
    }

    /** The places to add, under their free keys. */
    List<Place> places() { return places; }

    /** The incidents with their links to renamed places following the new keys. */
    List<Incident> relink(List<Incident> incidents) {
        if (renamed.isEmpty()) return incidents;
        return incidents.stream().map(i -> i.withPlaces(i.places().stream()
                .map(l -> new PlaceLink(renamed.getOrDefault(l.placeKey(), l.placeKey()), l.role(), l.precision())).toList())).toList();
    }
}
