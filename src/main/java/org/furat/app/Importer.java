package org.furat.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.furat.ingest.Extraction;
import org.furat.ingest.Language;
import org.furat.ingest.Proposal;
import org.furat.model.Incident;
import org.furat.model.Source;
import org.furat.model.TimePrecision;
import org.furat.store.ImportRepository;
import org.furat.store.SeedData;

/**
 * Takes news reports in: checks the bytes (empty, binary, not UTF-8, too large, neither Arabic nor English),
 * runs the extractor, and stores the report with its proposed incidents (status proposed) and the extractor's reading
 * of it (every finding, the alternatives behind each proposal, the extractor's version: see {@link Reading}) in one
 * transaction.
 * A text report is stored exactly as received. Of an HTML page the text, its markup removed, is what the
 * evidence spans point into, and the page itself is stored beside it exactly as received. A report whose text
 * is already in the database (the same file again, or the same page) is recognised, not stored twice.
 */
public final class Importer {

    /** Larger files are refused: a news report is a few kilobytes. */
    public static final int MAX_BYTES = ReportFiles.MAX_BYTES;

    /**
     * Longer texts are refused: about a thousand pages, hundreds of times a long news report. Import takes time
     * in proportion to the text (about 1.2 s per million characters, with a proposal per few hundred
     * characters of a dense report), and the whole of it is one transaction and one review; a longer document
     * is better split into its reports.
     */
    public static final int MAX_CHARS = 2_000_000;

    /** What is known of a report besides its text; null fields are unknown. */
    public record Metadata(LocalDate published, String outlet, String url, String language) {}

    /**
     * What became of one file. {@code statedDay} is the day a report imported without a publication date was read
     * against because its opening states it, null when the date was given or the report states none.
     */
    public record Outcome(String name, String status, String message, String sourceKey, Extraction extraction,
                          List<Incident> proposed, LocalDate statedDay) {
        public Outcome(String name, String status, String message, String sourceKey, Extraction extraction, List<Incident> proposed) {
            this(name, status, message, sourceKey, extraction, proposed, null);
        }

        public boolean failed() { return "failed".equals(status); }
    }

    private final Workspace workspace;
    private final ImportRepository store;

    Importer(Workspace workspace, ImportRepository store) {
        this.workspace = workspace;
        this.store = store;
    }

    public Outcome importReport(String name, byte[] bytes, Metadata metadata, boolean dryRun) {
        return read(name, bytes, metadata, true, dryRun);
    }

    /**
     * What importing the report would propose, stored nowhere: the path {@code importReport(..., dryRun: true)}
     * takes, except that a report already in the database is read again rather than reported as a duplicate
     * (measuring the extractor on reports an analyst has imported must not depend on which they imported).
     */
    public Outcome preview(String name, byte[] bytes, Metadata metadata) {
        return read(name, bytes, metadata, false, true);
    }

    private Outcome read(String name, byte[] bytes, Metadata metadata, boolean checkDuplicate, boolean dryRun) {
        String received;
        try {
            received = ReportText.decode(name, bytes);
        } catch (IllegalArgumentException e) {
            return new Outcome(name, "failed", e.getMessage(), null, null, List.of());
        }
        String text = Html.looksLikeHtml(name, received) ? Html.toText(received) : received;
        // A saved page's header (URL, DATE, LANG lines) says what the importer was not told; the report follows it.
        Optional<ReportHeader> header = ReportHeader.of(text);
        if (header.isPresent()) {
            text = header.get().body();
            metadata = header.get().filling(metadata);
        }
        if (text.length() > MAX_CHARS) {
            return new Outcome(name, "failed", String.format("%s has %,d characters of text, more than the %,d characters a report may have "
                    + "(about a thousand pages); split it into smaller files; nothing was stored", name, text.length(), MAX_CHARS),
                    null, null, List.of());
        }
        String language = metadata.language() != null ? metadata.language() : Language.detect(text);
        if (language == null) {
            return new Outcome(name, "failed", name + " is neither Arabic nor English text (or too short to tell); nothing was stored",
                    null, null, List.of());
        }
        String sha = SeedData.sha256(text);
        if (checkDuplicate) {
            var existing = store.existingSource(sha, SeedData.sha256(received));
            if (existing.isPresent()) return duplicate(name, existing.get());
        }
        TimePrecision precision = TimePrecision.DAY;
        Workspace.ExtractorInUse extractor = workspace.extractorInUse();
        LocalDate today = LocalDate.now();
        // A page without a publication date often states its day in its opening lines; failing that, the dates
        // are read against the day of import.
        LocalDate stated = metadata.published() != null ? null : extractor.extractor().statedDay(text, today).orElse(null);
        LocalDate published = metadata.published() != null ? metadata.published() : stated != null ? stated : today;
        Extraction extraction = extractor.extractor().extract(text, published, precision,
                metadata.published() != null || stated != null);
        String key = "report-" + sha.substring(0, 12);
        Source source = new Source(key, metadata.outlet(), firstLine(text), metadata.url(), language, published, precision,
                metadata.published() != null ? null : stated != null ? statedPublication(stated) : unknownPublication(published),
                text, sha, received);
        List<Incident> proposed = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        int n = 0;
        IncidentDescriptions descriptions = workspace.descriptions();
        for (Proposal p : extraction.proposals()) {
            keys.add(key + "-p" + (++n));
            proposed.add(descriptions.describe(ProposedIncidents.of(keys.get(keys.size() - 1), key, p)));
        }
        if (!dryRun) {
            // The reading is kept with the report, so review shows what these proposals came from.
            Reading reading = new Reading(extraction, keys, List.of(), extractor.version(), Reading.now());
            // Everything above (decoding, HTML, extraction, hashing) is done; the write lock is held only for this.
            Optional<String> stored = store.add(source, proposed, Reviewer.stored(reading, text));
            if (stored.isPresent()) return duplicate(name, stored.get());
            workspace.incidentsChanged(new long[0], keys);
        }
        return new Outcome(name, dryRun ? "dry-run" : "imported",
                (dryRun ? "Would add " : "Added ") + proposed.size() + " proposed incident(s) from " + name, key, extraction, proposed,
                stated);
    }

    /** Another import stored the same report, before this one started or while it ran. */
    private static Outcome duplicate(String name, String key) {
        return new Outcome(name, "duplicate", name + " is already in the database as " + key + "; nothing was added",
                key, null, List.of());
    }

    /** Whether a report's publication date is only the day it was imported ({@link #unknownPublication}). */
    static boolean publicationUnknown(Source source) {
        return source.published() == null || source.publishedNote() != null
                && source.publishedNote().startsWith(UNKNOWN_PUBLICATION);
    }

    private static final String UNKNOWN_PUBLICATION = "Publication date not given: dates were read against the day of import";

    /**
     * The note a report without a publication date carries, shown with it in review: its dates were read against
     * the day of import, which is a bound (published on or before it), not a publication day.
     */
    static String unknownPublication(LocalDate importDay) {
        return UNKNOWN_PUBLICATION + " (" + importDay
                + "); the report was published on or before it. Check every proposed date.";
    }

    /** The note a report without a publication date carries when its opening states a day. */
    static String statedPublication(LocalDate stated) {
        return "Publication date not given: dates were read against " + stated
                + ", the latest whole date the report's opening states. Check every proposed date.";
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

}
