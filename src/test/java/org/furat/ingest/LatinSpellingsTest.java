package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.furat.model.Place;
import org.furat.store.SeedData;
import org.junit.jupiter.api.Test;

/** Places an English report spells otherwise than the gazetteer. */
class LatinSpellingsTest {

    @Test
    void spellingsOfOneArabicNameShareASkeleton() {
        assertEquals(LatinSpellings.skeleton("Dhiban"), LatinSpellings.skeleton("Diban"));
        assertEquals(LatinSpellings.skeleton("Dhiban"), LatinSpellings.skeleton("Dheiban"));
        assertEquals(LatinSpellings.skeleton("Al-Shuhayl"), LatinSpellings.skeleton("al-Shuheil"));
        assertEquals(LatinSpellings.skeleton("As Safafinah"), LatinSpellings.skeleton("al-Safafneh"));
        assertEquals(LatinSpellings.skeleton("Hajin"), LatinSpellings.skeleton("Hajjin"));
        assertNotEquals(LatinSpellings.skeleton("Hajin"), LatinSpellings.skeleton("Hatla"));
    }

    @Test
    void aNameAfterAPlaceWordIsTakenOnlyWhenOnePlaceHasItsSkeleton() {
        List<Place> gazetteer = SeedData.fromClasspath().places();
        LatinSpellings spellings = new LatinSpellings(gazetteer);
        TokenizedText text = new TokenizedText("A checkpoint was attacked in Diban on Tuesday.");
        List<PlaceMention> found = spellings.findIn(text, List.of());
        assertEquals(1, found.size(), found::toString);
        assertEquals("dhiban", found.get(0).chosen());
        assertEquals("Diban", found.get(0).span().text());
        assertEquals(List.of(), spellings.findIn(new TokenizedText("President Bashar al-Assad spoke."), List.of()), "no place word before it");
        List<PlaceMention> withArticle = spellings.findIn(new TokenizedText("Gunmen were seen in the village of al-Safafneh on Monday."), List.of());
        assertEquals(List.of(), withArticle.stream().filter(p -> !p.span().text().equals("al-Safafneh")).toList(),
                "the article is part of the name: " + withArticle);
        assertEquals(List.of(), spellings.findIn(text, found), "a name the gazetteer matcher found is not found twice");
    }
}
