package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.furat.ingest.Extraction;
import org.furat.ingest.PlaceMention;
import org.furat.ingest.Proposal;
import org.furat.ingest.Span;
import org.furat.model.TimePrecision;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stored form of a reading: everything the extractor read comes back as it was, and a newer format is refused. */
class ReadingJsonTest {

    /** Places of every sort (a group, an area, a name two places share, one outside the map, one the gazetteer lacks), an origin, figures, dates, actors. */
    static final String REPORT = """
            دير الزور - مراسلنا
            قصفت القوات الأمريكية من قاعدتها في حقل كونيكو، فجر اليوم الثلاثاء، مواقع للميليشيات المدعومة من إيران في بلدة المريعية وقرية الجفرة، ما أدى إلى مقتل عنصرين وإصابة ثلاثة آخرين.
            وفي سياق متصل، ضربت طائرة مسيرة مجهولة سيارة في قرية الزر بريف دير الزور الشرقي، ما أدى إلى مقتل مدني.
            وقصفت قوات النظام أمس قرية الصالحية، واشتباكات في القرى السبع، بعد عودة القيادي من لبنان.
            ويرى مراقبون أن التصعيد قد يتواصل خلال الأيام المقبلة.
            """;

    @TempDir
    static Path dir;
    private static Workspace workspace;

    @BeforeAll
    static void open() {
        workspace = Workspace.open(dir.resolve("db.gpkg"));
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static Extraction read(String text) {
        return workspace.extractor().extract(text, LocalDate.of(2024, 11, 19), TimePrecision.DAY);
    }

    @Test
    void aReadingComesBackAsItWasWritten() {
        Extraction x = read(REPORT);
        List<PlaceMention> mentions = new ArrayList<>(x.places());
        for (Proposal p : x.proposals()) {
            mentions.addAll(p.places());
            if (p.fallbackPlace() != null) mentions.add(p.fallbackPlace());
        }
        // The report covers what the format must carry; if the extractor stops finding one of these the test says so.
        assertTrue(mentions.stream().anyMatch(PlaceMention::outsideMap), "a place outside the map");
        assertTrue(mentions.stream().anyMatch(m -> m.unknownName() != null), "a place the gazetteer lacks");
        assertTrue(mentions.stream().anyMatch(PlaceMention::region), "an area");
        assertTrue(mentions.stream().anyMatch(m -> m.groupKey() != null), "a group");
        assertTrue(mentions.stream().anyMatch(m -> m.candidates().size() > 1), "a name several places share");
        assertTrue(x.proposals().stream().anyMatch(p -> !p.origins().isEmpty()), "an origin");
        assertTrue(x.proposals().stream().anyMatch(p -> p.killed().known()), "a toll");
        assertTrue(!x.dates().isEmpty() && !x.actors().isEmpty() && !x.triggers().isEmpty() && !x.casualties().isEmpty());

        List<String> keys = new ArrayList<>();
        for (int i = 0; i < x.proposals().size(); i++) keys.add(i == 1 ? null : "report-p" + (i + 1));
        Proposal earlier = x.proposals().get(0);
        Reading reading = new Reading(x, keys, List.of(new Reading.Earlier("report-p9", earlier)), "Furat test · lexicons x · gazetteer y",
                Instant.parse("2026-12-01T10:15:30.123Z"));

        String json = ReadingJson.write(reading, REPORT);
        Reading back = ReadingJson.read(json, REPORT, reading.extractorVersion(), reading.readAt());

        assertEquals(reading, back);
        assertEquals(x, back.extraction());
        assertTrue(json.length() < REPORT.length() * 8, "compact: " + json.length() + " characters for a report of " + REPORT.length());
        assertTrue(!json.contains("مراسلنا"), "spans are offsets into the report, not copies of its words");
    }

    @Test
    void wordsThatAreNotTheTextAtTheirOffsetsAreKept() {
        Extraction x = new Extraction("ar", List.of(new PlaceMention(new Span(0, 4, "خشام"), List.of("khasham"), "khasham", 1.0, null,
                false, null)), List.of(), List.of(), List.of(), List.of(new Span(5, 9, "قصفت")), List.of());
        Reading reading = new Reading(x, List.of(), List.of(), "v", Instant.parse("2026-12-01T00:00:00Z"));
        String text = "ABCDEFGHIJ";
        assertEquals(reading, ReadingJson.read(ReadingJson.write(reading, text), text, "v", reading.readAt()));
    }

    @Test
    void aReadingInAFormatThisFuratDoesNotKnowIsRefused() {
        String json = "{\"format\":" + (ReadingJson.FORMAT + 1) + ",\"proposals\":[]}";
        var e = assertThrows(IllegalArgumentException.class, () -> ReadingJson.read(json, "", "v", Instant.now()));
        assertTrue(e.getMessage().contains("newer Furat"), e.getMessage());
    }
}
