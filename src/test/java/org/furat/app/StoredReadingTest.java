package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.furat.ingest.Proposal;
import org.furat.ingest.Span;
import org.furat.model.Casualties;
import org.furat.model.DateSpan;
import org.furat.model.Incident;
import org.furat.model.PlaceLink;
import org.furat.model.Status;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;
import org.furat.store.FuratDatabase;
import org.furat.store.ReadingRepository;
import org.furat.store.ReviewRepository;
import org.junit.jupiter.api.Test;

/**
 * The extractor's reading is kept with each report: review shows what the proposals came from, not what today's
 * gazetteer would make of the report; reading it again is the analyst's choice, shows what changed, and keeps the
 * new reading without touching reviewed incidents.
 */
class StoredReadingTest extends WithTempWorkspace {

    private static final Importer.Metadata NOV_19 = new Importer.Metadata(LocalDate.of(2024, 11, 19), "Test outlet", null, "ar");
    /** Al-Jafrah, a name the gazetteer gives one place, and «الزر», a village it lacks. */
    private static final String REPORT = ReadingJsonTest.REPORT.lines().limit(3).reduce("", (a, b) -> a + b + "\n");


    private String importReport(String text) {
        Importer.Outcome outcome = workspace.importer().importReport("report.txt", text.getBytes(StandardCharsets.UTF_8), NOV_19, false);
        assertEquals("imported", outcome.status(), outcome.message());
        return outcome.sourceKey();
    }

    private void reopen() {
        workspace.close();
        workspace = Workspace.open(dir.resolve("db.gpkg"));
    }

    /** Who's On First records for the village «الزر» and a second Al-Jafrah, far from the first. */
    private void gazetteerGrows() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("wof"));
        GazetteerTestFiles.wof(folder, 9001, "locality", "Al-Zir", "الزر", 40.42, 35.18, Map.of());
        GazetteerTestFiles.wof(folder, 9002, "locality", "Al-Jafrah", "الجفرة", 40.55, 35.02, Map.of());
        var summary = workspace.gazetteerImporter().importFiles(new GazetteerImporter.Request(List.of(folder),
                GazetteerImporter.Format.WOF, "test wof", null, null, null, null, false));
        assertEquals(2, summary.added(), summary.sentence());
    }

    private static ProposalReview withUnknown(ReportReview review, String name) {
        return review.proposals().stream().filter(p -> p.unknownPlaces().stream().anyMatch(u -> u.name().contains(name)))
                .findFirst().orElseThrow(() -> new AssertionError("no proposal names «" + name + "» as unknown"));
    }

    private static Optional<PlaceChoice> choice(ReportReview review, String words) {
        return review.proposals().stream().flatMap(p -> p.placeChoices().stream()).filter(c -> c.words().contains(words)).findFirst();
    }

    @Test
    void theReadingIsStoredAtImportAndADryRunStoresNothing() throws SQLException {
        String key = importReport(REPORT);
        workspace.importer().preview("other.txt", "قصفت القوات الأمريكية أمس قرية خشام.".getBytes(StandardCharsets.UTF_8), NOV_19);
        workspace.importer().importReport("again.txt", "استهدفت طائرة مسيرة أمس سيارة في بلدة الشحيل.".getBytes(StandardCharsets.UTF_8),
                NOV_19, true);
        ReportReview review = workspace.reviewer().open(key);
        assertEquals(ReportReview.Origin.STORED, review.reading().origin());
        assertTrue(review.reading().extractorVersion().contains(AppVersion.current()), review.reading().extractorVersion());
        assertTrue(review.reading().extractorVersion().contains("lexicons") && review.reading().extractorVersion().contains("gazetteer"));
        workspace.close();
        workspace = null;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("db.gpkg")); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT s.key FROM source_readings r JOIN sources s ON s.id = r.source_id")) {
            assertTrue(rs.next());
            assertEquals(key, rs.getString(1), "only the imported report has a reading; the dry runs stored none");
            assertFalse(rs.next());
        }
    }

    @Test
    void reviewShowsTheStoredReadingAfterTheGazetteerChanged() throws IOException {
        String key = importReport(REPORT);
        ReportReview before = workspace.reviewer().open(key);
        withUnknown(before, "الزر");
        assertEquals(List.of("jafrah"), choice(before, "الجفرة").orElseThrow().alternatives());

        gazetteerGrows();
        ReportReview after = workspace.reviewer().open(key);
        assertEquals(before.findings(), after.findings(), "the findings stored at import, not today's");
        withUnknown(after, "الزر");
        assertEquals(List.of("jafrah"), choice(after, "الجفرة").orElseThrow().alternatives(), "the alternatives weighed at import");
        assertEquals(before.reading(), after.reading());

        // Today's gazetteer would read the report otherwise: that is what reading it again shows.
        ReadingComparison comparison = workspace.reviewer().readAgain(key);
        assertFalse(comparison.changesNothing());
        assertTrue(comparison.findingsGone().stream().anyMatch(f -> f.kind() == Finding.Kind.UNKNOWN_PLACE), comparison.findingsGone().toString());
        assertTrue(comparison.findingsAdded().stream().anyMatch(f -> f.kind() == Finding.Kind.PLACE
                && REPORT.substring(f.start(), f.end()).contains("الزر")), comparison.findingsAdded().toString());
        String zirKey = workspace.places().stream().filter(p -> "Al-Zir".equals(p.nameEn())).findFirst().orElseThrow().key();
        var zir = comparison.proposals().stream().filter(p -> p.sentence().contains("الزر")).findFirst().orElseThrow();
        assertEquals(ReadingComparison.Change.CHANGED, zir.change());
        // Once the village is known, the countryside named after it only says where it lies.
        assertTrue(zir.differences().stream().anyMatch(d -> d.startsWith("places: + Al-Zir; − Khasham Subdistrict")),
                zir.differences().toString());
        assertEquals("the proposal is updated", zir.outcome());
        var jafrah = comparison.proposals().stream().filter(p -> p.sentence().contains("الجفرة")).findFirst().orElseThrow();
        String otherJafrah = workspace.places().stream().filter(p -> "Al-Jafrah".equals(p.nameEn()) && !p.key().equals("jafrah"))
                .findFirst().orElseThrow().key();
        assertEquals(List.of("places «الجفرة» may mean: Al-Jafrah → Al-Jafrah (jafrah), Al-Jafrah (" + otherJafrah + ")"),
                jafrah.differences());
        assertEquals(before.findings(), workspace.reviewer().open(key).findings(), "comparing stores nothing");

        String message = workspace.reviewer().keep(comparison);
        assertTrue(message.startsWith("Kept today's reading"), message);
        ReportReview kept = workspace.reviewer().open(key);
        assertNotEquals(before.reading().extractorVersion(), kept.reading().extractorVersion(), "the gazetteer changed, so the version did");
        assertEquals(ReportReview.Origin.STORED, kept.reading().origin());
        assertTrue(kept.findings().stream().noneMatch(f -> f.kind() == Finding.Kind.UNKNOWN_PLACE && f.label().contains("الزر")));
        Incident updated = workspace.incident(zir.incidentKey()).orElseThrow();
        assertEquals(Status.PROPOSED, updated.status());
        assertTrue(updated.places().stream().map(PlaceLink::placeKey).anyMatch(zirKey::equals), updated.places().toString());
        assertTrue(workspace.reviewer().readAgain(key).changesNothing(), "read again with the same gazetteer, nothing changes");
    }

    @Test
    void reviewedIncidentsAreNeverChangedByReadingAgain() throws IOException {
        String key = importReport(REPORT);
        ReviewDraft draft = new ReviewDraft(workspace.reviewer().open(key), workspace.places().stream().map(p -> p.key()).toList());
        for (String proposal : draft.proposalKeys()) draft.reject(proposal);
        workspace.reviewer().apply(draft);
        List<Incident> reviewed = workspace.incidentsCiting(key);

        gazetteerGrows();
        ReadingComparison comparison = workspace.reviewer().readAgain(key);
        assertTrue(comparison.proposals().stream().anyMatch(p -> p.outcome().equals("already rejected: not changed")),
                comparison.proposals().toString());
        assertEquals(List.of(), comparison.added());
        assertEquals(List.of(), comparison.rewritten());
        workspace.reviewer().keep(comparison);
        assertEquals(reviewed, workspace.incidentsCiting(key));
    }

    @Test
    void readingAgainAddsNewProposalsAndKeepsThoseNoLongerProposedToReview() throws IOException {
        String text = "قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور. وفي سياق متصل، استهدفت القوات الأمريكية بالمدفعية قرية مراط. "
                + "ويرى مراقبون أن التصعيد قد يتواصل.";
        String key = importReport(text);
        List<String> imported = workspace.reviewer().open(key).proposals().stream().map(p -> p.proposal().key()).toList();
        assertEquals(2, imported.size());
        workspace.close();
        workspace = null;

        // As older rules might have read it: no proposal for the second sentence, one for the third.
        String remark = "ويرى مراقبون أن التصعيد قد يتواصل.";
        int at = text.indexOf(remark);
        Proposal older = new Proposal(Span.of(text, at, at + remark.length()), SubEventType.ARMED_CLASH, null,
                DateSpan.day(LocalDate.of(2024, 11, 19)), TimePrecision.DAY, List.of(), List.of(), null, null, null,
                Casualties.UNKNOWN, Casualties.UNKNOWN);
        String olderKey = key + "-p3";
        try (FuratDatabase db = FuratDatabase.open(dir.resolve("db.gpkg"))) {
            ReadingRepository readings = new ReadingRepository(db);
            ReadingRepository.StoredReading stored = readings.of(key).orElseThrow();
            Reading now = ReadingJson.read(stored.json(), text, stored.extractorVersion(), Instant.parse(stored.readAt()));
            var x = now.extraction();
            Reading byOlderRules = new Reading(new org.furat.ingest.Extraction(x.language(), x.places(), x.dates(), x.actors(),
                    x.casualties(), x.triggers(), List.of(x.proposals().get(0), older)), List.of(imported.get(0), olderKey), List.of(),
                    "older rules", Instant.parse("2025-01-01T00:00:00Z"));
            new ReviewRepository(db).apply(new ReviewRepository.Changes(List.of(), List.of(), List.of(imported.get(1)), Map.of(),
                    List.of(), List.of()));
            assertTrue(readings.apply(new ReadingRepository.Update(key, stored.readAt(), Reviewer.stored(byOlderRules, text),
                    List.of(ProposedIncidents.of(olderKey, key, older)), List.of())));
        }
        workspace = Workspace.open(dir.resolve("db.gpkg"));
        assertEquals(List.of(imported.get(0), olderKey), workspace.reviewer().open(key).proposals().stream().map(p -> p.proposal().key()).toList());

        ReadingComparison comparison = workspace.reviewer().readAgain(key);
        var added = comparison.proposals().stream().filter(p -> p.change() == ReadingComparison.Change.ADDED).toList();
        var gone = comparison.proposals().stream().filter(p -> p.change() == ReadingComparison.Change.GONE).toList();
        assertEquals(1, added.size(), comparison.proposals().toString());
        assertTrue(added.get(0).sentence().contains("مراط"));
        assertEquals(key + "-p4", added.get(0).incidentKey(), "a key no proposal of this report had");
        assertEquals(1, gone.size());
        assertEquals(olderKey, gone.get(0).incidentKey());
        workspace.reviewer().keep(comparison);

        ReportReview review = workspace.reviewer().open(key);
        assertEquals(List.of(imported.get(0), key + "-p4", olderKey), review.proposals().stream().map(p -> p.proposal().key()).toList());
        ProposalReview stale = review.proposals().get(2);
        assertTrue(stale.noLongerProposed() && stale.saved(), "still to review, marked as no longer proposed");
        assertEquals(Status.PROPOSED, workspace.incident(olderKey).orElseThrow().status(), "not deleted");
        assertFalse(review.proposals().get(1).noLongerProposed());
        assertTrue(workspace.reviewer().readAgain(key).changesNothing(), "the proposal no longer proposed is not news a second time");
    }

    @Test
    void aComparisonOvertakenByAnotherReadingIsNotKept() throws IOException {
        String key = importReport(REPORT);
        gazetteerGrows();
        ReadingComparison first = workspace.reviewer().readAgain(key);
        ReadingComparison second = workspace.reviewer().readAgain(key);
        workspace.reviewer().keep(first);
        List<Incident> afterFirst = workspace.incidentsCiting(key);
        var e = assertThrows(IllegalStateException.class, () -> workspace.reviewer().keep(second));
        assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
        assertEquals(afterFirst, workspace.incidentsCiting(key));
    }

    @Test
    void aReportKeptWithoutAReadingIsReadOnceOnOpeningAndTheReadingKept() throws SQLException {
        String key = importReport(REPORT);
        List<ProposalReview> imported = workspace.reviewer().open(key).proposals();
        workspace.close();
        workspace = null;
        // As a Furat from before stored readings left it.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("db.gpkg")); Statement st = c.createStatement()) {
            st.execute("DELETE FROM source_readings");
        }
        workspace = Workspace.open(dir.resolve("db.gpkg"));
        ReportReview first = workspace.reviewer().open(key);
        assertEquals(ReportReview.Origin.READ_NOW_AND_KEPT, first.reading().origin());
        assertTrue(first.reading().describe().contains("older Furat"), first.reading().describe());
        assertEquals(imported.stream().map(p -> p.proposal().key()).toList(), first.proposals().stream().map(p -> p.proposal().key()).toList());
        assertEquals(imported.stream().map(ProposalReview::placeChoices).toList(), first.proposals().stream().map(ProposalReview::placeChoices).toList(),
                "paired with the stored proposals by their sentences");
        assertTrue(first.proposals().stream().allMatch(ProposalReview::saved));
        ReportReview second = workspace.reviewer().open(key);
        assertEquals(ReportReview.Origin.STORED, second.reading().origin());
        assertEquals(first.reading().readAt(), second.reading().readAt(), "read once");
    }
}
