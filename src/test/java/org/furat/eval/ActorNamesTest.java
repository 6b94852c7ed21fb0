package org.furat.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.furat.model.Actor;
import org.junit.jupiter.api.Test;

/** Made-up actors, mapped by the general rule: normalised names, variants and aliases found as whole words. */
class ActorNamesTest {

    private final ActorNames names = new ActorNames(List.of(
            new Actor("rf", "Ridge Front (RF)", "جبهة التلال", List.of("Ridge fighters"), List.of()),
            new Actor("us", "US forces", "القوات الأمريكية", List.of("U.S. troops"), List.of()),
            new Actor("valley", "Valley-backed militias", "", List.of(), List.of())),
            Map.of("valley", List.of("Valley-aligned")));

    @Test
    void namesVariantsAndTheAbbreviationInTheNameAreFoundAsWholeWords() {
        assertEquals("rf", names.keyOf("Ridge Front"));
        assertEquals("rf", names.keyOf("RF member"), "the abbreviation in the name's parentheses");
        assertEquals("rf", names.keyOf("a ridge fighter"), "case and plural folded");
        assertEquals("us", names.keyOf("US troops"), "dots dropped: U.S. is US");
        assertEquals("us", names.keyOf("U.S. Forces"));
        assertEquals("valley", names.keyOf("Valley-backed militia"));
        assertEquals("valley", names.keyOf("Valley-aligned gunmen"), "an alias");
        assertEquals("rf", names.keyOf("جبهة التلال"));
    }

    @Test
    void theFirstNamedActorCountsAndQualifiersInParenthesesDoNot() {
        assertEquals("us", names.keyOf("US forces and Ridge Front"));
        assertEquals("rf", names.keyOf("Ridge Front with US forces air support"));
        assertNull(names.keyOf("Unidentified gunmen (suspected RF)"), "a suspicion is not an identification");
        assertEquals("rf", names.keyOf("Ridge Front (alleged)"));
        assertNull(names.keyOf("Protesters"));
        assertNull(names.keyOf(null));
        assertNull(names.keyOf("Frontline"), "part of a word is no match");
    }
}
