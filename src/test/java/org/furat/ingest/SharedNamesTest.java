package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.furat.geo.AdminLookup;
import org.furat.model.GeoPrecision;
import org.furat.model.Place;
import org.furat.model.PlaceKind;
import org.furat.store.SeedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names that several places share, and names that are also ordinary words, as an imported gazetteer brings them:
 * made-up villages (no district of older data, only the administrative units their points lie in) added to the
 * seed gazetteer beside real towns, so the context that tells them apart is the real one.
 */
class SharedNamesTest {

    /** A made-up name four imported villages share: one in each district, and a second in Albu Kamal district. */
    private static final String SHARED = "المزيريب";
    private static PlaceMatcher matcher;
    private static Map<String, Place> byKey;

    @BeforeAll
    static void load() {
        SeedData data = SeedData.fromClasspath();
        Map<String, Place> seed = data.places().stream().collect(Collectors.toMap(Place::key, Function.identity()));
        List<Place> places = new ArrayList<>(data.places());
        // Each a few kilometres from a real town, so it lies in that town's sub-district.
        places.add(imported("test-hajin", "Al Muzayrib", SHARED, seed.get("hajin"), 0.02));
        places.add(imported("test-kasrah", "Al Muzayrib", SHARED, seed.get("kasrah"), 0.02));
        places.add(imported("test-mayadin", "Al Muzayrib", SHARED, seed.get("mayadin"), 0.03));
        places.add(imported("test-susah", "Al Muzayrib", SHARED, seed.get("susah"), 0.02));
        // A second made-up shared name: one village beside the Muzayrib of Hajin, one far west of every Muzayrib.
        places.add(imported("test-zaytunah-hajin", "Az Zaytunah", "الزيتونة", seed.get("hajin"), 0.03));
        places.add(imported("test-zaytunah-tibni", "Az Zaytunah", "الزيتونة", seed.get("tibni"), 0.03));
        // Villages named like families and men: «منير المهباش» is a man, «محمد حسين يعقوب» another.
        places.add(imported("test-mihbash", "Mihbash", "مهباش", seed.get("kasrah"), 0.04));
        places.add(imported("test-muhammad-husayn", "Muhammad Husayn", "محمد حسين", seed.get("albu_kamal"), 0.06));
        places.add(imported("test-rahman", "Rahman", "رحمان", seed.get("mayadin"), 0.07));
        places.add(imported("test-ahmad", "Ahmad", "أحمدية", seed.get("tibni"), 0.07));
        // A village named «the city», as an imported gazetteer has one.
        places.add(imported("test-madinah", "Al Madinah", "المدينة", seed.get("mayadin"), 0.05));
        // Villages named like ordinary words: «الكرامة» (dignity), «خليل» (a given name).
        places.add(imported("test-karamah", "Al Karamah", "الكرامة", seed.get("albu_kamal"), 0.04));
        places.add(imported("test-khalil", "Khalil", "خليل", seed.get("tibni"), 0.05));
        places.add(imported("test-salih", "Salih", "صالح", seed.get("dhiban"), 0.05));
        // A made-up village whose first letter may also be a preposition: without it, «كاليه» is «إليه» (to him).
        places.add(imported("test-kalih", "Kalih", "كاليه", seed.get("busayrah"), 0.05));
        // A village the gazetteer has only in halves, east and west, near Dhiban; and a place named as a half of one
        // that the gazetteer also has whole.
        places.add(imported("test-jurdi-east", "Al Jurdi ash Sharqi", "الجردي الشرقي", seed.get("dhiban"), 0.03));
        places.add(imported("test-jurdi-west", "Al Jurdi al Gharbi", "الجردي الغربي", seed.get("dhiban"), 0.01));
        places.add(imported("test-khasham-west", "Khasham al Gharbi", "خشام الغربي", seed.get("kasrah"), 0.02));
        matcher = new PlaceMatcher(places, data.groups());
        byKey = places.stream().collect(Collectors.toMap(Place::key, Function.identity()));
    }

    private static Place imported(String key, String en, String ar, Place near, double offset) {
        double lon = near.lon() + offset;
        double lat = near.lat() + offset / 2;
        return new Place(key, en, ar, List.of(), List.of(), PlaceKind.VILLAGE, lon, lat, GeoPrecision.EXACT, null,
                "test", key, null, null, AdminLookup.shipped().parentsOf(lon, lat));
    }

    private static PlaceMention shared(String text) {
        List<PlaceMention> found = matcher.find(text);
        return found.stream().filter(m -> m.span().text().contains(SHARED)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention of " + SHARED + " in " + found));
    }

    @Test
    void theVillagesLieInDifferentDistricts() {
        // What the rest of the test relies on: each made-up village got the units of the town it is beside.
        assertEquals(byKey.get("hajin").admin().admin3(), byKey.get("test-hajin").admin().admin3());
        assertEquals(byKey.get("kasrah").admin().admin3(), byKey.get("test-kasrah").admin().admin3());
        assertEquals(byKey.get("mayadin").admin().admin2(), byKey.get("test-mayadin").admin().admin2());
        assertEquals(byKey.get("susah").admin().admin3(), byKey.get("test-susah").admin().admin3());
        assertEquals(byKey.get("hajin").admin().admin2(), byKey.get("test-susah").admin().admin2());
    }

    @Test
    void aSubDistrictOrDistrictNamedBesideItDecides() {
        PlaceMention hajin = shared("قصف مدفعي على قرية المزيريب في ناحية هجين");
        assertEquals("test-hajin", hajin.chosen());
        assertEquals(PlaceMatcher.BY_DISTRICT, hajin.confidence());
        assertEquals("test-hajin", hajin.candidates().get(0), "the chosen one first");
        assertEquals(Set.of("test-hajin", "test-kasrah", "test-mayadin", "test-susah"), new HashSet<>(hajin.candidates()),
                "the alternatives stay");
        assertEquals("test-kasrah", shared("اشتباكات في المزيريب بناحية الكسرة").chosen());
        assertEquals("test-mayadin", shared("قصف على المزيريب في ريف الميادين").chosen());
        // A district's seat names its district.
        assertEquals("test-mayadin", shared("قصف على المزيريب قرب الميادين").chosen());
        // The countryside of Deir ez-Zor points to the city's district, as it does for the seed's الصالحية.
        assertEquals("test-kasrah", shared("قصف على المزيريب في ريف دير الزور").chosen());
    }

    @Test
    void aDistrictThatHoldsSeveralNarrowsTheChoice() {
        PlaceMention two = shared("قصف على المزيريب في ريف البوكمال");
        assertNull(two.chosen(), "two of them lie in Albu Kamal district: " + two);
        assertEquals(Set.of("test-hajin", "test-susah"), new HashSet<>(two.candidates().subList(0, 2)),
                "those the district leaves standing come first");
        assertEquals(4, two.candidates().size());
        // And another place of the report picks between those two.
        assertEquals("test-susah", shared("قصف على المزيريب في ريف البوكمال. واشتباكات في السوسة").chosen());
    }

    @Test
    void aSubDistrictNamedElsewhereInTheReportDecides() {
        String text = "ناحية هجين تشهد توترا منذ أسابيع بين العشائر والقوات المسيطرة على المنطقة.\n"
                + "وفي تطور جديد صباح اليوم، سقطت قذائف هاون على المزيريب وأصيب مدنيان.";
        PlaceMention m = shared(text);
        assertEquals("test-hajin", m.chosen());
        assertEquals(PlaceMatcher.BY_REPORT_UNIT, m.confidence());
    }

    @Test
    void aVillageTheGazetteerHasInHalvesIsReadByItsBareName() {
        PlaceMention bare = matcher.find("هاجم مقاتلو العشائر نقطة لقسد في بلدة الجردي صباح اليوم").get(0);
        assertEquals(Set.of("test-jurdi-east", "test-jurdi-west"), new HashSet<>(bare.candidates()), "either half");
        assertNull(bare.chosen(), "nothing tells the halves apart: " + bare);
        assertEquals(Set.of("test-jurdi-east", "test-jurdi-west"),
                new HashSet<>(matcher.find("Tribal fighters attacked an SDF point in Jurdi on Monday").get(0).candidates()));
        assertEquals("test-jurdi-east", matcher.find("الجردي الشرقي").get(0).chosen(), "a half named whole is that half");
        assertEquals(List.of("khasham"), matcher.find("قصف على بلدة خشام").get(0).candidates(),
                "a bare name the gazetteer has whole stays that place");
    }

    @Test
    void theNearestToTheReportsOtherPlacesWinsWhenClearlyNearer() {
        PlaceMention m = shared("قصفت المدفعية أطراف الكسرة. وفي وقت لاحق، سقطت قذائف على المزيريب");
        assertEquals("test-kasrah", m.chosen());
        assertEquals(PlaceMatcher.BY_PROXIMITY, m.confidence());
        assertEquals("test-hajin", shared("اشتباكات في هجين. وسقطت قذيفة على المزيريب").chosen());
    }

    @Test
    void nothingDecidingLeavesItAmbiguousWithEveryAlternative() {
        PlaceMention m = shared("سقطت قذيفة على المزيريب صباح اليوم");
        assertNull(m.chosen(), "no guess: " + m);
        assertTrue(m.unresolved());
        assertEquals(PlaceMatcher.BY_DEFAULT, m.confidence());
        assertEquals(Set.of("test-hajin", "test-kasrah", "test-mayadin", "test-susah"), new HashSet<>(m.candidates()));
        // The governorate holds them all: naming it decides nothing.
        assertTrue(matcher.find("Shelling hit Al Muzayrib in the province").stream().anyMatch(PlaceMention::unresolved));
        // Places outside the map are no anchors.
        assertNull(shared("قصف على المزيريب بعد غارات على لبنان").chosen());
    }

    @Test
    void sharedNamesNamedTogetherChooseTheCandidatesThatLieTogether() {
        List<PlaceMention> found = matcher.find("قصفت المدفعية بلدتي المزيريب والزيتونة");
        assertEquals(List.of("test-hajin", "test-zaytunah-hajin"), chosen(found));
        assertEquals(PlaceMatcher.BY_PROXIMITY, found.get(0).confidence());
        assertEquals(List.of("test-hajin", "test-zaytunah-hajin"), chosen(matcher.find("Shelling hit Al Muzayrib and Az Zaytuna")),
                "an English name's final h may be left out");
        assertNull(matcher.find("سقطت قذيفة على المزيريب، وفي اليوم التالي على الطريق العام قرب قرية الزيتونة").get(0).chosen(),
                "named far apart in the sentence, they decide nothing");
    }

    @Test
    void englishSpellingIsTheSameName() {
        List<PlaceMention> found = matcher.find("Shelling hit Al Muzayrib near Hajin on Monday");
        PlaceMention m = found.stream().filter(p -> p.candidates().contains("test-hajin")).findFirst().orElseThrow();
        assertEquals("test-hajin", m.chosen());
    }

    @Test
    void aVillageNamedLikeAnOrdinaryWordNeedsACueOrANearbyPlace() {
        assertTrue(matcher.find("وطالب المحتجون بالحرية والكرامة للجميع").isEmpty(), "dignity is no place");
        assertTrue(matcher.find("وقال خليل إن القصف استمر ساعات").isEmpty(), "a man's name is no place");
        assertTrue(matcher.find("وعرف من القتلى صالح الحمد العيسى وابن عمه").isEmpty(), "a man's name, also a word, is no place");
        assertEquals(List.of("test-salih"), chosen(matcher.find("قصفت المدفعية قرية صالح")), "after a cue");
        assertEquals(List.of("test-karamah"), chosen(matcher.find("قصفت المدفعية قرية الكرامة")), "after a cue");
        assertEquals("test-karamah", matcher.find("اشتباكات في الكرامة قرب البوكمال").get(0).chosen(),
                "beside a town a few kilometres away");
        assertEquals("test-khalil", matcher.find("قصف على بلدة خليل غرب التبني").get(0).chosen());
        assertEquals(List.of(), chosen(matcher.find("قصف غرب التبني. خليل قال إن القصف استمر ساعات")).stream()
                .filter("test-khalil"::equals).toList(), "a town the sentence before names supports no word of this one");
        // A town far from it does not make the word a place.
        assertEquals(List.of("deir_ez_zor"), chosen(matcher.find("وطالب المحتجون بالكرامة في دير الزور")));
        // Right beside a place, listed or located by it, and not as a noun its owner follows.
        assertEquals(List.of("albu_kamal", "test-karamah"), chosen(matcher.find("قصفت المدفعية البوكمال والكرامة")));
        assertEquals("test-karamah", matcher.find("قصفت المدفعية الكرامة بريف البوكمال").get(0).chosen());
        assertEquals(List.of("mayadin"), chosen(matcher.find("وطالبوا بحرية وكرامة الميادين")), "the dignity of Mayadin");
    }

    @Test
    void aVillageNamedLikeAFamilyOrAManIsPartOfAPersonsNameUnlessACueSaysOtherwise() {
        assertTrue(matcher.find("فقد منير المهباش حياته برصاص مسلحين").isEmpty(), "a given name before it");
        assertTrue(matcher.find("ونعت الصفحات بسام ديب - محمد حسين يعقوب").isEmpty(), "a name that starts with a given name");
        assertEquals(List.of("test-mihbash"), chosen(matcher.find("قصفت المدفعية قرية المهباش")));
        assertEquals(List.of("test-muhammad-husayn"), chosen(matcher.find("قصفت المدفعية قرية محمد حسين")));
        assertEquals(List.of("test-mihbash"), chosen(matcher.find("قصف على المهباش قرب الكسرة")).stream().filter("test-mihbash"::equals).toList(),
                "no given name before it");
        assertTrue(matcher.find("Rami Abdel Rahman of the Observatory told AFP").isEmpty(), "a capitalised given name before it");
        assertEquals(List.of("test-rahman"), chosen(matcher.find("Shelling hit the village of Rahman")));
        assertTrue(matcher.find("Gunmen shot Ahmad Hassan, a teacher").isEmpty(), "a given name alone before a family name");
        assertTrue(matcher.find("The fighter, identified as Ahmad al-Hassan, was shot").isEmpty(),
                "a family name with its article in lower case");
        assertEquals(List.of("test-ahmad"), chosen(matcher.find("Shells fell on the village of Ahmad")));
        assertTrue(matcher.find("Abu Rahman, a commander, was killed in the attack").isEmpty(), "a byname: the father of");
        assertTrue(matcher.find("قتل القيادي أبو المهباش بالقصف").isEmpty());
        assertEquals(List.of(), chosen(matcher.find("قال مصدر في مجلس الميادين المدني إن الهجوم فشل")), "a council named for a place");
        assertEquals(List.of("khasham"), chosen(matcher.find("أصيب ثلاثة بقصف على خشام ونقلوا إلى مشفى الميادين")),
                "the hospital the wounded were taken to");
    }

    @Test
    void aNounThatNamesNoPlaceIsAVillageOnlyAfterASettlementCue() {
        assertEquals(List.of(), chosen(matcher.find("فرت العناصر من محيط المدينة إلى داخلها")).stream()
                .filter("test-madinah"::equals).toList(), "the outskirts of the city");
        assertEquals(List.of("test-madinah"), chosen(matcher.find("قصفت المدفعية قرية المدينة")));
    }

    @Test
    void aNameBeginningWithALetterThatMayBeAPrepositionIsNotReadInAnotherWord() {
        assertTrue(matcher.find("وأشار إليه المرصد في تقريره").isEmpty(), "to him is no village");
        assertEquals(List.of("test-kalih"), chosen(matcher.find("قصفت المدفعية قرية كاليه")));
        assertEquals(List.of("test-kalih"), chosen(matcher.find("وصلت التعزيزات إلى قرية وبكاليه")));
    }

    @Test
    void aNameTheGazetteerLacksAfterACueIsStillAnUnknownPlace() {
        PlaceMention m = matcher.find("قصفت المدفعية قرية الزعفرانية شرق هجين").get(0);
        assertEquals("الزعفرانية", m.unknownName());
        assertNull(m.chosen());
        assertTrue(m.candidates().isEmpty());
        assertEquals(PlaceMatcher.UNKNOWN, m.confidence());
    }

    private static List<String> chosen(List<PlaceMention> found) {
        return found.stream().map(PlaceMention::chosen).filter(java.util.Objects::nonNull).toList();
    }
}
