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
        assertNotEquals(LatinSpellings.skeleton("Khasham"), LatinSpellings.skeleton("Kashmah"), "kh is a letter of its own");
        assertEquals("jnn", LatinSpellings.skeleton("al-Jneineh"), "two n with a vowel between are two letters");
        assertEquals(LatinSpellings.skeleton("Junaynah"), LatinSpellings.skeleton("al-Jneineh"));
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
        assertEquals(List.of(), spellings.findIn(new TokenizedText("They protested the dismissal of Ahmad al-Khabil."), List.of()),
                "a given name before a family name is a man");
        assertEquals(List.of(), spellings.findIn(new TokenizedText("A post of the Diban Military Council was hit."), List.of()),
                "a council named for a place");
        assertEquals(List.of(), spellings.findIn(new TokenizedText("A shell hit the base, according to an Al-Mayadeen correspondent."),
                List.of()), "a channel's correspondent");
        assertEquals(1, spellings.findIn(new TokenizedText("A shell hit the base in Diban, a correspondent said."), List.of()).size(),
                "a place before the words of a correspondent elsewhere in the sentence");
        assertEquals(1, spellings.findIn(new TokenizedText("Shells fell on the village of Ahmad."), List.of()).size(),
                "the same name alone after a place word: its skeleton names a place of the gazetteer");
        for (String placed : List.of("Government forces shelled Diban on Tuesday.", "Fighters held the hills overlooking Diban.")) {
            assertEquals(List.of("dhiban"), spellings.findIn(new TokenizedText(placed), List.of()).stream()
                    .map(PlaceMention::chosen).toList(), "a verb or word whose object is a place: " + placed);
        }
        assertEquals(List.of(), spellings.findIn(new TokenizedText("The strike targeted Hezbollah on Tuesday."), List.of()),
                "a side after such a verb spells no place");
    }

    @Test
    void aThIsNoPlainT() {
        List<Place> gazetteer = SeedData.fromClasspath().places();
        LatinSpellings spellings = new LatinSpellings(gazetteer);
        assertEquals(LatinSpellings.skeleton("al-Jirthi"), LatinSpellings.skeleton("Al-Jouret"), "one loose skeleton");
        TokenizedText text = new TokenizedText("An IED went off near the village of al-Jirthi on Wednesday.");
        assertEquals(List.of(), spellings.findIn(text, List.of()), "ث or ذ is never Al-Jouret's ت");
        assertEquals(List.of("dhiban"), spellings.findIn(new TokenizedText("Clashes broke out in Thiban on Tuesday."), List.of())
                .stream().map(PlaceMention::chosen).toList(), "th for ذ");
    }

    @Test
    void aNameTheMatcherTookForAnUnknownPlaceIsTheGazetteerPlaceItsSkeletonNames() {
        SeedData data = SeedData.fromClasspath();
        Extractor extractor = new Extractor(data.places(), data.groups(), data.actors());
        Extraction read = extractor.extract("Clashes broke out in the town of Dheiban on Tuesday.", java.time.LocalDate.of(2023, 9, 27),
                org.furat.model.TimePrecision.DAY);
        assertEquals(List.of("dhiban"), read.places().stream().map(PlaceMention::chosen).toList(), read.places().toString());
        assertEquals(List.of(), read.places().stream().filter(p -> p.unknownName() != null).toList(), "no unknown Dheiban beside it");
        assertEquals(List.of("dhiban"), read.proposals().get(0).places().stream().map(PlaceMention::chosen).toList());

        Extraction unknown = extractor.extract("Clashes broke out in the town of Qarqozat on Tuesday.", java.time.LocalDate.of(2023, 9, 27),
                org.furat.model.TimePrecision.DAY);
        assertEquals(List.of("Qarqozat"), unknown.places().stream().map(PlaceMention::unknownName).toList(),
                "a name no place spells stays unknown, for the analyst to place");
    }

    @Test
    void anArabicNameNoArabicSpellingHasIsReadAgainstTheLatinNames() {
        assertEquals(List.of("dmn"), LatinSpellings.arabicSkeletons("الضمان"));
        assertEquals(LatinSpellings.skeleton("Daman"), LatinSpellings.arabicSkeletons("الضمان").get(0));
        assertEquals(LatinSpellings.skeleton("Harijiyah"), LatinSpellings.arabicSkeletons("الحريجية").get(0));
        assertEquals(List.of("dwr", "dr"), LatinSpellings.arabicSkeletons("الدوير"), "و as w, then as a vowel");
        assertEquals(LatinSpellings.skeleton("Ad Duwayr"), LatinSpellings.arabicSkeletons("الدوير").get(0));
        assertEquals(List.of(LatinSpellings.skeleton("Junaynah")), LatinSpellings.arabicSkeletons("الجنينة"), "ن, ي, ن: two n");

        LatinSpellings spellings = new LatinSpellings(List.of(village("daman", "Daman", 40.2, 35.5), village("hajin", "Hajin", 40.8, 34.7)));
        String text = "خرجت مظاهرة في قرية الضمان أمس";
        int at = text.indexOf("الضمان");
        PlaceMention unknown = new PlaceMention(Span.of(text, at, at + 6), List.of(), null, 0.3, null, false, "الضمان");
        List<PlaceMention> read = spellings.ofArabicNames(new TokenizedText(text), List.of(unknown));
        assertEquals(List.of("daman"), read.stream().map(PlaceMention::chosen).toList());
        assertEquals("الضمان", read.get(0).span().text());
        PlaceMention other = new PlaceMention(Span.of(text, at, at + 6), List.of(), null, 0.3, null, false, "الزرزور");
        assertEquals(List.of(), spellings.ofArabicNames(new TokenizedText(text), List.of(other)), "a name no place spells stays unknown");
    }

    @Test
    void aNameOfTwoConsonantsIsReadWithItsArticleAndADigraph() {
        LatinSpellings spellings = new LatinSpellings(List.of(village("shafa", "Ash Sha`fah", 40.93, 34.58),
                village("jabah", "Ja`bah", 40.5, 35.0)));
        List<PlaceMention> found = spellings.findIn(new TokenizedText("Clashes erupted in al-Shaafa on Thursday."), List.of());
        assertEquals(List.of("shafa"), found.stream().map(PlaceMention::chosen).toList());
        assertEquals(List.of(), spellings.findIn(new TokenizedText("Clashes erupted in Shaafa on Thursday."), List.of()),
                "without its article, a name this short is no place");
        assertEquals(List.of(), spellings.findIn(new TokenizedText("Shells fell in al-Ja'abi on Thursday."), List.of()),
                "two plain consonants are too common a skeleton");
    }

    @Test
    void anArticleInsideANameIsPartOfIt() {
        LatinSpellings spellings = new LatinSpellings(List.of(village("abu_hasan", "Abu Hasan", 40.9, 34.65)));
        List<PlaceMention> found = spellings.findIn(new TokenizedText("Fighters attacked the village of Abu al-Hassan, north of"
                + " the town."), List.of());
        assertEquals(List.of("Abu al-Hassan"), found.stream().map(m -> m.span().text()).toList());
        assertEquals(List.of("abu_hasan"), found.stream().map(PlaceMention::chosen).toList());
        assertEquals(List.of(), spellings.findIn(new TokenizedText("An official of the Abu al-Hassan Military Council said."),
                List.of()), "a body named for the village, its words going on past the name");
        assertEquals(List.of(), spellings.findIn(new TokenizedText("Rockets were fired next to the Abu al-Hassan Mosque."),
                List.of()), "a mosque's name");
        assertEquals(List.of("abu_hasan"), spellings.findIn(new TokenizedText("Gunmen fired from the village of Abu Hassan at Army"
                + " positions."), List.of()).stream().map(PlaceMention::chosen).toList(), "\"at\" apart is no article of the name");
    }

    @Test
    void aNameOfAQuarterIsNoVillage() {
        LatinSpellings spellings = new LatinSpellings(List.of(village("rushdi", "Ar Rushdi", 40.4, 35.6)));
        assertEquals(List.of(), spellings.findIn(new TokenizedText("A shell exploded in the al-Rashdiya neighbourhood of Deir Ezzor"
                + " city."), List.of()), "a quarter of the city");
        assertEquals(1, spellings.findIn(new TokenizedText("A shell exploded in the village of al-Rushdi."), List.of()).size());
    }

    private static Place village(String key, String nameEn, double lon, double lat) {
        return new Place(key, nameEn, null, List.of(), List.of(), org.furat.model.PlaceKind.VILLAGE, lon, lat,
                org.furat.model.GeoPrecision.EXACT, null, "test", null, null, null);
    }

    @Test
    void aNameSeveralPlacesSpellIsTheOneClearlyNearestThePlacesFoundOrLeftToTheAnalyst() {
        LatinSpellings spellings = new LatinSpellings(List.of(village("hajin", "Hajin", 40.83, 34.69),
                village("kashmah_east", "Al Kashmah", 40.87, 34.70), village("kashmah_west", "Al Kashmah", 40.20, 35.30)));
        String sentence = "Strikes hit Hajin and al-Kishmah on Monday.";
        TokenizedText text = new TokenizedText(sentence);
        PlaceMention hajin = new PlaceMention(Span.of(sentence, 12, 17), List.of("hajin"), "hajin", 1.0, null, false, null);
        List<PlaceMention> near = spellings.findIn(text, List.of(hajin));
        assertEquals(1, near.size(), "the name after 'and' goes on the list begun by Hajin: " + near);
        assertEquals("kashmah_east", near.get(0).chosen(), "the Kashmah a few km from Hajin");
        assertEquals("al-Kishmah", near.get(0).span().text());

        List<PlaceMention> alone = spellings.findIn(new TokenizedText("A drone hit a car driving from al-Kishmah on Monday."), List.of());
        assertEquals(1, alone.size(), alone::toString);
        assertEquals(null, alone.get(0).chosen(), "nothing tells the two apart");
        assertEquals(java.util.Set.of("kashmah_east", "kashmah_west"), java.util.Set.copyOf(alone.get(0).candidates()));
        assertEquals(true, alone.get(0).unresolved(), "shown to the analyst with both candidates");
    }

    @Test
    void aSharedNameChosenByDistanceAloneIsChosenAgainBesideAPlaceSpelledOtherwise() {
        LatinSpellings spellings = new LatinSpellings(List.of(village("duwayr", "Ad Duwayr", 40.649, 34.769),
                village("kashmah_north", "Al Kashmah", 40.601, 34.811), village("kashmah_south", "Al Kashmah", 40.938, 34.621)));
        String sentence = "Near Abu Kamal, the car had set out from al-Kishmah to al-Duwair.";
        TokenizedText text = new TokenizedText(sentence);
        int at = sentence.indexOf("al-Kishmah");
        // As the gazetteer matcher chose it: the Kashmah nearer Abu Kamal, by distance alone.
        PlaceMention kishmah = new PlaceMention(Span.of(sentence, at, at + "al-Kishmah".length()),
                List.of("kashmah_south", "kashmah_north"), "kashmah_south", PlaceMatcher.BY_PROXIMITY, null, false, null);
        List<PlaceMention> more = spellings.findIn(text, List.of(kishmah));
        assertEquals(List.of("duwayr"), more.stream().map(PlaceMention::chosen).toList(), more::toString);
        PlaceMention again = spellings.choseBeside(List.of(kishmah), more).get(0);
        assertEquals("kashmah_north", again.chosen(), "the Kashmah a few km from Duwayr");
        assertEquals(List.of("kashmah_north", "kashmah_south"), again.candidates(), "the other kept for review");

        PlaceMention byDistrict = new PlaceMention(kishmah.span(), kishmah.candidates(), "kashmah_south",
                PlaceMatcher.BY_DISTRICT, null, false, null);
        assertEquals("kashmah_south", spellings.choseBeside(List.of(byDistrict), more).get(0).chosen(),
                "a district named beside it decided more surely");
    }

    @Test
    void aListAfterAPlaceWordGoesOnAfterCommasAndEachNameStopsAtOne() {
        LatinSpellings spellings = new LatinSpellings(List.of(village("hawayij", "Al Hawayij", 40.60, 35.10),
                village("dhiban", "Dhiban", 40.55, 35.00), village("muhaymidah", "Muhaymidah", 40.10, 35.35)));
        String sentence = "Residents told of fierce fighting in Hawaij, Dhiban, Mohaymidah and other areas nearby.";
        List<PlaceMention> found = spellings.findIn(new TokenizedText(sentence), List.of());
        assertEquals(List.of("hawayij", "dhiban", "muhaymidah"), found.stream().map(PlaceMention::chosen).toList());
        assertEquals(List.of("Hawaij", "Dhiban", "Mohaymidah"), found.stream().map(p -> p.span().text()).toList());
        assertEquals(List.of(), spellings.findIn(new TokenizedText("Officials met on Monday. Dhiban, they said, was calm."), List.of()),
                "a comma after no place starts no list");
    }

    @Test
    void ofPlacesSharingASkeletonTheOneSpelledWithTheSameDigraphsIsChosen() {
        assertEquals(LatinSpellings.closeSkeleton("Dhiban"), LatinSpellings.closeSkeleton("Dheiban"));
        assertNotEquals(LatinSpellings.closeSkeleton("Dhiban"), LatinSpellings.closeSkeleton("Dabyan"), "dh is ذ, d is د");
        LatinSpellings spellings = new LatinSpellings(List.of(village("dhiban", "Dhiban", 40.55, 35.00),
                village("dablan", "Dabyan", 40.30, 35.20)));
        List<PlaceMention> found = spellings.findIn(new TokenizedText("Clashes erupted in Dheiban on Monday."), List.of());
        assertEquals(1, found.size(), found::toString);
        assertEquals("dhiban", found.get(0).chosen());
        assertEquals(List.of("dhiban", "dablan"), found.get(0).candidates(), "the other is kept for review");
        List<PlaceMention> diban = spellings.findIn(new TokenizedText("Clashes erupted in Diban on Monday."), List.of());
        assertEquals(null, diban.get(0).chosen(), "Diban is spelled as close to both");
    }

    @Test
    void ofPlacesSharingASkeletonTheOneWithTheArticleAsWrittenIsChosen() {
        LatinSpellings spellings = new LatinSpellings(List.of(village("shafah", "Ash Sha`fah", 40.80, 34.60),
                village("shafa", "Sha`fa", 40.10, 35.10)));
        assertEquals("shafah", spellings.findIn(new TokenizedText("Strikes hit ISIS positions near Ash Shafah on Monday."), List.of())
                .get(0).chosen());
        LatinSpellings kashmah = new LatinSpellings(List.of(village("al_kashmah", "Al Kashmah", 40.80, 34.60),
                village("kashmah", "Kashmah", 40.10, 35.10)));
        assertEquals("al_kashmah", kashmah.findIn(new TokenizedText("Strikes hit the town of al-Kashma on Monday."), List.of())
                .get(0).chosen());
        assertEquals("kashmah", kashmah.findIn(new TokenizedText("Strikes hit the town of Kashma on Monday."), List.of())
                .get(0).chosen(), "written without the article, the one named without it");
    }

    @Test
    void aCapitalisedNameBetweenTheAndAPlaceNounIsAPlace() {
        LatinSpellings spellings = new LatinSpellings(List.of(village("dhiban", "Dhiban", 40.55, 35.00)));
        List<PlaceMention> found = spellings.findIn(new TokenizedText("Gunmen had infiltrated the Dheiban area overnight."), List.of());
        assertEquals(List.of("dhiban"), found.stream().map(PlaceMention::chosen).toList());
        assertEquals(List.of(), spellings.findIn(new TokenizedText("Gunmen had infiltrated the Dheiban offices overnight."), List.of()),
                "no place noun after it");
    }
}
