package org.furat.model;

import java.util.List;

/** A party to incidents, with its names in both scripts. */
public record Actor(String key, String nameEn, String nameAr, List<String> variantsEn, List<String> variantsAr) {

    public Actor {
        variantsEn = List.copyOf(variantsEn);
        variantsAr = List.copyOf(variantsAr);
    }
}
