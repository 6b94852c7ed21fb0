package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.furat.model.Evidence;
import org.furat.model.GeoPrecision;
import org.furat.model.IncidentFilter;
import org.furat.model.PlaceLink;
import org.furat.model.PlaceRole;
import org.furat.model.Source;
import org.furat.model.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports in: proposals stored for review, duplicates recognised, bad files refused with nothing stored. */
class ImporterTest {

    private static final Importer.Metadata NOV_20 = new Importer.Metadata(LocalDate.of(2024, 11, 20), "Test outlet", null, null);
    private static final String REPORT = "قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور، ما أدى إلى مقتل مدنيين اثنين وإصابة خمسة آخرين.";

    @TempDir
    Path dir;
    private Workspace workspace;
    private Importer importer;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("db.gpkg"));
        importer = workspace.importer();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aReportBecomesProposedIncidentsOnTheMap() {
        Importer.Outcome outcome = importer.importReport("report.txt", bytes(REPORT), NOV_20, false);
        assertEquals("imported", outcome.status(), outcome.message());
        assertEquals(1, outcome.proposed().size());
        var incidents = workspace.incidents(IncidentFilter.ALL.withStatuses(java.util.Set.of(Status.PROPOSED)));
        assertEquals(1, incidents.size());
        var incident = incidents.get(0);
        assertEquals(LocalDate.of(2024, 11, 19), incident.dates().start(), "أمس is the day before publication");
        assertEquals(2, incident.killed().best());
        assertEquals(5, incident.injured().best());
        assertTrue(incident.places().stream().anyMatch(l -> l.placeKey().equals("khasham")));
        String stored = workspace.source(incident.evidence().get(0).sourceKey()).orElseThrow().text();
        assertEquals(REPORT, stored, "the text is stored exactly as received");
        assertTrue(workspace.placeSummaries(IncidentFilter.ALL).stream().anyMatch(s -> s.place().key().equals("khasham")));
    }

    @Test
    void aSavedPagesHeaderGivesItsAddressDayAndLanguageAndTheReportFollowsIt() {
        String saved = "URL: https://example.org/khasham\nDATE: 2017-06-21\nLANG: ar\n\n" + REPORT;
        Importer.Metadata told = new Importer.Metadata(null, "Test outlet", null, null);
        Importer.Outcome outcome = importer.importReport("saved.txt", bytes(saved), told, false);
        assertEquals("imported", outcome.status(), outcome.message());
        var source = workspace.source(outcome.sourceKey()).orElseThrow();
        assertEquals(REPORT, source.text(), "the report is what follows the header");
        assertEquals(LocalDate.of(2017, 6, 21), source.published());
        assertEquals("https://example.org/khasham", source.url());
        assertEquals(LocalDate.of(2017, 6, 20), outcome.proposed().get(0).dates().start(), "أمس read against the header's day");
        assertEquals(REPORT.substring(0, 20), source.title().substring(0, 20), "the title is the report's first line, not the header's");

        Importer.Outcome dayGiven = importer.preview("saved.txt", bytes(saved), NOV_20);
        assertEquals(LocalDate.of(2024, 11, 19), dayGiven.proposed().get(0).dates().start(), "a day the importer is told wins");

        String notAHeader = "Source: local activists\n\n" + REPORT;
        Importer.Outcome whole = importer.importReport("other.txt", bytes(notAHeader), NOV_20, false);
        assertEquals(notAHeader, workspace.source(whole.sourceKey()).orElseThrow().text(), "lines the importer does not know stay text");
    }

    @Test
    void whereTheFireCameFromIsTheOriginAndAFollowUpSentenceNoSecondIncident() {
        String report = "سقطت عدة قذائف على بلدة خشام صباح اليوم دون أن تسفر عن إصابات. "
                + "وأفاد مراسلنا أن القصف مصدره مواقع في مدينة دير الزور.";
        Importer.Outcome outcome = importer.importReport("origin.txt", bytes(report), NOV_20, true);
        assertEquals(1, outcome.proposed().size(), outcome.message());
        var links = outcome.proposed().get(0).places();
        assertTrue(links.contains(new PlaceLink("khasham", PlaceRole.TARGET, GeoPrecision.EXACT)), links.toString());
        assertTrue(links.contains(new PlaceLink("deir_ez_zor", PlaceRole.ORIGIN, GeoPrecision.EXACT)), links.toString());
        assertEquals(report, report.substring(outcome.proposed().get(0).evidence().get(0).start(),
                outcome.proposed().get(0).evidence().get(0).end()), "the evidence covers both sentences");
    }

    @Test
    void theSameReportTwiceIsRecognisedNotDuplicated() {
        importer.importReport("a.txt", bytes(REPORT), NOV_20, false);
        int before = workspace.filter(IncidentFilter.ALL).count();
        Importer.Outcome again = importer.importReport("b.txt", bytes(REPORT), NOV_20, false);
        assertEquals("duplicate", again.status());
        assertEquals(before, workspace.filter(IncidentFilter.ALL).count());
    }

    @Test
    void aDryRunStoresNothing() {
        int before = workspace.filter(IncidentFilter.ALL).count();
        Importer.Outcome outcome = importer.importReport("report.txt", bytes(REPORT), NOV_20, true);
        assertEquals(1, outcome.proposed().size());
        assertEquals(before, workspace.filter(IncidentFilter.ALL).count());
    }

    @Test
    void aPreviewProposesWhatADryRunDoesAlsoForAReportAlreadyImportedAndStoresNothing() {
        Importer.Outcome dryRun = importer.importReport("report.txt", bytes(REPORT), NOV_20, true);
        importer.importReport("a.txt", bytes(REPORT), NOV_20, false);
        int before = workspace.filter(IncidentFilter.ALL).count();

        Importer.Outcome preview = importer.preview("b.txt", bytes(REPORT), NOV_20);

        assertEquals("dry-run", preview.status(), "read again, not reported as a duplicate");
        assertEquals(dryRun.proposed(), preview.proposed(), "the same proposals as a dry run");
        assertEquals(before, workspace.filter(IncidentFilter.ALL).count());
        assertEquals("failed", importer.preview("empty.txt", new byte[0], NOV_20).status());
    }

    @Test
    void badFilesAreRefusedWithAClearMessageAndNothingStored() {
        int before = workspace.filter(IncidentFilter.ALL).count();
        byte[] big = new byte[Importer.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        assertFailed(importer.importReport("empty.txt", new byte[0], NOV_20, false), "empty");
        assertFailed(importer.importReport("binary.txt", new byte[]{'a', 0, 1, 2, 'b'}, NOV_20, false), "binary");
        assertFailed(importer.importReport("latin1.txt", new byte[]{(byte) 0xE9, (byte) 0xE8, 'x'}, NOV_20, false), "UTF-8");
        assertFailed(importer.importReport("big.txt", big, NOV_20, false), "50 MB");
        assertFailed(importer.importReport("french.txt",
                bytes("Les forces américaines ont bombardé un village près de la ville, selon des sources locales."), NOV_20, false),
                "neither Arabic nor English");
        assertEquals(before, workspace.filter(IncidentFilter.ALL).count(), "nothing partial was stored");
        assertEquals("imported", importer.importReport("good.txt", bytes(REPORT), NOV_20, false).status(),
                "and a good report after them still imports");
    }

    @Test
    void htmlIsReadAsItsText() {
        String html = "<html><head><title>عنوان</title><style>p{}</style></head><body><h1>خبر &#1593;&#x627;&#1580;&#1604;</h1><p>"
                + REPORT + "</p><script>x()</script></body></html>";
        Importer.Outcome outcome = importer.importReport("page.html", bytes(html), NOV_20, true);
        assertEquals(1, outcome.proposed().size(), outcome.message());
        assertFalse(outcome.extraction().places().stream().anyMatch(p -> p.span().text().contains("<")));
        Importer.Outcome stored = importer.importReport("page.html", bytes(html), NOV_20, false);
        String text = workspace.source(stored.sourceKey()).orElseThrow().text();
        assertTrue(text.startsWith("خبر عاجل\n"), "the head is dropped and numeric entities decoded: " + text);
        assertFalse(text.contains("x()") || text.contains("عنوان"));
    }

    @Test
    void anHtmlPageIsKeptExactlyAsReceivedBesideItsText() {
        String html = "<!DOCTYPE html>\r\n<html dir=\"rtl\"><head><meta charset=\"utf-8\"><title>عنوان</title></head>\n"
                + "<body>  <p class=\"lead\">" + REPORT + "&nbsp;</p>\t<!-- تعليق -->\n</body></html>\n";
        byte[] received = bytes(html);
        Importer.Outcome outcome = importer.importReport("page.html", received, NOV_20, false);
        assertEquals("imported", outcome.status(), outcome.message());
        Source source = workspace.source(outcome.sourceKey()).orElseThrow();
        assertEquals(new String(received, StandardCharsets.UTF_8), source.received(), "the page, markup and all, byte for byte");
        assertEquals(REPORT, source.text(), "the text the evidence points into has no markup");
        Evidence evidence = outcome.proposed().get(0).evidence().get(0);
        assertEquals(REPORT, evidence.quote(source.text()));
    }

    @Test
    void aTextReportHasNothingStoredBesideItsText() {
        Importer.Outcome outcome = importer.importReport("report.txt", bytes(REPORT), NOV_20, false);
        Source source = workspace.source(outcome.sourceKey()).orElseThrow();
        assertEquals(REPORT, source.text());
        assertNull(source.received(), "received is kept only where it differs from the text");
    }

    @Test
    void theSamePageTwiceIsRecognisedHoweverItIsRead() {
        String page = "<p>" + REPORT + "</p>";
        Importer.Outcome first = importer.importReport("page.html", bytes(page), NOV_20, false);
        assertEquals("imported", first.status(), first.message());
        int before = workspace.filter(IncidentFilter.ALL).count();
        assertEquals("duplicate", importer.importReport("copy.html", bytes(page), NOV_20, false).status(), "the same page again");
        Importer.Outcome asText = importer.importReport("page.txt", bytes(page), NOV_20, false);
        assertEquals("duplicate", asText.status(), "the same page, this time read as plain text: " + asText.message());
        assertEquals(first.sourceKey(), asText.sourceKey());
        assertEquals(before, workspace.filter(IncidentFilter.ALL).count());
    }

    @Test
    void aPageFirstReadAsTextIsRecognisedWhenReadAsHtml() {
        String page = "<p>" + REPORT + "</p>";
        assertEquals("imported", importer.importReport("page.txt", bytes(page), NOV_20, false).status());
        assertEquals("duplicate", importer.importReport("page.html", bytes(page), NOV_20, false).status());
    }

    /** UTF-16 was called "a binary file": it is text, with or without its byte-order mark. */
    @Test
    void utf16ReportsImportLikeUtf8() {
        Importer.Outcome utf8 = importer.importReport("utf8.txt", bytes(REPORT), NOV_20, true);
        String[][] variants = {{"le.txt", "UTF-16LE", ""}, {"be.txt", "UTF-16BE", ""}, {"le-bom.txt", "UTF-16LE", "\uFEFF"},
                {"be-bom.txt", "UTF-16BE", "\uFEFF"}};
        for (String[] v : variants) {
            byte[] bytes = (v[2] + REPORT).getBytes(java.nio.charset.Charset.forName(v[1]));
            Importer.Outcome outcome = importer.importReport(v[0], bytes, NOV_20, true);
            assertEquals("dry-run", outcome.status(), outcome.message());
            assertEquals(utf8.proposed(), outcome.proposed(), v[0]);
        }
        assertEquals("imported", importer.importReport("le.txt", (REPORT).getBytes(StandardCharsets.UTF_16LE), NOV_20, false).status());
        assertEquals("duplicate", importer.importReport("utf8.txt", bytes(REPORT), NOV_20, false).status(),
                "the same text, whatever its encoding, is the same report");
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedWithNothingStored() {
        int before = workspace.filter(IncidentFilter.ALL).count();
        String longText = REPORT + "\n" + "و".repeat(Importer.MAX_CHARS);
        Importer.Outcome outcome = importer.importReport("long.txt", bytes(longText), NOV_20, false);
        assertFailed(outcome, "more than the 2,000,000 characters a report may have");
        assertTrue(outcome.message().startsWith("long.txt has 2,000,"), outcome.message());
        assertEquals(before, workspace.filter(IncidentFilter.ALL).count());
    }

    /** The quotes in the export layer and the search index are cut in Java now; they must be the evidence's words. */
    @Test
    void exportRowsAndSearchCarryTheEvidenceQuote() {
        String second = "وفي سياق متصل، استهدفت طائرة مسيرة سيارة في بلدة الصالحية بريف دير الزور الشرقي، ما أدى إلى مقتل شخص.";
        Importer.Outcome outcome = importer.importReport("two.txt", bytes(REPORT + "\n" + second), NOV_20, false);
        assertEquals("imported", outcome.status(), outcome.message());
        String text = workspace.source(outcome.sourceKey()).orElseThrow().text();
        for (var incident : outcome.proposed()) {
            String quote = incident.evidence().get(0).quote(text);
            var filter = IncidentFilter.ALL.withStatuses(java.util.Set.of(Status.PROPOSED));
            var found = workspace.incidents(filter.withText(quote.split(" ")[3]));
            assertTrue(found.stream().anyMatch(i -> i.key().equals(incident.key())), "search finds " + incident.key());
            java.util.List<String> quotes = new java.util.ArrayList<>();
            workspace.forEachLocationRow(workspace.filter(filter), () -> false, row -> {
                if (row.incident().equals(incident.key())) quotes.add(row.evidence());
            });
            assertFalse(quotes.isEmpty(), incident.key() + " has export rows");
            for (String q : quotes) assertEquals(quote, q);
        }
    }

    private static void assertFailed(Importer.Outcome outcome, String says) {
        assertTrue(outcome.failed(), outcome.status());
        assertTrue(outcome.message().contains(says), outcome.message());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
