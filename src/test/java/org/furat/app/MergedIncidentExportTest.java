package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.furat.model.Evidence;
import org.furat.model.Incident;
import org.furat.model.IncidentFilter;
import org.furat.model.Place;
import org.furat.model.Source;
import org.furat.text.CsvRecords;
import org.junit.jupiter.api.Test;

/**
 * An incident that cites several sources, or several sentences of one, exports all of them: every source's title,
 * outlet and URL, and every quoted span, each field joined in the same order (it exported only the first).
 */
class MergedIncidentExportTest extends WithTempWorkspace {

    private static final String SEED = "seed-2024-11-strikes-militia-positions";


    private String importReport(String text, String url) {
        var metadata = new Importer.Metadata(LocalDate.of(2024, 11, 20), "Second outlet", url, "ar");
        var outcome = workspace.importer().importReport("second.txt", text.getBytes(StandardCharsets.UTF_8), metadata, false);
        assertEquals("imported", outcome.status(), outcome.message());
        return outcome.sourceKey();
    }

    private List<CsvRecords.Record> exportedRows(String incident) throws Exception {
        Path file = dir.resolve("incidents.csv");
        new Exporter(workspace).export(workspace.filter(IncidentFilter.ALL), Exporter.What.INCIDENTS, "csv", file,
                true, false, (w, t) -> {}, () -> false, recovered -> {});
        var table = CsvRecords.parse(Files.readString(file), file.toString());
        return table.records().stream().filter(r -> incident.equals(r.fields().get("incident"))).toList();
    }

    @Test
    void anIncidentGivenAnotherReportAsASourceExportsBothSources() throws Exception {
        String added = importReport("قصفت القوات الأمريكية من قاعدتها في حقل كونيكو مواقع الميليشيات في المريعية أمس.",
                "https://example.org/second");
        var reviewer = workspace.reviewer();
        var draft = new ReviewDraft(reviewer.open(added), workspace.places().stream().map(Place::key).toList());
        draft.addAsSource(draft.proposalKeys().get(0), SEED);
        reviewer.apply(draft);

        Incident merged = workspace.incident(SEED).orElseThrow();
        List<String> sourceKeys = merged.evidence().stream().map(Evidence::sourceKey).distinct().toList();
        assertEquals(2, sourceKeys.size(), "the incident cites its first source and the added report");
        List<Source> sources = sourceKeys.stream().map(k -> workspace.source(k).orElseThrow()).toList();

        List<CsvRecords.Record> rows = exportedRows(SEED);
        assertFalse(rows.isEmpty(), "the incident is exported");
        for (CsvRecords.Record row : rows) {
            var fields = row.fields();
            List<String> titles = List.of(fields.get("source").split(" \\| "));
            assertEquals(sources.stream().map(s -> s.title() == null ? s.key() : s.title()).toList(), titles,
                    "every source's title, in the order the incident cites them");
            List<String> outlets = List.of(fields.get("outlet").split(" \\| ", -1));
            assertEquals(sources.stream().map(s -> s.outlet() == null ? "n/a" : s.outlet()).toList(), outlets);
            List<String> urls = List.of(fields.get("url").split(" \\| ", -1));
            assertEquals(sources.stream().map(s -> s.url() == null ? "n/a" : s.url()).toList(), urls,
                    "the n-th URL belongs to the n-th source; one without says n/a");
            for (Evidence e : merged.evidence()) {
                String quote = e.quote(workspace.source(e.sourceKey()).orElseThrow().text());
                assertTrue(fields.get("evidence").contains(quote), "every span is exported: " + quote + " in " + fields.get("evidence"));
            }
        }
    }

    static List<String> formats() {
        return Exporter.formats();
    }

    /** Every format holds the joined fields and stays valid: GDAL reads it without a warning. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("formats")
    void everyFormatCarriesEverySourceAndGdalReadsIt(String format) throws Exception {
        org.furat.io.Gdal.require();
        String added = importReport("قصفت القوات الأمريكية من قاعدتها في حقل كونيكو مواقع الميليشيات في المريعية أمس.",
                "https://example.org/second");
        var reviewer = workspace.reviewer();
        var draft = new ReviewDraft(reviewer.open(added), workspace.places().stream().map(Place::key).toList());
        draft.addAsSource(draft.proposalKeys().get(0), SEED);
        reviewer.apply(draft);

        Path file = dir.resolve("merged-" + format + Exporter.extension(format));
        new Exporter(workspace).export(workspace.filter(IncidentFilter.ALL), Exporter.What.INCIDENTS, format, file,
                false, false, (w, t) -> {}, () -> false, recovered -> {});
        Incident merged = workspace.incident(SEED).orElseThrow();
        String quotes = String.join(" | ", merged.evidence().stream()
                .map(e -> e.quote(workspace.source(e.sourceKey()).orElseThrow().text())).toList());
        List<String> options = "csv".equals(format) ? List.of("-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat") : List.of();
        var features = org.furat.io.Gdal.readAsGeoJson(file, options).path("features");
        int seen = 0;
        for (var f : features) {
            var props = f.path("properties");
            if (!SEED.equals(props.path("incident").textValue())) continue;
            seen++;
            assertTrue(props.path("url").textValue().endsWith(" | https://example.org/second"), format + ": " + props.path("url"));
            assertTrue(props.path("outlet").textValue().endsWith(" | Second outlet"), format + ": " + props.path("outlet"));
            // A shapefile's DBF field holds 254 bytes, so there the joined quotes are cut (on a character boundary).
            String evidence = props.path("evidence").textValue();
            if ("shp".equals(format)) assertTrue(quotes.startsWith(evidence) && evidence.length() > 20, evidence);
            else assertEquals(quotes, evidence, format);
        }
        assertTrue(seen > 0, "the incident is in the " + format + " file");
    }

    @Test
    void twoSentencesMergedIntoOneIncidentExportBothQuotesAndTheSourceOnce() throws Exception {
        String key = importReport("قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور. "
                + "وفي سياق متصل، استهدفت القوات الأمريكية بالمدفعية قرية مراط، ما أدى إلى إصابة ثلاثة مدنيين.", null);
        var reviewer = workspace.reviewer();
        var draft = new ReviewDraft(reviewer.open(key), workspace.places().stream().map(Place::key).toList());
        String first = draft.proposalKeys().get(0), second = draft.proposalKeys().get(1);
        draft.merge(first, second);
        draft.accept(first);
        reviewer.apply(draft);

        Incident merged = workspace.incident(first).orElseThrow();
        assertEquals(2, merged.evidence().size());
        String text = workspace.source(key).orElseThrow().text();
        for (CsvRecords.Record row : exportedRows(first)) {
            assertEquals("Second outlet", row.fields().get("outlet"), "one source, named once");
            assertEquals("", row.fields().get("url"), "a source without a URL leaves the field empty");
            assertEquals(merged.evidence().get(0).quote(text) + " | " + merged.evidence().get(1).quote(text),
                    row.fields().get("evidence"));
        }
    }
}
