package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.furat.model.ChangeEntry;
import org.furat.model.ChangeRecord;
import org.junit.jupiter.api.Test;

/**
 * The history reads as an analyst reads: fields as words, links by the names of what they join, evidence by its words,
 * whole rows summarised, Arabic values whole, times local.
 */
class ChangeDescriptionsTest {

    private static final String REPORT_TEXT = "مقدمة. قصفت القوات الأمريكية قرية حطلة بالمدفعية. خاتمة.";

    /** Names as a workspace would give them, for a few keys. */
    private static final ChangeNames NAMES = new ChangeNames() {
        @Override
        public Optional<String> place(String key) {
            return Optional.ofNullable(Map.of("hatla", "Hatla (حطلة)", "marrat", "Marrat (مراط)").get(key));
        }

        @Override
        public Optional<String> actor(String key) {
            return Optional.ofNullable(Map.of("us_forces", "US forces (القوات الأمريكية)").get(key));
        }

        @Override
        public Optional<String> quote(String sourceKey, int start, int end) {
            return sourceKey.equals("report-1") && end <= REPORT_TEXT.length() ? Optional.of(REPORT_TEXT.substring(start, end)) : Optional.empty();
        }
    };

    private final ChangeDescriptions descriptions = new ChangeDescriptions(NAMES, java.time.ZoneOffset.ofHours(2));

    @Test
    void fieldsReadAsWords() {
        assertEquals("killed (best)", ChangeDescriptions.field("killed_best"));
        assertEquals("injured (highest)", ChangeDescriptions.field("injured_high"));
        assertEquals("description (Arabic)", ChangeDescriptions.field("description_ar"));
        assertEquals("sub-event type", ChangeDescriptions.field("sub_event_type"));
        assertEquals("date from", ChangeDescriptions.field("date_start"));
        assertEquals("reason for deletion", ChangeDescriptions.field("deleted_reason"));
        assertEquals("status", ChangeDescriptions.field("status"));

        ChangeLine killed = descriptions.describe(new ChangeEntry("incidents", "inc-1", "update", "killed_best", "2", "5"));
        assertEquals("incident inc-1: killed (best): 2 → 5", killed.text(true));
        assertEquals("killed (best): 2 → 5", killed.text(false));
        assertEquals(ChangeLine.Kind.INCIDENT, killed.kind());
        assertEquals("inc-1", killed.subjectKey());
    }

    @Test
    void codesAndTimesReadAsTheWindowShowsThem() {
        assertEquals("month → day", descriptions.describe(new ChangeEntry("incidents", "inc-1", "update", "time_prec", "3", "1")).values());
        assertEquals("— → 2026-12-02 15:04",
                descriptions.describe(new ChangeEntry("incidents", "inc-1", "update", "deleted_at", null, "2026-12-02T13:04:05.123Z")).values());
        assertEquals("2026-12-02 15:04", descriptions.when("2026-12-02T13:04:05.123Z"), "shown in the local zone, here UTC+2");
    }

    @Test
    void linksAreNamedByWhatTheyJoinNotByKeys() {
        ChangeLine place = descriptions.describe(new ChangeEntry("incident_places", "inc-1|hatla|target", "insert", null, null,
                "{\"fid\":3,\"incident_id\":1,\"place_id\":7,\"role\":\"target\",\"loc_prec\":1}"));
        assertEquals("place added", place.what());
        assertEquals("Hatla (حطلة) as target", place.after());
        assertFalse(place.text(true).contains("hatla|"), place.text(true));
        assertEquals("incident inc-1", place.subject());

        ChangeLine actor = descriptions.describe(new ChangeEntry("incident_actors", "inc-1|us_forces|actor1", "delete", null,
                "{\"incident_id\":1,\"actor_id\":2,\"role\":\"actor1\",\"position\":0}", null));
        assertEquals("actor removed", actor.what());
        assertEquals("US forces (القوات الأمريكية) as actor 1", actor.before());
        assertNull(actor.after());

        ChangeLine precision = descriptions.describe(new ChangeEntry("incident_places", "inc-1|marrat|location", "update", "loc_prec", "1", "2"));
        assertEquals("Marrat (مراط) as location: location precision", precision.what());
        assertEquals("exact → approximate", precision.values());

        ChangeLine unknown = descriptions.describe(new ChangeEntry("incident_places", "inc-1|gone_village|target", "insert", null, null, "{}"));
        assertEquals("gone_village as target", unknown.after(), "a place no longer in the gazetteer shows by its key");
    }

    @Test
    void evidenceShowsTheArabicWordsItQuotesWhole() {
        int start = REPORT_TEXT.indexOf("قصفت");
        int end = REPORT_TEXT.indexOf(" خاتمة");
        ChangeLine evidence = descriptions.describe(new ChangeEntry("evidence", "inc-1|report-1|" + start + "-" + end, "insert", null, null,
                "{\"id\":1,\"incident_id\":1,\"source_id\":1,\"span_start\":" + start + ",\"span_end\":" + end + "}"));
        assertEquals("evidence added", evidence.what());
        assertEquals("«قصفت القوات الأمريكية قرية حطلة بالمدفعية.»", evidence.after());

        ChangeLine missing = descriptions.describe(new ChangeEntry("evidence", "inc-1|report-9|4-9", "delete", null,
                "{\"span_start\":4,\"span_end\":9}", null));
        assertEquals("characters 4–9 of report report-9", missing.before());
    }

    @Test
    void aLongQuoteIsCutAtAWord() {
        String words = "كلمة ".repeat(60);
        ChangeNames longText = new ChangeNames() {
            @Override public Optional<String> place(String key) { return Optional.empty(); }
            @Override public Optional<String> actor(String key) { return Optional.empty(); }
            @Override public Optional<String> quote(String s, int a, int b) { return Optional.of(words); }
        };
        String after = new ChangeDescriptions(longText, ZoneId.of("UTC"))
                .describe(new ChangeEntry("evidence", "i|r|0-300", "insert", null, null, "{\"span_start\":0,\"span_end\":300}")).after();
        assertTrue(after.endsWith("كلمة…»"), after);
        assertTrue(after.length() <= ChangeDescriptions.QUOTE_LENGTH + 2, after);
    }

    @Test
    void arabicValuesAreKeptWhole() {
        ChangeLine description = descriptions.describe(new ChangeEntry("incidents", "inc-1", "update", "description_ar",
                "قصف مدفعي على حطلة", "قصف مدفعي أمريكي على حطلة ومراط"));
        assertTrue(description.update());
        assertEquals("قصف مدفعي على حطلة", description.before());
        assertEquals("قصف مدفعي أمريكي على حطلة ومراط", description.after());
        assertEquals("description (Arabic)", description.what());
    }

    @Test
    void wholeRowsAreSummarised() {
        ChangeLine created = descriptions.describe(new ChangeEntry("incidents", "inc-1", "insert", null, null,
                "{\"id\":1,\"key\":\"inc-1\",\"date_start\":\"2024-11-01\",\"date_end\":\"2024-11-30\",\"event_type\":\"Explosions/Remote violence\","
                        + "\"status\":\"proposed\",\"description_en\":\"long text\"}"));
        assertEquals("created", created.what());
        assertEquals("Explosions/Remote violence, 2024-11-01 – 2024-11-30, proposed", created.after());

        ChangeLine spelling = descriptions.describe(new ChangeEntry("place_variant_sources", "hatla|ar|حطله", "insert", null, null, "{}"));
        assertEquals("place Hatla (حطلة): spelling added: حطله", spelling.text(true));

        ChangeLine setting = descriptions.describe(new ChangeEntry("furat_settings", "analyst", "insert", null, null,
                "{\"key\":\"analyst\",\"value\":\"Layla Hassan\"}"));
        assertEquals("setting analyst: set: Layla Hassan", setting.text(true));

        ChangeLine bulk = descriptions.describe(new ChangeEntry("incidents", null, "bulk", null, null, "{\"rows_added\":12000}"));
        assertEquals("table incidents: loaded in bulk: 12,000 rows added", bulk.text(true));
    }

    @Test
    void anActionsChangesKeepTheirOrder() {
        ChangeRecord action = new ChangeRecord(4, "2026-12-02T13:04:05Z", "Layla Hassan", "delete incident", "duplicate", List.of(
                new ChangeEntry("incidents", "inc-1", "update", "deleted_at", null, "2026-12-02T13:04:05Z"),
                new ChangeEntry("incidents", "inc-1", "update", "deleted_reason", null, "duplicate")));
        List<ChangeLine> lines = descriptions.describe(action);
        assertEquals(List.of("deleted on", "reason for deletion"), lines.stream().map(ChangeLine::what).toList());
    }

    @Test
    void aMovedPointReadsAsLatitudeAndLongitude() {
        String before = "x'" + java.util.HexFormat.of().withUpperCase().formatHex(
                org.furat.geo.GeoPackageGeometry.encode(org.furat.geo.GeoPackageGeometry.point(40.123456, 35.412341), 4326)) + "'";
        String after = "x'" + java.util.HexFormat.of().withUpperCase().formatHex(
                org.furat.geo.GeoPackageGeometry.encode(org.furat.geo.GeoPackageGeometry.point(40.2, 35.3), 4326)) + "'";
        ChangeLine moved = descriptions.describe(new ChangeEntry("places", "hatla", "update", "geom", before, after));
        assertEquals("point: 35.41234, 40.12346 → 35.30000, 40.20000", moved.text(false));
        assertEquals("x'0102'", descriptions.describe(new ChangeEntry("places", "hatla", "update", "geom", null, "x'0102'")).after(),
                "what is not a point is shown as stored");
    }

    @Test
    void aFiguresBestLowestAndHighestReadAsOneChangeWrittenAsTheCardWritesIt() {
        ChangeRecord action = new ChangeRecord(5, "2026-12-02T13:04:05Z", "Layla Hassan", "edit incident", null, List.of(
                new ChangeEntry("incidents", "inc-1", "update", "status", "proposed", "verified"),
                new ChangeEntry("incidents", "inc-1", "update", "killed_best", "3", null),
                new ChangeEntry("incidents", "inc-1", "update", "killed_low", "3", "10"),
                new ChangeEntry("incidents", "inc-1", "update", "injured_best", null, "2"),
                new ChangeEntry("incidents", "inc-1", "update", "killed_high", "3", "15"),
                new ChangeEntry("incidents", "inc-1", "update", "injured_low", null, "2"),
                new ChangeEntry("incidents", "inc-1", "update", "injured_high", null, "2")));
        List<ChangeLine> lines = descriptions.describe(action);
        assertEquals(List.of("status: proposed → verified", "killed: 3 → 10–15", "injured: ? → 2"),
                lines.stream().map(l -> l.text(false)).toList());
        assertEquals(org.furat.model.Casualties.exactly(3).describe() + " → " + new org.furat.model.Casualties(null, 10, 15).describe(),
                lines.get(1).values(), "as the card writes the figures");

        // Only the fields that changed are logged: one missing is not guessed at, each logged one is named.
        ChangeRecord bound = new ChangeRecord(6, "2026-12-02T13:04:05Z", "Layla Hassan", "edit incident", null, List.of(
                new ChangeEntry("incidents", "inc-1", "update", "killed_high", "15", "20")));
        assertEquals(List.of("killed: highest 15 → highest 20"), descriptions.describe(bound).stream().map(l -> l.text(false)).toList());
    }
}
