package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.furat.model.GeoPrecision;
import org.furat.model.Place;
import org.furat.model.PlaceKind;
import org.furat.model.TimePrecision;
import org.furat.store.SeedData;
import org.junit.jupiter.api.Test;

/** Arabic names a report spells otherwise than an imported gazetteer's Arabic names. */
class ArabicSpellingsTest {

    @Test
    void spellingsThatALatinNameLeavesOpenShareAKey() {
        assertEquals(ArabicSpellings.key("طياني"), ArabicSpellings.key("الطيانة"), "the ending -i or -ah, the article");
        assertEquals(ArabicSpellings.key("جديد عقيدات"), ArabicSpellings.key("جديد عكيدات"), "q and k");
        assertEquals(ArabicSpellings.key("الجردي"), ArabicSpellings.key("الجرذي"), "d and dh");
        assertNotEquals(ArabicSpellings.key("الكشمة"), ArabicSpellings.key("الشعفة"));
        assertNotEquals(ArabicSpellings.key("حطلة"), ArabicSpellings.key("الحسينية"));
    }

    @Test
    void aNameIsKnownLooselyAndWithoutTheWordThatTellsTwoPlacesApart() {
        ArabicSpellings spellings = new ArabicSpellings(List.of(
                village("tayyani", "طياني", 40.5, 35.0),
                village("swaydan_east", "سويدان جزيرة", 40.59, 34.90),
                village("swaydan_west", "سويدان شامية", 40.55, 34.88),
                village("jurdi_east", "الجردي الشرقي", 40.64, 34.87),
                village("jurdi", "الجردي", 40.1, 35.2)));
        assertEquals(List.of("tayyani"), spellings.placesNamed("الطيانة"));
        assertEquals(Set.of("swaydan_east", "swaydan_west"), Set.copyOf(spellings.placesNamed("سويدان")));
        assertEquals(List.of("jurdi"), spellings.placesNamed("الجرذي"), "a place with the whole name comes before one qualified");
        assertEquals(List.of(), spellings.placesNamed("جزيرة"), "a qualifier alone names nothing");
        assertEquals(List.of(), spellings.placesNamed("الزر"), "too few letters to trust");
        assertEquals(List.of(), spellings.placesNamed("الرحبة"));
    }

    @Test
    void theExtractorPlacesAnUnknownNameAfterACueThatAGazetteerNameSpellsOtherwise() {
        Extractor extractor = seedAnd(village("jadid_uqaydat", "جديد عقيدات", 40.36, 35.25));
        Extraction read = extractor.extract("قتل عنصر من قسد مساء أمس برصاص مجهولين في بلدة جديد عكيدات شرق دير الزور.",
                LocalDate.of(2024, 5, 2), TimePrecision.DAY);
        assertEquals(List.of("jadid_uqaydat"), read.proposals().get(0).places().stream()
                .filter(p -> !p.region()).map(PlaceMention::chosen).toList(), read.proposals().toString());
        assertNull(read.places().stream().filter(p -> p.unknownName() != null).findAny().orElse(null), "no unknown name beside it");

        Extraction unknown = extractor.extract("قتل عنصر من قسد مساء أمس برصاص مجهولين في بلدة جديد بكارة شرق دير الزور.",
                LocalDate.of(2024, 5, 2), TimePrecision.DAY);
        assertEquals(List.of("جديد بكارة"), unknown.places().stream().filter(p -> p.unknownName() != null)
                .map(PlaceMention::unknownName).toList(), "a name no place spells stays unknown, both its words");
    }

    @Test
    void theClansAlbuIsOneWordWrittenApartOrJoined() {
        assertEquals(ArabicSpellings.key("حوايج البو مصعة"), ArabicSpellings.key("حوايج البومصعة"));
        assertEquals(ArabicSpellings.key("البو كمال"), ArabicSpellings.key("البوكمال"));
    }

    @Test
    void aKnownNameThatTheWordsAfterItMakeALongerNameOfAnotherPlaceIsThatPlace() {
        Extractor extractor = seedAnd(village("hawayij", "الحوايج", 40.49, 35.05),
                village("hawayij_diyab", "حوايج دياب", 40.06, 35.48),
                village("hawayij_albu_musah", "حوايج البو مصعة", 40.05, 35.45));
        for (String[] named : List.of(new String[] {"حوايج ذياب", "hawayij_diyab"}, new String[] {"حوايج البومصعة", "hawayij_albu_musah"},
                new String[] {"الحوايج", "hawayij"})) {
            Extraction read = extractor.extract("تجمع عشرات الشبان أمس في قرية " + named[0] + " بريف دير الزور الغربي.",
                    LocalDate.of(2024, 12, 17), TimePrecision.DAY);
            assertEquals(List.of(named[1]), read.places().stream().filter(p -> !p.region()).map(PlaceMention::chosen).toList(), named[0]);
        }
    }

    @Test
    void aQuarterTheGazetteerLacksIsNoVillageSpelledAlikeElsewhere() {
        Extractor extractor = seedAnd(village("jubaylah_far", "الجبيلة", 39.3, 35.9));
        Extraction read = extractor.extract("اختطف مسلحون طبيباً من أمام عيادته في حي الجبيلة بمدينة دير الزور.",
                LocalDate.of(2025, 2, 25), TimePrecision.DAY);
        assertEquals(List.of(), read.places().stream().map(PlaceMention::chosen).filter(k -> "jubaylah_far".equals(k)).toList(),
                read.places().toString());
    }

    /** An extractor of the seed's gazetteer and these places more. */
    private static Extractor seedAnd(Place... more) {
        SeedData seed = SeedData.fromClasspath();
        List<Place> gazetteer = new java.util.ArrayList<>(seed.places());
        gazetteer.addAll(List.of(more));
        return new Extractor(gazetteer, seed.groups(), seed.actors());
    }

    private static Place village(String key, String nameAr, double lon, double lat) {
        return new Place(key, key, nameAr, List.of(), List.of(), PlaceKind.VILLAGE, lon, lat, GeoPrecision.EXACT, null, "test",
                null, null, null);
    }
}
