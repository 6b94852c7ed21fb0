package org.furat.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.furat.model.Actor;
import org.junit.jupiter.api.Test;

/** Made-up actors, mapped by the general rule: normalised names, variants and aliases found as whole words. */
class ActorNamesTest {

    private final ActorNames names = new ActorNames(List.of(
            new Actor("rf", "Ridge Front (RF)", "جبهة التلال", List.of("Ridge fighters"), List.of()),
            new Actor("us", "US forces", "القوات الأمريكية", List.of("U.S. troops"), List.of()),
            new Actor("valley", "Valley-backed militias", "", List.of(), List.of()),
            new Actor("new_rf", "New Ridge Front", "", List.of(), List.of())),
            Map.of("valley", List.of("Valley-aligned"), "new_rf", List.of("(after the split)")));

    @Test
    void namesVariantsAndTheAbbreviationInTheNameAreFoundAsWholeWords() {
        assertEquals("rf", names.keyOf("Ridge Front", null));
        assertEquals("rf", names.keyOf("RF member", null), "the abbreviation in the name's parentheses");
        assertEquals("rf", names.keyOf("a ridge fighter", null), "case and plural folded");
        assertEquals("us", names.keyOf("US troops", null), "dots dropped: U.S. is US");
        assertEquals("us", names.keyOf("U.S. Forces", null));
        assertEquals("valley", names.keyOf("Valley-backed militia", null));
        assertEquals("valley", names.keyOf("Valley-aligned gunmen", null), "an alias");
        assertEquals("rf", names.keyOf("جبهة التلال", null));
    }

    @Test
    void theFirstNamedActorCountsAndQualifiersInParenthesesDoNot() {
        assertEquals("us", names.keyOf("US forces and Ridge Front", null));
        assertEquals("rf", names.keyOf("Ridge Front with US forces air support", null));
        assertNull(names.keyOf("Unidentified gunmen (suspected RF)", null), "a suspicion is not an identification");
        assertEquals("rf", names.keyOf("Ridge Front (alleged)", null));
        assertNull(names.keyOf("Protesters", null));
        assertNull(names.keyOf(null, null));
        assertNull(names.keyOf("Frontline", null), "part of a word is no match");
    }

    @Test
    void anAliasInParenthesesIsAQualifierThatDecidesWhoseTheActorIs() {
        assertEquals("new_rf", names.keyOf("Ridge Front (after the split)", null));
        assertEquals("new_rf", names.keyOf("Ridge fighters (After the split)", null), "normalised as names are");
        assertEquals("rf", names.keyOf("Ridge Front (before the split)", null), "any other qualifier is dropped");
        assertNull(names.keyOf("after the split", null), "without parentheses it is no name");
    }

    @Test
    void aNameTheSuccessorTookOverIsTheSuccessorsInReportsPublishedFromThatDay() {
        ActorNames government = new ActorNames(List.of(
                new Actor("syrian_government", "Syrian government forces", "قوات النظام", List.of("regime forces"), List.of()),
                new Actor("syrian_transitional_government", "Syrian transitional government forces", "",
                        List.of("General Security"), List.of())),
                Map.of("syrian_transitional_government", List.of("(transitional government)")));
        LocalDate after = LocalDate.of(2025, 1, 9);
        assertEquals("syrian_transitional_government", government.keyOf("Syrian government forces", after));
        assertEquals("syrian_transitional_government", government.keyOf("Syrian government forces (General Security)", after),
                "by its day; the qualifier is no alias");
        assertEquals("syrian_transitional_government", government.keyOf("Syrian Army (transitional government)",
                LocalDate.of(2019, 5, 1)), "a qualifier alias decides whatever the day");
        assertEquals("syrian_government", government.keyOf("Syrian government forces", LocalDate.of(2019, 5, 1)));
        assertEquals("syrian_government", government.keyOf("Syrian government forces", null), "publication unknown");
        assertEquals("syrian_government", government.keyOf("Former regime forces", after), "a name of the former side alone");
        assertEquals("syrian_transitional_government", government.keyOf("General Security", LocalDate.of(2019, 5, 1)));
    }
}
