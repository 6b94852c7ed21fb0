package org.furat.model;

import java.util.List;

/** A name that stands for several places, such as "the seven villages"; a mention refers to every member. */
public record PlaceGroup(String key, String nameEn, String nameAr, List<String> variantsEn, List<String> variantsAr,
                         List<String> memberKeys, String source) {

    public PlaceGroup {
        variantsEn = List.copyOf(variantsEn);
        variantsAr = List.copyOf(variantsAr);
        memberKeys = List.copyOf(memberKeys);
        if (memberKeys.isEmpty()) throw new IllegalArgumentException("Place group " + key + " has no members");
    }
}
