package org.furat.app;

import java.util.List;

/**
 * A place a proposal links to and the gazetteer places the same words could also mean (the two الصالحية),
 * most likely first, so the analyst can switch between them; or, where nothing in the report told a shared
 * name's places apart, the places it may mean with none chosen, for the analyst to choose.
 *
 * @param words        the words in the report
 * @param placeKey     the place chosen, or null where nothing decided ({@link #unresolved()})
 * @param alternatives every place the words may mean, the chosen one included, likeliest first
 * @param confidence   0–1, how sure the choice is
 */
public record PlaceChoice(String words, String placeKey, List<String> alternatives, double confidence) {
    public PlaceChoice {
        alternatives = List.copyOf(alternatives);
    }

    public boolean ambiguous() { return alternatives.size() > 1; }

    /** True when no place was chosen: the proposal links none of the alternatives until the analyst picks one. */
    public boolean unresolved() { return placeKey == null; }
}
