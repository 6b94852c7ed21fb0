package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.furat.store.SeedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlaceMatcherTest {

    private static PlaceMatcher matcher;
    private static String seed;

    @BeforeAll
    static void load() throws IOException {
        SeedData data = SeedData.fromClasspath();
        matcher = new PlaceMatcher(data.places(), data.groups());
        try (InputStream in = PlaceMatcherTest.class.getResourceAsStream("/org/furat/ingest/seed-000.txt")) {
            assertNotNull(in, "seed-000.txt");
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void villagesNamedLikeWordsOfTheGrammarOrCalendarNeedASettlementCue() {
        SeedData data = SeedData.fromClasspath();
        List<org.furat.model.Place> places = new ArrayList<>(data.places());
        for (String[] p : new String[][] {{"gn-1", "Ala", "على"}, {"gn-2", "Tahta", "تحت"}, {"gn-3", "Tishrin", "تشرين"}}) {
            places.add(new org.furat.model.Place(p[0], p[1], p[2], List.of(), List.of(), org.furat.model.PlaceKind.VILLAGE,
                    40.5, 35.0, org.furat.model.GeoPrecision.EXACT, null, "test", p[0], null, null));
        }
        PlaceMatcher imported = new PlaceMatcher(places, data.groups());
        String text = "وسقطت قذيفة على منزل تحت الجسر في تشرين الأول، ثم قصفت قوات النظام قرية على في ريف المدينة.";
        List<PlaceMention> found = imported.find(text);
        List<String> chosen = found.stream().map(PlaceMention::chosen).filter(java.util.Objects::nonNull).toList();
        assertEquals(List.of("gn-1"), chosen, "only «على» after «قرية» is a place: " + found);
        assertEquals(text.lastIndexOf("على"), found.stream().filter(m -> "gn-1".equals(m.chosen())).findFirst().orElseThrow()
                .span().end() - "على".length(), "the cued one");
    }

    @Test
    void aQuartersNameStandsOnlyForAPlaceOfACity() {
        PlaceMatcher imported = seedAnd("gn-far", "Al Jubaylah", "الجبيلة", 39.3, 35.9);
        PlaceMention quarter = imported.find("اختطف مسلحون طبيباً من أمام عيادته في حي الجبيلة بمدينة دير الزور.").stream()
                .filter(m -> m.span().text().equals("الجبيلة")).findFirst().orElseThrow();
        assertNull(quarter.chosen(), "a village 100 km from any city is no quarter: " + quarter);
        assertEquals("الجبيلة", quarter.unknownName(), "a quarter the gazetteer lacks");
        assertEquals("gn-far", imported.find("قصفت قوات النظام قرية الجبيلة.").get(0).chosen(), "the village, after «قرية»");
        assertEquals("hamidiyah", imported.find("قصف على حي الحميدية في دير الزور.").get(0).chosen(), "a neighbourhood of the gazetteer");
    }

    @Test
    void anArticleWrittenAsSaidBeforeASunLetterIsAlToo() {
        PlaceMatcher imported = seedAnd("gn-sayyid", "Abu as Sayyid", "أبو السيد", 39.93, 34.84);
        for (String written : List.of("Abu al-Sayyid", "Abu as-Sayyid", "Abu as Sayyid")) {
            List<PlaceMention> found = imported.find("Militants opened fire near " + written + " on Monday.");
            assertEquals(List.of("gn-sayyid"), chosen(found), written);
        }
    }

    // ---- helpers

    /** A matcher of the seed's gazetteer and one imported village more. */
    private static PlaceMatcher seedAnd(String key, String nameEn, String nameAr, double lon, double lat) {
        SeedData data = SeedData.fromClasspath();
        List<org.furat.model.Place> places = new ArrayList<>(data.places());
        places.add(new org.furat.model.Place(key, nameEn, nameAr, List.of(), List.of(), org.furat.model.PlaceKind.VILLAGE,
                lon, lat, org.furat.model.GeoPrecision.EXACT, null, "test", key, null, null));
        return new PlaceMatcher(places, data.groups());
    }

    private static List<PlaceMention> find(String text) {
        List<PlaceMention> found = matcher.find(text);
        for (PlaceMention m : found) {
            assertEquals(text.substring(m.span().start(), m.span().end()), m.span().text(), "span reads back");
            if (m.chosen() != null) assertTrue(m.candidates().contains(m.chosen()), "chosen among candidates: " + m);
            assertTrue(m.confidence() > 0 && m.confidence() <= 1, "confidence " + m);
        }
        for (int k = 1; k < found.size(); k++) {
            assertTrue(found.get(k - 1).span().end() <= found.get(k).span().start(), "text order, no overlap");
        }
        return found;
    }

    private static List<String> chosen(List<PlaceMention> mentions) {
        List<String> keys = new ArrayList<>();
        for (PlaceMention m : mentions) if (m.chosen() != null) keys.add(m.chosen());
        return keys;
    }

    private static PlaceMention only(String text) {
        List<PlaceMention> found = find(text);
        assertEquals(1, found.size(), () -> "one mention in " + text + ": " + found);
        return found.get(0);
    }

    private static PlaceMention mentionOf(List<PlaceMention> found, String key) {
        for (PlaceMention m : found) if (key.equals(m.chosen())) return m;
        throw new AssertionError("no mention of " + key + " in " + found);
    }

    // ---- the seed article

    @Test
    void seedArticleGivesEveryPlaceItNames() {
        List<PlaceMention> found = find(seed);
        Set<String> keys = new HashSet<>(chosen(found));
        // The report names the governorate ("محافظة دير الزور", "ريف دير الزور"), not the city.
        for (String key : List.of("deir_ez_zor_governorate", "conoco_base", "salihiyah_dez", "hatla", "khasham", "marrat",
                "tabiyah", "mazloum", "husayniyah", "muriiyah", "jafrah", "huwayjat_saqr", "deir_ez_zor_airport")) {
            assertTrue(keys.contains(key), () -> key + " missing from " + found);
        }
        assertFalse(keys.contains("salihiyah_abukamal"));
        assertTrue(found.stream().anyMatch(m -> "seven_villages".equals(m.groupKey()) && m.chosen() == null
                && m.candidates().size() == 7 && m.span().text().equals("القرى السبع")));
        Set<String> outside = new HashSet<>();
        for (PlaceMention m : found) {
            if (m.outsideMap()) outside.add(m.span().text());
        }
        assertEquals(Set.of("لبنان", "غزة"), outside);
        for (PlaceMention m : found) {
            assertFalse(m.span().text().contains("إيران"), () -> "Iran is an actor description here: " + m);
            assertNull(m.unknownName(), () -> "no unknown places in the seed: " + m);
        }
        // Nothing but the places above.
        Set<String> allowed = new HashSet<>(List.of("deir_ez_zor_governorate", "conoco_base", "salihiyah_dez", "hatla", "khasham",
                "marrat", "tabiyah", "mazloum", "husayniyah", "muriiyah", "jafrah", "huwayjat_saqr", "deir_ez_zor_airport"));
        assertTrue(allowed.containsAll(keys), () -> "unexpected places: " + keys);
    }

    @Test
    void seedArticleSpansAndChoices() {
        List<PlaceMention> found = find(seed);
        PlaceMention salihiyah = mentionOf(found, "salihiyah_dez");
        assertEquals("الصالحية", salihiyah.span().text());
        assertEquals(Set.of("salihiyah_dez", "salihiyah_abukamal"), new HashSet<>(salihiyah.candidates()));
        assertTrue(salihiyah.confidence() >= PlaceMatcher.BY_GROUP);
        assertEquals("الحسينية", mentionOf(found, "husayniyah").span().text());
        assertEquals("طابية", mentionOf(found, "tabiyah").span().text());
        assertEquals("مطار دير الزور", mentionOf(found, "deir_ez_zor_airport").span().text());
        assertEquals("حويجة صكر", mentionOf(found, "huwayjat_saqr").span().text());
        assertEquals("الجفرة", mentionOf(found, "jafrah").span().text());
        assertEquals("المريعية", mentionOf(found, "muriiyah").span().text());
        assertEquals("معمل “كونيكو” للغاز", mentionOf(found, "conoco_base").span().text());
        assertTrue(found.stream().anyMatch(m -> m.span().text().equals("قاعدة “كونيكو")
                && "conoco_base".equals(m.chosen())), "قاعدة “كونيكو”: the name runs across the quote");
        assertTrue(found.stream().anyMatch(m -> m.span().text().equals("ريف دير الزور")
                && "deir_ez_zor_governorate".equals(m.chosen()) && m.region()));
        // The airport's outskirts: the airport, not the city, and no unknown place.
        long airportOrCity = found.stream().filter(m -> m.span().start() > seed.indexOf("وأطراف مطار")
                && m.span().end() <= seed.indexOf("وأطراف مطار") + "وأطراف مطار دير الزور".length()).count();
        assertEquals(1, airportOrCity);
    }

    // ---- spelling

    @Test
    void diacriticsHamzaTatweelAndTaMarbutaDoNotMatter() {
        assertEquals("albu_kamal", only("قصفٌ على أبو كمال أمس").chosen());
        assertEquals("albu_kamal", only("قصف على ابو كمال أمس").chosen());
        assertEquals("albu_kamal", only("في البُوكَمَال").chosen());
        assertEquals("deir_ez_zor", only("مدينةُ ديـــر الـزُّور").chosen());
        assertEquals("hatla", only("قصف حطله").chosen());
        assertEquals("asharah", only("في العشارة").chosen());
        assertEquals("asharah", only("في العشاره").chosen());
        PlaceMention m = only("سقطت قذائف على حَطْلَة");
        assertEquals("حَطْلَة", m.span().text());
    }

    @Test
    void attachedPrefixesAreMatchedAndLeftOutOfTheSpan() {
        PlaceMention mayadin = only("اشتباكات وبالميادين");
        assertEquals("mayadin", mayadin.chosen());
        assertEquals("الميادين", mayadin.span().text());
        PlaceMention bukamal = only("تعزيزات للبوكمال");
        assertEquals("albu_kamal", bukamal.chosen());
        assertTrue(bukamal.span().text().endsWith("بوكمال"));
        assertEquals("husayniyah", only("مظاهرة والحسينية").chosen());
        assertEquals("الحسينية", only("مظاهرة والحسينية").span().text());
        assertEquals("وحطلة".substring(1), only("قصف على خيمة وحطلة").span().text());
    }

    @Test
    void englishNamesAndVariants() {
        assertEquals(List.of("deir_ez_zor"), chosen(find("Clashes in Deir Ezzor on Monday")));
        assertEquals(List.of("mayadin"), chosen(find("Shelling hit Mayadeen.")));
        assertEquals(List.of("albu_kamal"), chosen(find("near Abu Kamal")));
        assertEquals(List.of("khasham"), chosen(find("in Khusham village")));
        assertEquals(List.of("mayadin"), chosen(find("in al-Mayadin")));
        assertEquals("al-Mayadin", only("in al-Mayadin").span().text());
        assertEquals(List.of("deir_ez_zor_airport"), chosen(find("at the Deir ez-Zor airport")));
        assertEquals(List.of("deir_ez_zor"), chosen(find("in Deir ez-Zor")));
        assertEquals("seven_villages", only("the seven villages").groupKey());
    }

    @Test
    void quotesSeparateWords() {
        assertEquals("conoco_base", only("قاعدة “كونيكو” الأمريكية").chosen());
        assertEquals("conoco_base", only("من \"كونيكو\" أمس").chosen());
        assertEquals("كونيكو", only("من \"كونيكو\" أمس").span().text());
    }

    // ---- longest match and regions

    @Test
    void longestMatchWins() {
        PlaceMention airport = only("قصف مطار دير الزور العسكري");
        assertEquals("deir_ez_zor_airport", airport.chosen());
        assertEquals("مطار دير الزور العسكري", airport.span().text());
        assertEquals("deir_ez_zor_airport", only("قصف مطار دير الزور").chosen());
        PlaceMention city = only("في دير الزور");
        assertEquals("deir_ez_zor", city.chosen());
        assertEquals(PlaceMatcher.NAMED, city.confidence());
        assertEquals("huwayjat_saqr", only("في حويجة صكر").chosen());
        assertEquals("conoco_base", only("معمل كونيكو للغاز").chosen());
        assertEquals("معمل كونيكو للغاز", only("معمل كونيكو للغاز").span().text());
    }

    @Test
    void countrysideIsTheRegionAroundThePlace() {
        // The countryside of Deir ez-Zor is the governorate unit, never the city.
        PlaceMention m = only("قصف بريف دير الزور");
        assertEquals("deir_ez_zor_governorate", m.chosen());
        assertEquals("ريف دير الزور", m.span().text());
        assertTrue(m.region());
        assertNull(m.unknownName());
        // A countryside the region lexicon does not list stays the place it is built on, at region confidence.
        PlaceMention other = only("قصف بريف الرقة");
        assertTrue(other.region() || other.outsideMap(), other.toString());
    }

    @Test
    void aDirectionWithoutItsArticleGoesWithTheNounAfterIt() {
        // «شرقي سوريا» is "east of Syria": the countryside is the governorate's, not its eastern part.
        PlaceMention east = only("اعتقالات في ريف دير الزور الشرقي");
        assertEquals("ريف دير الزور الشرقي", east.span().text());
        PlaceMention whole = only("اعتقالات في ريف دير الزور شرقي سوريا");
        assertEquals("deir_ez_zor_governorate", whole.chosen());
        assertEquals("ريف دير الزور", whole.span().text());
    }

    @Test
    void thePluralCountrysidesAreTheRegionToo() {
        // «أرياف», the plural of «ريف»: the countrysides around the city, never the city.
        PlaceMention m = only("تجددت الاشتباكات في أرياف دير الزور");
        assertEquals("deir_ez_zor_governorate", m.chosen());
        assertEquals("أرياف دير الزور", m.span().text());
        assertTrue(m.region());
        // Another governorate's countrysides are a region too, not the town they are named for.
        PlaceMention other = only("قصف على أرياف الميادين");
        assertTrue(other.region(), other.toString());
    }

    @Test
    void theRegionOfDeirEzZorIsTheGovernorate() {
        // «إقليم دير الزور», as the Autonomous Administration names the governorate; «إقليم كردستان» lies off the map.
        PlaceMention m = only("نفذت قوى الأمن الداخلي في إقليم دير الزور عملية أمنية");
        assertEquals("إقليم دير الزور", m.span().text());
        assertTrue(m.region(), "the region the city names, not the city");
        assertTrue(only("أرسل قافلة من إقليم كردستان العراق").outsideMap());
    }

    // ---- shared names

    @Test
    void districtNearbyChoosesTheSalihiyah() {
        List<PlaceMention> found = find("سقطت قذائف على الصالحية قرب البوكمال");
        assertEquals(List.of("salihiyah_abukamal", "albu_kamal"), chosen(found));
        PlaceMention m = found.get(0);
        assertEquals("salihiyah_abukamal", m.chosen());
        assertEquals(PlaceMatcher.BY_DISTRICT, m.confidence());
        assertEquals(Set.of("salihiyah_dez", "salihiyah_abukamal"), new HashSet<>(m.candidates()));
        PlaceMention r = find("قصف على الصالحية في ريف البوكمال").get(0);
        assertEquals("salihiyah_abukamal", r.chosen());
        PlaceMention d = find("قصف على الصالحية شمال دير الزور").get(0);
        assertEquals("salihiyah_dez", d.chosen());
        assertEquals(PlaceMatcher.BY_DISTRICT, d.confidence());
    }

    @Test
    void englishDeirEzZorAfterAVillageNamesTheProvinceNotItsDistrict() {
        PlaceMention province = find("Shelling hit Salihiyah, Deir ez-Zor, on Monday.").get(0);
        assertNotEquals(PlaceMatcher.BY_DISTRICT, province.confidence(), "the province holds both: " + province);
        PlaceMention arabic = find("قصف على الصالحية، دير الزور").get(0);
        assertEquals("salihiyah_dez", arabic.chosen(), "a bare Arabic «دير الزور» is the city");
        assertEquals(PlaceMatcher.BY_DISTRICT, arabic.confidence());
        assertEquals("salihiyah_abukamal", find("Shelling hit Salihiyah near Albu Kamal.").get(0).chosen(),
                "a district seat that names no province still names its district");
    }

    @Test
    void proximityChoosesTheSalihiyahNearTheOtherPlaces() {
        PlaceMention near = find("قصف على الصالحية. وفي خبر آخر، اشتباكات في الجلاء والسوسة").get(0);
        assertEquals("salihiyah_abukamal", near.chosen());
        assertEquals(PlaceMatcher.BY_PROXIMITY, near.confidence());
        PlaceMention dez = find("قصف على الصالحية. وفي خبر آخر، اشتباكات في حطلة").get(0);
        assertEquals("salihiyah_dez", dez.chosen());
        assertEquals(PlaceMatcher.BY_PROXIMITY, dez.confidence());
    }

    @Test
    void groupAndDefaultChoices() {
        PlaceMention grouped = find("قصف على القرى السبع. وفي الصالحية أضرار").get(1);
        assertEquals("salihiyah_dez", grouped.chosen());
        assertEquals(PlaceMatcher.BY_GROUP, grouped.confidence());
        // Nothing in the text tells them apart: no guess, both kept for the analyst.
        PlaceMention alone = only("قصف على الصالحية");
        assertNull(alone.chosen());
        assertEquals(PlaceMatcher.BY_DEFAULT, alone.confidence());
        assertEquals(Set.of("salihiyah_dez", "salihiyah_abukamal"), new HashSet<>(alone.candidates()));
    }

    @Test
    void groupMentionStandsForItsMembers() {
        PlaceMention m = only("وبالقرى السبعة");
        assertEquals("seven_villages", m.groupKey());
        assertNull(m.chosen());
        assertTrue(m.candidates().containsAll(List.of("salihiyah_dez", "hatla", "khasham", "marrat", "tabiyah",
                "mazloum", "husayniyah")));
    }

    // ---- cues

    @Test
    void cuesFlagUnknownPlaces() {
        PlaceMention village = only("قصف على قرية الطيانة");
        assertEquals("الطيانة", village.unknownName());
        assertEquals("الطيانة", village.span().text());
        assertNull(village.chosen());
        assertTrue(village.candidates().isEmpty());
        assertEquals(PlaceMatcher.UNKNOWN, village.confidence());

        List<PlaceMention> two = find("قصف على قرية الطيانة شرق دير الزور");
        assertEquals("الطيانة", two.get(0).unknownName());
        assertEquals("deir_ez_zor", two.get(1).chosen());

        assertEquals("أبو حمام", only("اشتباكات في بلدة أبو حمام اليوم").unknownName());
        assertEquals("سويدان جزيرة", only("في قرية سويدان جزيرة").unknownName());
        assertEquals("الرشدية", only("في حي الرشدية").unknownName());
        assertEquals("الشعفة", only("بمحيط الشعفة").unknownName());
        assertEquals("Abu Hardub", only("fighting in the village of Abu Hardub yesterday").unknownName());
        assertEquals("Gharanij", only("the town of Gharanij").unknownName());
    }

    @Test
    void cuesBeforeKnownPlacesOnlySupportThem() {
        PlaceMention airport = only("قصف أطراف مطار دير الزور");
        assertEquals("deir_ez_zor_airport", airport.chosen());
        assertEquals("مطار دير الزور", airport.span().text());
        assertNull(airport.unknownName());
        PlaceMention hatla = only("في قرية حطلة");
        assertEquals("hatla", hatla.chosen());
        assertEquals("حطلة", hatla.span().text());
        assertEquals("hajin", only("the town of Hajin").chosen());
        assertTrue(find("في محيط المنطقة وأطراف هذه القرى").isEmpty());
    }

    @Test
    void aWordOfTheGrammarOrCalendarAfterACueIsNoUnknownPlace() {
        assertTrue(find("أطلقوا النار على دورية أثناء مرورها بالبلدة ما أدى لمقتل عنصرين").isEmpty(), "«ما»: what");
        assertTrue(find("وقعت اشتباكات في القرية أمس").isEmpty(), "«أمس»: yesterday");
        assertTrue(find("مقتل مختار قرية برصاص مسلحين مجهولين").isEmpty(), "«برصاص»: by the bullets of, how he was killed");
        assertEquals("الطيانة", only("اشتباكات في قرية الطيانة أمس").unknownName(), "a name before them still is one");
    }

    @Test
    void aCueWithTheArticleIsThePlaceNamedBeforeNotANewName() {
        assertTrue(find("وهاجم الأهالي مقرات تابعة لقسد في البلدة وفق المصادر ذاتها").isEmpty(), "«البلدة»: the town, already named");
        assertTrue(find("وانتشرت دوريات بالقرية صباحاً").isEmpty());
        assertTrue(find("هاجموا الحاجز الواقع على الطريق الرئيسي للبلدة بالأسلحة الرشاشة").isEmpty(),
                "«للبلدة»: «ل» drops the article's alef");
        assertEquals("الطيانة", only("اشتباكات في بلدة الطيانة").unknownName());
    }

    @Test
    void aWordOfTheGrammarNamedLikeAVillageIsNoPlaceAfterTheTownAlreadyNamed() {
        PlaceMatcher imported = seedAnd("gn-ali", "Al `Ali", "العلي", 40.3, 35.2);
        assertTrue(imported.find("سقطت القذائف وسط البلدة وعلى أراضٍ زراعية في محيطها").isEmpty(), "«على»: on");
        assertTrue(imported.find("The sources said gunmen shot the mukhtar, Khalaf al-Ali, outside his house").isEmpty(),
                "a man's family name");
        assertEquals(List.of("gn-ali"), chosen(imported.find("قصفت القوات قرية العلي أمس")), "the village, after its cue");
    }

    @Test
    void aCueOrCommonNounWithAPossessiveIsNoUnknownPlace() {
        assertEquals(List.of("hatla", "marrat"), chosen(find("واستهدفت القذائف أطراف بلدتي حطلة ومراط")));
        assertTrue(find("واستهدفت القذائف أطراف بلدتي حطلة ومراط").stream().allMatch(m -> m.unknownName() == null));
        assertTrue(find("سقط صاروخ في محيط قريته").isEmpty());
        assertTrue(find("سقطت قذيفة في محيط منزله").isEmpty());
        assertTrue(find("استهدفت طائرة مسيرة سيارة في محيط بلدتهم").isEmpty());
        // The construct dual is itself a cue: «قريتي X وY», the two villages of X and Y.
        List<PlaceMention> two = find("قصف على أطراف قريتي الطيانة والشحيل");
        assertEquals("الطيانة", two.get(0).unknownName());
        assertEquals("shuhayl", two.get(1).chosen());
    }

    @Test
    void commonWordsNeedSupport() {
        assertEquals(PlaceMatcher.COMMON_WORD, only("شعر المواطن بأنه مظلوم").confidence());
        assertEquals(PlaceMatcher.NAMED, only("في قرية مظلوم").confidence());
        assertTrue(find("قال القائد مظلوم عبدي").isEmpty());
    }

    // ---- outside the map and actors

    @Test
    void placesOutsideTheMapAreFlagged() {
        List<PlaceMention> found = find("التصعيد في لبنان وغزة وضربات على دمشق وطهران وفي Beirut");
        assertEquals(5, found.size(), found::toString);
        for (PlaceMention m : found) {
            assertTrue(m.outsideMap());
            assertNull(m.chosen());
            assertTrue(m.candidates().isEmpty());
        }
        assertEquals(List.of("لبنان", "غزة", "دمشق", "طهران", "Beirut"),
                found.stream().map(m -> m.span().text()).toList());
        assertTrue(only("ضربات إسرائيلية على إيران").outsideMap());
    }

    @Test
    void aPluralCueStandsBeforeEachPlaceOfItsList() {
        List<PlaceMention> found = find("تجددت الاشتباكات في بلدات خشام وابريهة وجديد عكيدات وحطلة.");
        assertEquals(List.of("خشام", "ابريهة", "جديد عكيدات", "حطلة"), found.stream().map(m -> m.span().text()).toList());
        assertEquals("ابريهة", found.get(1).unknownName(), "a village the gazetteer lacks, without the «و» written onto it");
        assertEquals("جديد عكيدات", found.get(2).unknownName());
        assertEquals(List.of("خشام"), find("تجددت الاشتباكات في بلدة خشام وابريهة.").stream().map(m -> m.span().text()).toList(),
                "a singular cue names one place");
    }

    @Test
    void aNewsNetworkNamedForTheCityIsNoPlace() {
        assertEquals(List.of("khasham"), find("قالت شبكة دير الزور 24 إن قصفاً استهدف بلدة خشام").stream()
                .map(PlaceMention::chosen).toList());
    }

    @Test
    void actorDescriptionsAreNotPlaces() {
        assertTrue(find("هجمات من قبل المجموعات المدعومة من إيران").isEmpty());
        assertTrue(find("مسلحين مدعومين من إيران").isEmpty());
        assertTrue(find("الميليشيات الموالية لإيران والميليشيات الإيرانية").isEmpty());
        assertTrue(find("القوات الأمريكية والإسرائيلية").isEmpty());
        assertTrue(find("militias backed by Iran and Iran-backed groups, Iranian militias").isEmpty());
        assertTrue(find("قالت قناة الميادين").isEmpty());
        assertTrue(find("وقال مراسل الميادين إن صاروخاً سقط").isEmpty(), "the channel's correspondent");
        assertTrue(find("a missile hit the base, Al Mayadeen TV reported").isEmpty(), "the channel");
        assertEquals(1, find("An explosion in al-Mayadeen reported by local activists killed two people").size(), "the town");
        assertTrue(find("وقالت شبكة “دير الزور 24” المحلية").isEmpty(), "a news network named for a place");
        assertTrue(find("وإصابة عبد الكريم الجلود رئيس بلدية الميادين").isEmpty(), "a title named for a place");
        assertEquals(1, find("قصف على مبنى بلدية الميادين").size(), "the town hall is in the town");
    }

    // ---- words

    @Test
    void namesNeverMatchInsideOtherWords() {
        assertTrue(find("الحطلات والخشامية ومراطون والجفرات").isEmpty());
        assertTrue(find("دير قديم").isEmpty());
        assertTrue(find("Deirezzorian Mayadinese").isEmpty());
        assertTrue(find("").isEmpty());
        assertTrue(matcher.find(null).isEmpty());
    }

    @Test
    void punctuationPartsNames() {
        List<PlaceMention> found = find("مطار، دير الزور");
        assertEquals(List.of("deir_ez_zor"), chosen(found));
    }

    @Test
    void offsetsReadBackTheWords() {
        String text = "قُتل عنصران في الصالحية، وأُصيب آخرون في مراط قرب دير الزور.";
        List<PlaceMention> found = find(text);
        assertEquals(List.of("salihiyah_dez", "marrat", "deir_ez_zor"), chosen(found));
        assertEquals(List.of("الصالحية", "مراط", "دير الزور"), found.stream().map(m -> m.span().text()).toList());
        assertEquals(text.indexOf("مراط"), found.get(1).span().start());
        assertEquals(text.indexOf("مراط") + 4, found.get(1).span().end());
    }

    @Test
    void safeToShareBetweenThreads() throws Exception {
        List<PlaceMention> expected = matcher.find(seed);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<PlaceMention>>> futures = new ArrayList<>();
            for (int k = 0; k < 16; k++) futures.add(pool.submit(() -> matcher.find(seed)));
            for (Future<List<PlaceMention>> f : futures) assertEquals(expected, f.get());
        } finally {
            pool.shutdown();
        }
    }
}
