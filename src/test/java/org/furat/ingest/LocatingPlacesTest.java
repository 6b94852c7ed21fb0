package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.furat.model.GeoPrecision;
import org.furat.model.Place;
import org.furat.model.PlaceKind;
import org.junit.jupiter.api.Test;

/** Which of a sentence's places only say where the one before them lies. */
class LocatingPlacesTest {

    private final LocatingPlaces locating = new LocatingPlaces(List.of());

    /** Mentions of the given names, in text order, each a known place. */
    private static List<PlaceMention> mentions(String text, String... names) {
        int from = 0;
        java.util.List<PlaceMention> list = new java.util.ArrayList<>();
        for (String name : names) {
            int at = text.indexOf(name, from);
            list.add(new PlaceMention(Span.of(text, at, at + name.length()), List.of(name), name, 0.9, null, false, null));
            from = at + name.length();
        }
        return list;
    }

    private List<String> locatingNames(String text, String... names) {
        return locating.locatingIn(new TokenizedText(text), mentions(text, names)).stream().map(PlaceMention::chosen).toList();
    }

    @Test
    void aPrepositionOrBearingBetweenTwoNamesMakesTheSecondLocateTheFirst() {
        assertEquals(List.of("ريف دير الزور"), locatingNames("قصف على خشام بريف دير الزور", "خشام", "ريف دير الزور"));
        assertEquals(List.of("دير الزور"), locatingNames("حي العمال في مدينة دير الزور", "العمال", "دير الزور"));
        assertEquals(List.of("الميادين", "دير الزور"),
                locatingNames("خشام قرب مدينة الميادين شرق مدينة دير الزور", "خشام", "الميادين", "دير الزور"));
        assertEquals(List.of("Deir ez-Zor"), locatingNames("Khasham, 20 km east of Deir ez-Zor", "Khasham", "Deir ez-Zor"));
        assertEquals(List.of("Deir ez-Zor"), locatingNames("in the Hamidiyah neighbourhood of Deir ez-Zor city", "Hamidiyah", "Deir ez-Zor"),
                "as «حي الحميدية بمدينة دير الزور»");
        assertEquals(List.of("الميادين"), locatingNames("شاب من أهالي قرية خشام القريبة من مدينة الميادين", "خشام", "الميادين"),
                "«القريبة من»: the town nearby says where the village lies");
        assertEquals(List.of("الميادين"), locatingNames("قصف على بلدة ذيبان المجاورة لمدينة الميادين", "ذيبان", "الميادين"));
    }

    @Test
    void aBracketOfDistanceAndBearingLocatesWhatComesBeforeIt() {
        assertEquals(List.of("دير الزور"), locatingNames("سقطت قذائف على قريتي حطلة ومراط المتجاورتين (7كم شرق مدينة دير الزور)",
                "حطلة", "مراط", "دير الزور"));
        assertEquals(List.of(), locatingNames("سقطت قذائف على قريتي حطلة ومراط المتجاورتين ومدينة دير الزور",
                "حطلة", "مراط", "دير الزور"), "without the bracket the city is a place of its own");
    }

    @Test
    void aPlaceThatAPlaceOutsideTheMapLocatesIsANamesakeOutsideTheMap() {
        String text = "دوي انفجارات في مقر للدفاع الجوي غرب قرية الدور بريف السويداء، وقصف على خشام والسويداء";
        List<PlaceMention> named = new java.util.ArrayList<>(mentions(text, "الدور"));
        int suwayda = text.indexOf("السويداء");
        named.add(new PlaceMention(Span.of(text, suwayda, suwayda + 8), List.of(), null, 0.95, null, true, null));
        named.addAll(mentions(text.substring(0, text.lastIndexOf("السويداء")), "خشام"));
        int again = text.lastIndexOf("السويداء");
        named.add(new PlaceMention(Span.of(text, again, again + 8), List.of(), null, 0.95, null, true, null));
        List<PlaceMention> read = locating.namesakesOutside(new TokenizedText(text), named);
        assertEquals(List.of(true, true, false, true), read.stream().map(PlaceMention::outsideMap).toList(),
                "the village in Suwayda's countryside lies outside; Khasham, listed beside it, does not");
        assertEquals("الدور", read.get(0).span().text());
    }

    @Test
    void aListIsNoLocating() {
        assertEquals(List.of(), locatingNames("خشام ومراط ومظلوم", "خشام", "مراط", "مظلوم"));
        assertEquals(List.of(), locatingNames("خشام، الميادين", "خشام", "الميادين"));
        assertEquals(List.of(), locatingNames("Khasham and Mayadin", "Khasham", "Mayadin"));
        assertEquals(List.of(), locatingNames("في بلدة المريعية وقرية الجفرة", "المريعية", "الجفرة"), "و before a cue noun");
        assertEquals(List.of(), locatingNames("في الميادين وفي البوكمال", "الميادين", "البوكمال"), "و before a preposition");
        assertEquals(List.of(), locatingNames("قصفت خشام ثم استهدفت الميادين", "خشام", "الميادين"), "a verb between two targets");
    }

    @Test
    void aQuarterOfAnotherTownIsANamesakeAndTheTownItIsPlacedInStays() {
        Place quarter = new Place("hamidiyah", "Al-Hamidiyah", "الحميدية", List.of(), List.of(), PlaceKind.NEIGHBOURHOOD, 40.145, 35.335,
                GeoPrecision.EXACT, null, "test", null, null, null);
        Place far = new Place("mayadin", "Al-Mayadin", "الميادين", List.of(), List.of(), PlaceKind.TOWN, 40.45, 35.02,
                GeoPrecision.EXACT, null, "test", null, null, null);
        Place near = new Place("deir_ez_zor", "Deir ez-Zor", "دير الزور", List.of(), List.of(), PlaceKind.CITY, 40.141, 35.336,
                GeoPrecision.EXACT, null, "test", null, null, null);
        LocatingPlaces known = new LocatingPlaces(List.of(quarter, far, near));
        String elsewhere = "in Al-Hamidiyah neighbourhood of Al-Mayadin city";
        List<PlaceMention> read = List.of(mention(elsewhere, "Al-Hamidiyah", "hamidiyah"), mention(elsewhere, "Al-Mayadin", "mayadin"));
        assertEquals(List.of("hamidiyah"), known.locatingIn(new TokenizedText(elsewhere), read).stream().map(PlaceMention::chosen).toList(),
                "the quarter of Deir ez-Zor is no quarter of al-Mayadin");
        String own = "in Al-Hamidiyah neighbourhood of Deir ez-Zor city";
        List<PlaceMention> itsOwn = List.of(mention(own, "Al-Hamidiyah", "hamidiyah"), mention(own, "Deir ez-Zor", "deir_ez_zor"));
        assertEquals(List.of("deir_ez_zor"), known.locatingIn(new TokenizedText(own), itsOwn).stream().map(PlaceMention::chosen).toList());
    }

    private static PlaceMention mention(String text, String name, String key) {
        int at = text.indexOf(name);
        return new PlaceMention(Span.of(text, at, at + name.length()), List.of(key), key, 0.9, null, false, null);
    }

    @Test
    void aPlaceTheGazetteerLacksKeepsWhatLocatesIt() {
        String text = "قرية الزرزور بريف دير الزور";
        int at = text.indexOf("الزرزور"), region = text.indexOf("ريف");
        List<PlaceMention> found = List.of(
                new PlaceMention(Span.of(text, at, at + 7), List.of(), null, 0.5, null, false, "الزرزور"),
                new PlaceMention(Span.of(text, region, text.length()), List.of("x"), "x", 0.9, null, false, null, true));
        assertEquals(List.of(), locating.locatingIn(new TokenizedText(text), found));
    }
}
