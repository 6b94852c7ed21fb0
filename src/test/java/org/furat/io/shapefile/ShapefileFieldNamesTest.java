package org.furat.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** DBF field names: at most 10 ASCII bytes, unique, and still recognisable. */
class ShapefileFieldNamesTest {

    @Test
    void shortNamesAreKept() {
        assertEquals(List.of("incident", "event_type", "loc_prec", "actor1"),
                DbfFieldNames.shorten(List.of("incident", "event_type", "loc_prec", "actor1")));
    }

    @Test
    void longNamesKeepTheStartOfEveryWord() {
        assertEquals(List.of("descrip_en", "descrip_ar", "fatal_best", "kille_high", "injure_low", "variant_ar", "geo_precis"),
                DbfFieldNames.shorten(List.of("description_en", "description_ar", "fatalities_best", "killed_high",
                        "injured_low", "variants_ar", "geo_precision")));
    }

    @Test
    void aLongSingleWordIsCut() {
        assertEquals(List.of("descriptio"), DbfFieldNames.shorten(List.of("description")));
    }

    @Test
    void clashesGetNumberedEndings() {
        assertEquals(List.of("descriptio", "descript_1", "descript_2"),
                DbfFieldNames.shorten(List.of("description1", "description2", "description3")));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 12; i++) many.add("population" + (char) ('a' + i));
        List<String> shortened = DbfFieldNames.shorten(many);
        assertEquals("populati_9", shortened.get(9));
        assertEquals("populat_10", shortened.get(10));
        assertEquals("populat_11", shortened.get(11));
    }

    @Test
    void clashesIgnoreCase() {
        assertEquals(List.of("Name", "NAME_1", "name_2"), DbfFieldNames.shorten(List.of("Name", "NAME", "name")));
    }

    @Test
    void aNumberedEndingDoesNotDoubleAnUnderscore() {
        assertEquals(List.of("descrip_en", "descrip_1"), DbfFieldNames.shorten(List.of("description_en", "descrip_en")));
    }

    @Test
    void otherCharactersBecomeUnderscores() {
        assertEquals(List.of("a_b_c", "field", "f2nd_value", "x_y", "field_1"),
                DbfFieldNames.shorten(List.of("a b-c", "الوصف", "2nd value", "__x__y__", "?")));
    }

    @Test
    void manyWordsAreCutWithoutATrailingUnderscore() {
        assertEquals(List.of("a_b_c_d_e"), DbfFieldNames.shorten(List.of("a_b_c_d_e_f_g")));
        assertEquals(List.of("ab_d_e_f_g"), DbfFieldNames.shorten(List.of("abc_d_e_f_g")));
    }

    /** Property: for random column names of any script, the names are ≤10 ASCII bytes and unique ignoring case. */
    @Test
    void randomNamesAreShortAsciiAndUnique() {
        long seed = 20241005L;
        Random random = new Random(seed);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ -.الوصفدير😀";
        for (int round = 0; round < 500; round++) {
            List<String> names = new ArrayList<>();
            int count = 1 + random.nextInt(60);
            for (int i = 0; i < count; i++) {
                StringBuilder name = new StringBuilder();
                int length = 1 + random.nextInt(random.nextBoolean() ? 8 : 30);
                for (int j = 0; j < length; j++) name.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
                names.add(name.toString());
            }
            List<String> shortened = DbfFieldNames.shorten(names);
            assertEquals(names.size(), shortened.size());
            Set<String> seen = new HashSet<>();
            for (String name : shortened) {
                String context = "seed " + seed + ", round " + round + ": " + names + " -> " + shortened;
                assertTrue(name.matches("[A-Za-z][A-Za-z0-9_]{0,9}"), "not a short ASCII name: " + name + " (" + context + ")");
                assertTrue(seen.add(name.toUpperCase(Locale.ROOT)), "duplicate " + name + " (" + context + ")");
            }
            assertEquals(shortened, DbfFieldNames.shorten(names), "the rule is deterministic");
        }
    }
}
