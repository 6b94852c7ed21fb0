package org.furat.app;

import java.util.List;

/**
 * A place a proposal links to and the gazetteer places the same words could also mean (the two الصالحية),
 * most likely first, so the analyst can switch between them.
 *
 * @param words        the words in the report
 * @param placeKey     the place chosen
 * @param alternatives every place the words may mean, the chosen one included
 * @param confidence   0–1, how sure the choice is
 */
public record PlaceChoice(String words, String placeKey, List<String> alternatives, double confidence) {
    public PlaceChoice {
        alternatives = List.copyOf(alternatives);
    }

    public boolean ambiguous() { return alternatives.size() > 1; }
}
