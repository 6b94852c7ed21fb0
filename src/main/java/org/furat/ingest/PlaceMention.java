package org.furat.ingest;

import java.util.List;

/**
 * A place named in a text: the gazetteer places it may be (a group such as the seven villages stands for its
 * members), the one chosen and how sure that choice is. A place outside the map (Lebanon, Gaza) is recognised
 * and flagged rather than pinned; a phrase like "قرية X" naming no known place is an unknown-place candidate.
 *
 * @param span        the words in the text
 * @param candidates  gazetteer keys the words may stand for (all of them for a group), likeliest first
 * @param chosen      the key chosen, or null (group, outside the map, unknown, or a name several places share
 *                    that nothing in the text tells apart: see {@link #unresolved()})
 * @param confidence  0–1 for the choice
 * @param groupKey    the group's key when the words name a group, else null
 * @param outsideMap  true for places far outside the map (countries, Gaza, Lebanon…)
 * @param unknownName the name of a place not in the gazetteer ("قرية X"), else null
 * @param region      true when the words name an area rather than a point: an administrative unit or a group of
 *                    them ("ريف دير الزور", "منطقة البوكمال", "the province"), or a region cue before a place
 *                    that is no unit ("بادية X" for an X the region lexicon does not list)
 */
public record PlaceMention(Span span, List<String> candidates, String chosen, double confidence, String groupKey,
                           boolean outsideMap, String unknownName, boolean region) {
    public PlaceMention {
        candidates = List.copyOf(candidates);
    }

    /**
     * A name several gazetteer places share that the text gives no way to tell apart: every candidate is kept, none
     * chosen, for the analyst to decide.
     */
    public boolean unresolved() {
        return chosen == null && groupKey == null && !outsideMap && unknownName == null && candidates.size() > 1;
    }

    /**
     * Whether this and {@code other} name one place: the same chosen place or group, or the same name the gazetteer
     * lacks; two shared names left unresolved only when they could be the same places.
     */
    public boolean samePlaceAs(PlaceMention other) {
        if (chosen != null || other.chosen != null) return java.util.Objects.equals(chosen, other.chosen);
        if (groupKey != null || other.groupKey != null) return java.util.Objects.equals(groupKey, other.groupKey);
        return java.util.Objects.equals(unknownName, other.unknownName)
                && java.util.Set.copyOf(candidates).equals(java.util.Set.copyOf(other.candidates));
    }

    /** A mention of a point, not of an area. */
    public PlaceMention(Span span, List<String> candidates, String chosen, double confidence, String groupKey,
                        boolean outsideMap, String unknownName) {
        this(span, candidates, chosen, confidence, groupKey, outsideMap, unknownName, false);
    }
}
