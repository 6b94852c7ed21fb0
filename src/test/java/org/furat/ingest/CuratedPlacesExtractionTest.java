package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.furat.model.TimePrecision;
import org.furat.store.SeedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The places no registry has (city neighbourhoods, oil fields, bases, bridges, the border crossing, roads) are found
 * in the short sentences a report writes about them, and the ones whose names are also ordinary words stay unsure
 * without a cue.
 */
class CuratedPlacesExtractionTest {

    private static Extractor extractor;
    private static PlaceMatcher matcher;

    @BeforeAll
    static void build() {
        SeedData data = SeedData.fromClasspath();
        extractor = new Extractor(data.places(), data.groups(), data.actors());
        matcher = new PlaceMatcher(data.places(), data.groups());
    }

    private static List<String> eventPlaces(String text) {
        List<Proposal> found = extractor.extract(text, LocalDate.of(2024, 11, 14), TimePrecision.DAY).proposals();
        assertEquals(1, found.size(), () -> "one proposal in «" + text + "»: " + found);
        return found.get(0).places().stream().map(p -> p.chosen() != null ? p.chosen() : p.groupKey()).toList();
    }

    private static List<PlaceMention> mentions(String text) {
        return matcher.find(text);
    }

    @Test
    void aNeighbourhoodOfDeirEzZorNamedWithItsCity() {
        List<String> places = eventPlaces("قصف على حي الحميدية في مدينة دير الزور صباح اليوم.");
        assertEquals("hamidiyah", places.get(0), places::toString);
    }

    @Test
    void neighbourhoodsListedAfterTheirCue() {
        List<String> places = eventPlaces("سقطت قذائف هاون على أحياء الجورة والقصور في دير الزور.");
        assertTrue(places.containsAll(List.of("joura", "qusour")), places::toString);
    }

    @Test
    void theSameNeighbourhoodNameIsToldApartByItsCity() {
        assertTrue(eventPlaces("غارات جوية على حي الصناعة في مدينة البوكمال.").contains("sinaa_abukamal"));
        assertTrue(eventPlaces("قصف مدفعي على حي الصناعة في مدينة دير الزور.").contains("sinaa_dez"));
    }

    @Test
    void albuKamalQuartersWestOfTheTown() {
        List<String> places = eventPlaces("استهدف قصف صاروخي منطقتي الصلبي والحزام غرب مدينة البوكمال.");
        assertTrue(places.containsAll(List.of("salbi", "hizam_abukamal")), places::toString);
    }

    @Test
    void oilFieldsBasesBridgesAndTheCrossing() {
        assertTrue(eventPlaces("استهدفت طائرة مسيرة القاعدة الأمريكية في حقل التنك النفطي.").contains("tanak_oil_field"));
        assertTrue(eventPlaces("قصف صاروخي على حقل الجفرة النفطي شرق دير الزور.").contains("jafra_oil_field"));
        assertTrue(eventPlaces("اشتباكات عنيفة في محيط اللواء 137 جنوب المدينة.").contains("brigade_137"));
        assertTrue(eventPlaces("غارات جوية على جسر السياسية في دير الزور.").contains("siyasiyah_bridge"));
        assertTrue(eventPlaces("انفجار عبوة ناسفة قرب معبر البوكمال الحدودي.").contains("albu_kamal_crossing"));
        assertTrue(eventPlaces("A drone attack targeted the Tanak oil field on Tuesday.").contains("tanak_oil_field"));
        assertTrue(eventPlaces("Clashes broke out near the Al-Qaim border crossing on Tuesday.").contains("albu_kamal_crossing"));
    }

    @Test
    void tabbAlJouraIsNotAlJoura() {
        assertEquals("tabb_joura", mentions("حملة أمنية في حي طب الجورة").get(0).chosen());
        assertEquals("tabb_joura", mentions("مداهمات في طب الجورة").get(0).chosen());
    }

    @Test
    void theOilFieldAndTheVillageCalledJafrahStayApart() {
        assertEquals("jafra_oil_field", mentions("قصف على حقل الجفرة").get(0).chosen());
        assertEquals("jafrah", mentions("قصف على قرية الجفرة").get(0).chosen());
    }

    @Test
    void aRoadIsFoundAsAPlace() {
        List<String> places = eventPlaces("انفجرت عبوة ناسفة بسيارة على طريق الخرافي شمالي دير الزور.");
        assertTrue(places.contains("kharafi_road"), places::toString);
    }

    @Test
    void aNeighbourhoodNameThatIsAnOrdinaryWordIsUnsureWithoutACue() {
        PlaceMention workers = mentions("أضرب العمال في المعمل").stream().filter(m -> "umal".equals(m.chosen())).findFirst().orElse(null);
        assertTrue(workers == null || workers.confidence() < PlaceMatcher.NAMED, "«العمال» alone is workers, not surely the neighbourhood");
        PlaceMention quarter = mentions("قصف على حي العمال").get(0);
        assertEquals("umal", quarter.chosen());
        assertEquals(PlaceMatcher.NAMED, quarter.confidence());
    }
}
