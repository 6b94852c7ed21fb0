package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;
import org.furat.store.SeedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed report read by the extractor: every place it names, the group, the places outside the map, October's toll. */
class SeedExtractionTest {

    // The report names the governorate ("محافظة دير الزور", "ريف دير الزور"), never the city itself.
    private static final Set<String> THIRTEEN = Set.of("deir_ez_zor_governorate", "khasham", "hatla", "marrat", "mazloum", "tabiyah",
            "salihiyah_dez", "husayniyah", "muriiyah", "jafrah", "huwayjat_saqr", "conoco_base", "deir_ez_zor_airport");

    private static String text;
    private static Extraction extraction;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = SeedExtractionTest.class.getResourceAsStream("/org/furat/data/sources/000_0ae79604f75c76f4.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        SeedData data = SeedData.fromClasspath();
        extraction = new Extractor(data.places(), data.groups(), data.actors()).extract(text, LocalDate.of(2024, 11, 1), TimePrecision.MONTH);
    }

    @Test
    void allThirteenPlacesTheReportNamesAreFound() {
        Set<String> found = new HashSet<>();
        for (PlaceMention m : extraction.places()) {
            if (m.chosen() != null) found.add(m.chosen());
        }
        assertTrue(found.containsAll(THIRTEEN), "missing: " + THIRTEEN.stream().filter(k -> !found.contains(k)).toList());
        assertTrue(extraction.places().stream().anyMatch(m -> "seven_villages".equals(m.groupKey())), "the group القرى السبع");
    }

    @Test
    void lebanonAndGazaAreRecognisedAsOutsideTheMap() {
        Set<String> outside = extraction.places().stream().filter(PlaceMention::outsideMap).map(m -> m.span().text())
                .collect(Collectors.toSet());
        assertTrue(outside.stream().anyMatch(t -> t.contains("لبنان")), outside.toString());
        assertTrue(outside.stream().anyMatch(t -> t.contains("غزة")), outside.toString());
    }

    @Test
    void octobersRocketAttacksKilledOneAndWoundedTwelve() {
        Proposal october = extraction.proposals().stream()
                .filter(p -> p.evidence().text().contains("تشرين الأول")).findFirst()
                .orElseThrow(() -> new AssertionError("no October proposal in " + extraction.proposals()));
        assertEquals(1, october.killed().best());
        assertEquals(12, october.injured().best());
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, october.type());
        assertEquals(10, october.dates().start().getMonthValue(), "dated October: " + october.dates());
        assertEquals(10, october.dates().end().getMonthValue(), "dated October: " + october.dates());
    }

    @Test
    void theMorningShellingLinksTheBaseAndTheSevenVillages() {
        Proposal morning = extraction.proposals().stream().filter(p -> p.evidence().text().contains("صباح اليوم")).findFirst()
                .orElseThrow();
        List<String> groups = morning.places().stream().map(PlaceMention::groupKey).filter(g -> g != null).toList();
        assertEquals(List.of("seven_villages"), groups);
        assertTrue(morning.places().stream().anyMatch(p -> "conoco_base".equals(p.chosen())));
        assertNotNull(morning.actor1());
        assertEquals("us_forces", morning.actor1().actorKey());
        assertEquals(11, morning.dates().start().getMonthValue());
    }

    @Test
    void everyProposalQuotesASentenceOfTheReport() {
        assertTrue(extraction.proposals().size() >= 4 && extraction.proposals().size() <= 8, extraction.proposals().size() + " proposals");
        for (Proposal p : extraction.proposals()) {
            assertEquals(p.evidence().text(), text.substring(p.evidence().start(), p.evidence().end()));
            assertTrue(p.trigger().within(p.evidence()));
        }
    }

    @Test
    void backgroundSentencesProposeNothing() {
        assertTrue(extraction.proposals().stream().noneMatch(p -> p.evidence().text().startsWith("ورغم دعوات الأهالي")),
                "the residents' appeal is background");
    }
}
