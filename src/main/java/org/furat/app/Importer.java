package org.furat.app;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.furat.ingest.Extraction;
import org.furat.ingest.Extractor;
import org.furat.ingest.Language;
import org.furat.ingest.PlaceMention;
import org.furat.ingest.Proposal;
import org.furat.model.ActorRole;
import org.furat.model.Evidence;
import org.furat.model.GeoPrecision;
import org.furat.model.Incident;
import org.furat.model.IncidentActor;
import org.furat.model.PlaceLink;
import org.furat.model.PlaceRole;
import org.furat.model.Source;
import org.furat.model.Status;
import org.furat.model.TimePrecision;
import org.furat.store.ImportRepository;
import org.furat.store.SeedData;

/**
 * Takes news reports in: checks the bytes (empty, binary, not UTF-8, too large, neither Arabic nor English),
 * runs the extractor, and stores the report with its proposed incidents (status proposed) in one transaction.
 * A text report is stored exactly as received; of an HTML page the text is stored, its markup removed, because
 * the evidence spans point into that text. A report already in the database is recognised, not stored twice.
 */
public final class Importer {

    /** Larger files are refused: a news report is a few kilobytes. */
    public static final int MAX_BYTES = 50 * 1024 * 1024;

    /** What is known of a report besides its text; null fields are unknown. */
    public record Metadata(LocalDate published, String outlet, String url, String language) {}

    /** What became of one file. */
    public record Outcome(String name, String status, String message, String sourceKey, Extraction extraction,
                          List<Incident> proposed) {
        public boolean failed() { return "failed".equals(status); }
    }

    private final Workspace workspace;
    private final ImportRepository store;
    private volatile Extractor extractor;

    Importer(Workspace workspace, ImportRepository store) {
        this.workspace = workspace;
        this.store = store;
    }

    public Outcome importReport(String name, byte[] bytes, Metadata metadata, boolean dryRun) {
        String text;
        try {
            text = decode(name, bytes);
        } catch (IllegalArgumentException e) {
            return new Outcome(name, "failed", e.getMessage(), null, null, List.of());
        }
        if (Html.looksLikeHtml(name, text)) text = Html.toText(text);
        String language = metadata.language() != null ? metadata.language() : Language.detect(text);
        if (language == null) {
            return new Outcome(name, "failed", name + " is neither Arabic nor English text (or too short to tell); nothing was stored",
                    null, null, List.of());
        }
        String sha = SeedData.sha256(text);
        var existing = store.sourceWithText(sha);
        if (existing.isPresent()) {
            return new Outcome(name, "duplicate", name + " is already in the database as " + existing.get() + "; nothing was added",
                    existing.get(), null, List.of());
        }
        LocalDate published = metadata.published() != null ? metadata.published() : LocalDate.now();
        TimePrecision precision = TimePrecision.DAY;
        Extraction extraction = extractor().extract(text, published, precision);
        String key = "report-" + sha.substring(0, 12);
        Source source = new Source(key, metadata.outlet(), firstLine(text), metadata.url(), language, published, precision,
                metadata.published() != null ? null : "Publication date not given: taken as the day of import.", text, sha);
        List<Incident> proposed = new ArrayList<>();
        int n = 0;
        for (Proposal p : extraction.proposals()) proposed.add(incident(key + "-p" + (++n), key, p));
        if (!dryRun) {
            store.add(source, proposed);
            workspace.dataChanged();
        }
        return new Outcome(name, dryRun ? "dry-run" : "imported",
                (dryRun ? "Would add " : "Added ") + proposed.size() + " proposed incident(s) from " + name, key, extraction, proposed);
    }

    private static String decode(String name, byte[] bytes) {
        if (bytes.length == 0) throw new IllegalArgumentException(name + " is empty; nothing was stored");
        if (bytes.length > MAX_BYTES) throw new IllegalArgumentException(name + " is larger than 50 MB, too large to be a news report; nothing was stored");
        for (byte b : bytes) if (b == 0) throw new IllegalArgumentException(name + " is a binary file, not text; nothing was stored");
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(name + " is not valid UTF-8 text; nothing was stored");
        }
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    /**
     * A proposal as an incident to review: status proposed, its sentence as evidence. Its origins are where fire
     * came from, its other places targets, or only locations where the words name a region.
     */
    private static Incident incident(String key, String sourceKey, Proposal p) {
        Set<PlaceLink> links = new LinkedHashSet<>();
        for (PlaceMention m : p.places()) {
            PlaceRole role = p.origins().contains(m) ? PlaceRole.ORIGIN : PlaceRole.TARGET;
            GeoPrecision precision = isRegion(m) ? GeoPrecision.REGION : GeoPrecision.EXACT;
            if (m.groupKey() != null) m.candidates().forEach(k -> links.add(new PlaceLink(k, role, precision)));
            else if (m.chosen() != null) {
                links.add(new PlaceLink(m.chosen(), isRegion(m) && role != PlaceRole.ORIGIN ? PlaceRole.LOCATION : role, precision));
            }
        }
        if (links.isEmpty() && p.fallbackPlace() != null && p.fallbackPlace().chosen() != null) {
            links.add(new PlaceLink(p.fallbackPlace().chosen(), PlaceRole.LOCATION, GeoPrecision.REGION));
        }
        List<IncidentActor> actors = new ArrayList<>();
        if (p.actor1() != null) actors.add(new IncidentActor(p.actor1().actorKey(), ActorRole.ACTOR1));
        if (p.actor2() != null) actors.add(new IncidentActor(p.actor2().actorKey(), ActorRole.ACTOR2));
        return new Incident(key, p.dates(), p.timePrecision(), p.type(), actors, p.killed(), p.injured(), null, null,
                Status.PROPOSED, new ArrayList<>(links),
                List.of(new Evidence(sourceKey, p.evidence().start(), p.evidence().end(), List.of("type", "date", "places", "actors", "casualties"))),
                "Proposed by the extractor; to be reviewed.");
    }

    /** "ريف دير الزور", "محافظة دير الزور", "the Deir ez-Zor countryside": only the region is known. */
    private static boolean isRegion(PlaceMention m) {
        String words = m.span().text();
        return words.startsWith("ريف") || words.startsWith("محافظة") || words.contains("countryside") || words.contains("province");
    }

    private Extractor extractor() {
        Extractor current = extractor;
        if (current == null) {
            current = new Extractor(workspace.places(), workspace.groups(), workspace.actors());
            extractor = current;
        }
        return current;
    }
}
