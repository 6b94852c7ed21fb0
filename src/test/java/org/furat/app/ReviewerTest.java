package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.furat.model.Evidence;
import org.furat.model.GeoPrecision;
import org.furat.model.Incident;
import org.furat.model.IncidentFilter;
import org.furat.model.PendingReport;
import org.furat.model.Place;
import org.furat.model.PlaceKind;
import org.furat.model.PlaceLink;
import org.furat.model.Status;
import org.furat.model.SubEventType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reviewing a report: findings to highlight, proposals to accept, reject, merge or file as another source. */
class ReviewerTest {

    private static final Importer.Metadata NOV_20 = new Importer.Metadata(LocalDate.of(2024, 11, 20), "Test outlet", null, "ar");

    @TempDir
    Path dir;
    private Workspace workspace;
    private Reviewer reviewer;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("db.gpkg"));
        reviewer = workspace.reviewer();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private String importReport(String text) {
        Importer.Outcome outcome = workspace.importer().importReport("report.txt", text.getBytes(StandardCharsets.UTF_8), NOV_20, false);
        assertEquals("imported", outcome.status(), outcome.message());
        return outcome.sourceKey();
    }

    private ReviewDraft draft(String sourceKey) {
        return new ReviewDraft(reviewer.open(sourceKey), workspace.places().stream().map(Place::key).toList());
    }

    @Test
    void aReportOpensWithEveryFindingAndItsProposals() {
        String text = "قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور، ما أدى إلى مقتل مدنيين اثنين وإصابة خمسة آخرين.";
        ReportReview review = reviewer.open(importReport(text));

        assertEquals(text, review.source().text());
        assertEquals(1, review.proposals().size());
        Set<Finding.Kind> kinds = Set.copyOf(review.findings().stream().map(Finding::kind).toList());
        assertTrue(kinds.containsAll(Set.of(Finding.Kind.PLACE, Finding.Kind.DATE, Finding.Kind.ACTOR, Finding.Kind.CASUALTIES,
                Finding.Kind.EVENT)), "found: " + kinds);
        Finding khasham = review.findings().stream().filter(f -> f.kind() == Finding.Kind.PLACE).findFirst().orElseThrow();
        assertEquals("خشام", text.substring(khasham.start(), khasham.end()).replace("قرية ", ""));
        Finding killed = review.findings().stream().filter(f -> f.kind() == Finding.Kind.CASUALTIES).findFirst().orElseThrow();
        assertEquals("2 killed", killed.label());
        ProposalReview proposal = review.proposals().get(0);
        assertTrue(proposal.placeChoices().stream().anyMatch(c -> c.placeKey().equals("khasham")));
        assertEquals(List.of(), review.reviewed());
    }

    @Test
    void acceptedProposalsBecomeVerifiedIncidentsOnTheMapWithTheirEvidence() {
        String key = importReport("قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور، ما أدى إلى مقتل مدنيين اثنين.");
        IncidentFilter verifiedAtKhasham = IncidentFilter.ALL.withStatuses(Set.of(Status.VERIFIED)).withPlaces(Set.of("khasham"));
        int before = workspace.filter(verifiedAtKhasham).count();
        ReviewDraft draft = draft(key);
        String proposal = draft.proposalKeys().get(0);
        Evidence evidence = draft.draft(proposal).evidence().get(0);
        draft.edit(draft.draft(proposal).withType(SubEventType.AIR_DRONE_STRIKE));
        draft.accept(proposal);

        assertEquals("Saved: 1 accepted", reviewer.apply(draft));

        Incident saved = workspace.incident(proposal).orElseThrow();
        assertEquals(Status.VERIFIED, saved.status());
        assertEquals(SubEventType.AIR_DRONE_STRIKE, saved.subEventType(), "the analyst's edit is what is saved");
        assertEquals(List.of(evidence), saved.evidence());
        assertEquals(before + 1, workspace.filter(verifiedAtKhasham).count(), "one more verified incident at Khasham");
        ReportReview again = reviewer.open(key);
        assertEquals(0, again.proposals().size());
        assertEquals(1, again.reviewed().size());
    }

    @Test
    void rejectedProposalsAreKeptAsRejected() {
        String key = importReport("قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور.");
        ReviewDraft draft = draft(key);
        String proposal = draft.proposalKeys().get(0);
        draft.reject(proposal);
        assertEquals("Saved: 1 rejected", reviewer.apply(draft));
        assertEquals(Status.REJECTED, workspace.incident(proposal).orElseThrow().status());
    }

    @Test
    void mergedProposalsBecomeOneIncidentCitingBothSentences() {
        String key = importReport("قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور. "
                + "وفي سياق متصل، استهدفت القوات الأمريكية بالمدفعية قرية مراط، ما أدى إلى إصابة ثلاثة مدنيين.");
        ReviewDraft draft = draft(key);
        assertEquals(2, draft.proposalKeys().size(), "one proposal per sentence");
        String first = draft.proposalKeys().get(0);
        String second = draft.proposalKeys().get(1);
        draft.merge(first, second);
        assertEquals(List.of(first), draft.proposalKeys());
        draft.accept(first);
        reviewer.apply(draft);

        assertTrue(workspace.incident(second).isEmpty(), "the merged-in proposal is gone");
        Incident merged = workspace.incident(first).orElseThrow();
        assertEquals(2, merged.evidence().size());
        Set<String> places = Set.copyOf(merged.places().stream().map(PlaceLink::placeKey).toList());
        assertTrue(places.containsAll(Set.of("khasham", "marrat")), "places: " + places);
        assertEquals(3, merged.injured().best());
    }

    @Test
    void aProposalLikeAReviewedIncidentIsOfferedAsAnotherSourceForIt() {
        String key = importReport("قصفت القوات الأمريكية من قاعدتها في حقل كونيكو مواقع الميليشيات في المريعية أمس.");
        ReviewDraft draft = draft(key);
        String proposal = draft.proposalKeys().get(0);
        List<String> similar = draft.proposal(proposal).similar().stream().map(Incident::key).toList();
        assertTrue(similar.contains("seed-2024-11-strikes-militia-positions"), "similar: " + similar);
        int before = workspace.filter(IncidentFilter.ALL).count();

        draft.addAsSource(proposal, "seed-2024-11-strikes-militia-positions");
        assertEquals("Saved: 1 added as another source", reviewer.apply(draft));

        Incident existing = workspace.incident("seed-2024-11-strikes-militia-positions").orElseThrow();
        assertTrue(existing.evidence().stream().anyMatch(e -> e.sourceKey().equals(key)), "the new report is cited");
        assertTrue(existing.evidence().stream().anyMatch(e -> !e.sourceKey().equals(key)), "the old source still is");
        assertTrue(workspace.incident(proposal).isEmpty());
        assertEquals(before - 1, workspace.filter(IncidentFilter.ALL).count(), "no new incident, one proposal fewer");
    }

    @Test
    void onlyIncidentsOfferedAsLookAlikesCanTakeTheProposalAsASource() {
        String key = importReport("قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور.");
        ReviewDraft draft = draft(key);
        assertThrows(IllegalArgumentException.class,
                () -> draft.addAsSource(draft.proposalKeys().get(0), "seed-2024-11-militias-relocate"));
    }

    @Test
    void aPlacePickedOnTheMapJoinsTheGazetteerWithItsSource() {
        String key = importReport("قصفت القوات الأمريكية أمس قرية الزر بريف دير الزور الشرقي.");
        ReviewDraft draft = draft(key);
        String proposal = draft.proposalKeys().get(0);
        List<UnknownPlace> unknown = draft.proposal(proposal).unknownPlaces();
        assertEquals(1, unknown.size(), "unknown: " + unknown);
        assertEquals("الزر", unknown.get(0).name());

        Place added = draft.addPlace(proposal, unknown.get(0).name(), "Al-Zir", PlaceKind.VILLAGE, 40.35, 35.11, GeoPrecision.APPROXIMATE);
        draft.accept(proposal);
        assertEquals("Saved: 1 accepted, 1 place added to the gazetteer", reviewer.apply(draft));

        Place stored = workspace.place(added.key()).orElseThrow();
        assertEquals("الزر", stored.nameAr());
        assertEquals(GeoPrecision.APPROXIMATE, stored.precision());
        assertTrue(stored.source().contains("analyst"), stored.source());
        assertEquals(key, stored.sourceRef());
        assertEquals(List.of(added.key()), workspace.incident(proposal).orElseThrow().places().stream().map(PlaceLink::placeKey).toList(),
                "the picked place replaces the region it stood for");
        var next = workspace.importer().importReport("next.txt",
                "استهدفت طائرة مسيرة أمس منزلاً في الزر شرق دير الزور.".getBytes(StandardCharsets.UTF_8), NOV_20, false);
        assertTrue(next.proposed().get(0).places().stream().anyMatch(l -> l.placeKey().equals(added.key())),
                "the extractor knows the new place at once");
    }

    @Test
    void aReviewThatCannotBeSavedChangesNothing() {
        String key = importReport("قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور.");
        ReviewDraft first = draft(key);
        ReviewDraft second = draft(key);
        String proposal = first.proposalKeys().get(0);
        first.reject(proposal);
        reviewer.apply(first);
        int places = workspace.places().size();

        second.addPlace(proposal, "قرية جديدة", "New village", PlaceKind.VILLAGE, 40.3, 35.2, GeoPrecision.APPROXIMATE);
        second.accept(proposal);
        RuntimeException e = assertThrows(RuntimeException.class, () -> reviewer.apply(second));
        assertTrue(e.getMessage().contains("already been reviewed"), e.getMessage());
        assertEquals(Status.REJECTED, workspace.incident(proposal).orElseThrow().status());
        assertEquals(places, workspace.places().size(), "the place the failed review picked was not added");
    }

    @Test
    void anAmbiguousPlaceKeepsItsAlternatives() {
        String key = importReport("قصفت القوات الأمريكية أمس بلدة الصالحية قرب البوكمال.");
        ReviewDraft draft = draft(key);
        PlaceChoice choice = draft.proposal(draft.proposalKeys().get(0)).placeChoices().stream()
                .filter(PlaceChoice::ambiguous).findFirst().orElseThrow();
        assertEquals("salihiyah_abukamal", choice.placeKey(), "Albu Kamal nearby decides");
        assertTrue(choice.alternatives().contains("salihiyah_dez"));
        assertFalse(choice.confidence() >= 1.0);
    }

    @Test
    void aSharedNameNothingDecidesIsLeftForTheAnalystToChoose() {
        String key = importReport("قصفت القوات الأمريكية أمس قرية الصالحية، ما أدى إلى مقتل مدني.");
        ReviewDraft draft = draft(key);
        String proposal = draft.proposalKeys().get(0);
        PlaceChoice choice = draft.proposal(proposal).placeChoices().stream().filter(PlaceChoice::unresolved).findFirst().orElseThrow();
        assertEquals(Set.of("salihiyah_dez", "salihiyah_abukamal"), Set.copyOf(choice.alternatives()));
        assertEquals("الصالحية", choice.words());
        assertTrue(draft.draft(proposal).places().isEmpty(), "no guess is linked: " + draft.draft(proposal).places());
        ReportReview review = reviewer.open(key);
        assertTrue(review.findings().stream().anyMatch(f -> f.kind() == Finding.Kind.PLACE && f.label().startsWith("one of 2 places")),
                "the highlighted words say they are undecided");
        // The analyst chooses; the incident is then at that place.
        draft.linkPlace(proposal, "salihiyah_abukamal", GeoPrecision.EXACT);
        draft.accept(proposal);
        reviewer.apply(draft);
        assertEquals(List.of("salihiyah_abukamal"), workspace.incident(proposal).orElseThrow().places().stream().map(PlaceLink::placeKey).toList());
    }

    @Test
    void theSeedReportOpensWithItsCodedIncidentsAndEveryPlaceHighlighted() {
        ReportReview review = reviewer.open("000_0ae79604f75c76f4");
        assertEquals(6, review.reviewed().size(), "the six hand-coded incidents");
        Set<String> places = new java.util.TreeSet<>();
        for (Finding f : review.findings()) if (f.kind() == Finding.Kind.PLACE) places.add(review.source().text().substring(f.start(), f.end()));
        assertTrue(places.size() >= 13, "places highlighted: " + places);
        assertTrue(review.findings().stream().anyMatch(f -> f.kind() == Finding.Kind.OUTSIDE_MAP));
        for (ProposalReview p : review.proposals()) {
            assertFalse(p.saved(), "the seed has no stored proposals");
            for (Incident coded : review.reviewed()) {
                Evidence e = coded.evidence().get(0);
                Evidence s = p.proposal().evidence().get(0);
                assertFalse(e.start() < s.end() && e.end() > s.start(), "a sentence already coded is not proposed again");
            }
        }
    }

    @Test
    void aSentenceNoIncidentCitesIsProposedAgainAndStoredOnlyWhenDecided() {
        String key = importReport("قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور. "
                + "وفي سياق متصل، استهدفت القوات الأمريكية بالمدفعية قرية مراط.");
        ReviewDraft first = draft(key);
        String dropped = first.proposalKeys().get(1);
        first.merge(first.proposalKeys().get(0), dropped);
        first.accept(first.proposalKeys().get(0));
        reviewer.apply(first);
        assertEquals(0, reviewer.open(key).proposals().size(), "both sentences are cited by the merged incident");

        String other = importReport("استهدفت طائرة مسيرة أمس سيارة في بلدة الشحيل. ويرى مراقبون أن التصعيد قد يتواصل.");
        ReviewDraft second = draft(other);
        String proposal = second.proposalKeys().get(0);
        second.reject(proposal);
        reviewer.apply(second);
        ReportReview reopened = reviewer.open(other);
        assertEquals(List.of(), reopened.proposals());
        assertEquals(1, reopened.reviewed().size());
    }

    @Test
    void aFreshProposalIsStoredWhenTheAnalystAcceptsIt() {
        String seed = "000_0ae79604f75c76f4";
        ReviewDraft draft = draft(seed);
        assertFalse(draft.proposalKeys().isEmpty(), "the seed has a sentence the hand coding left out");
        String fresh = draft.proposalKeys().get(0);
        assertTrue(workspace.incident(fresh).isEmpty(), "not stored before the analyst decides");
        draft.accept(fresh);
        reviewer.apply(draft);
        Incident stored = workspace.incident(fresh).orElseThrow();
        assertEquals(Status.VERIFIED, stored.status());
        assertEquals(seed, stored.evidence().get(0).sourceKey());
        assertEquals(7, reviewer.open(seed).reviewed().size());
    }

    @Test
    void theReportsWaitingForReviewAreListedNewestFirstUntilReviewed() {
        String first = importReport("قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور.");
        String second = importReport("استهدفت طائرة مسيرة أمس سيارة في بلدة الشحيل.");
        assertEquals(List.of(second, first), workspace.reportsToReview(10).stream().map(PendingReport::sourceKey).toList());
        assertEquals(List.of(second), workspace.reportsToReview(1).stream().map(PendingReport::sourceKey).toList());

        ReviewDraft draft = draft(second);
        draft.proposalKeys().forEach(draft::reject);
        reviewer.apply(draft);
        assertEquals(List.of(first), workspace.reportsToReview(10).stream().map(PendingReport::sourceKey).toList());
    }

    @Test
    void twoProposalsFiledUnderOneIncidentAreBothCited() {
        String key = importReport("قصفت القوات الأمريكية من قاعدتها في حقل كونيكو مواقع الميليشيات في المريعية أمس. "
                + "وفي سياق متصل، استهدفت القوات الأمريكية بالمدفعية مواقع الميليشيات في الجفرة.");
        ReviewDraft draft = draft(key);
        assertEquals(2, draft.proposalKeys().size());
        String target = "seed-2024-11-strikes-militia-positions";
        for (String proposal : draft.proposalKeys()) draft.addAsSource(proposal, target);
        assertEquals("Saved: 2 added as another source", reviewer.apply(draft));
        long cited = workspace.incident(target).orElseThrow().evidence().stream().filter(e -> e.sourceKey().equals(key)).count();
        assertEquals(2, cited, "each sentence filed under the incident is cited");
    }

    @Test
    void aFreshProposalDecidedInOneReviewCannotBeOverwrittenByAnother() {
        String seed = "000_0ae79604f75c76f4";
        ReviewDraft first = draft(seed);
        ReviewDraft second = draft(seed);
        String fresh = first.proposalKeys().get(0);
        first.accept(fresh);
        reviewer.apply(first);

        second.reject(fresh);
        RuntimeException e = assertThrows(RuntimeException.class, () -> reviewer.apply(second));
        assertTrue(e.getMessage().contains("another review"), e.getMessage());
        assertEquals(Status.VERIFIED, workspace.incident(fresh).orElseThrow().status(), "the first review's decision stands");
    }

    @Test
    void aPlaceKeyTakenSinceThePickGoesToTheNextFreeKey() {
        String one = importReport("قصفت القوات الأمريكية أمس قرية الزر بريف دير الزور الشرقي.");
        String two = importReport("استهدفت طائرة مسيرة أمس سيارة في قرية الزر شرق دير الزور.");
        ReviewDraft first = draft(one);
        ReviewDraft second = draft(two);
        for (ReviewDraft d : List.of(first, second)) {
            String proposal = d.proposalKeys().get(0);
            d.addPlace(proposal, "الزر", "Al-Zir", PlaceKind.VILLAGE, 40.35, 35.11, GeoPrecision.APPROXIMATE);
            d.accept(proposal);
        }
        reviewer.apply(first);
        reviewer.apply(second);
        assertTrue(workspace.place("al_zir").isPresent());
        assertTrue(workspace.place("al_zir_2").isPresent());
        List<String> linked = workspace.incident(second.proposalKeys().get(0)).orElseThrow().places().stream()
                .map(PlaceLink::placeKey).toList();
        assertTrue(linked.contains("al_zir_2") && !linked.contains("al_zir"), "the incident follows its place's new key: " + linked);
    }

    @Test
    void aVillagePickedOnceServesEveryProposalThatNamesIt() {
        String key = importReport("قصفت القوات الأمريكية أمس قرية الزر في ريف دير الزور الشرقي. "
                + "وفي سياق متصل، استهدفت طائرة مسيرة سيارة في قرية الزر، ما أدى إلى مقتل مدني.");
        ReviewDraft draft = draft(key);
        assertEquals(2, draft.proposalKeys().size());
        String first = draft.proposalKeys().get(0), second = draft.proposalKeys().get(1);
        Place zir = draft.addPlace(first, "الزر", "Al-Zir", PlaceKind.VILLAGE, 40.35, 35.11, GeoPrecision.APPROXIMATE);
        draft.linkPlace(second, zir.key(), zir.precision());
        draft.accept(first);
        draft.accept(second);
        reviewer.apply(draft);
        assertEquals(1, draft.newPlaces().size(), "one village, one gazetteer entry");
        for (String proposal : List.of(first, second)) {
            assertTrue(workspace.incident(proposal).orElseThrow().places().stream().anyMatch(l -> l.placeKey().equals(zir.key())));
        }
    }

    @Test
    void aReportWithoutPublicationDateIsReadAgainstTheDayItsOpeningStates() {
        Importer.Metadata unknown = new Importer.Metadata(null, "Test outlet", null, "ar");
        Importer.Outcome outcome = workspace.importer().importReport("stated.txt",
                "نشر المركز الإعلامي، الأربعاء السابع من أيار 2025، خبراً.\nقصفت القوات الأمريكية أمس قرية خشام بريف دير الزور."
                        .getBytes(StandardCharsets.UTF_8), unknown, false);
        assertEquals("imported", outcome.status(), outcome.message());
        var source = workspace.source(outcome.sourceKey()).orElseThrow();
        assertEquals(java.time.LocalDate.of(2025, 5, 7), source.published());
        assertTrue(source.publishedNote().contains("2025-05-07"), source.publishedNote());
        Incident proposed = draft(outcome.sourceKey()).draft(outcome.proposed().get(0).key());
        assertEquals(java.time.LocalDate.of(2025, 5, 6), proposed.dates().start(), "«أمس» is the day before the stated day");
    }

    @Test
    void aReportWithoutPublicationDateOrDateWordSaysSoAndItsProposalIsSavedAtWeekPrecision() {
        Importer.Metadata unknown = new Importer.Metadata(null, "Test outlet", null, "ar");
        Importer.Outcome outcome = workspace.importer().importReport("undated.txt",
                "قصفت القوات الأمريكية قرية خشام بريف دير الزور.".getBytes(StandardCharsets.UTF_8), unknown, false);
        assertEquals("imported", outcome.status(), outcome.message());
        var source = workspace.source(outcome.sourceKey()).orElseThrow();
        assertTrue(source.publishedNote().startsWith("Publication date not given"), source.publishedNote());
        assertTrue(source.publishedNote().contains("on or before"), source.publishedNote());

        ReviewDraft draft = draft(outcome.sourceKey());
        String proposal = draft.proposalKeys().get(0);
        Incident proposed = draft.draft(proposal);
        assertEquals(org.furat.model.TimePrecision.WEEK, proposed.timePrecision(), "no day is claimed");
        assertEquals(source.published(), proposed.dates().end(), "on or before the day the report was read in");
        assertEquals(7, proposed.dates().days());
        draft.accept(proposal);

        assertEquals("Saved: 1 accepted", reviewer.apply(draft));
        Incident saved = workspace.incident(proposal).orElseThrow();
        assertEquals(proposed.dates(), saved.dates());
        assertEquals(org.furat.model.TimePrecision.WEEK, saved.timePrecision());
    }
}
