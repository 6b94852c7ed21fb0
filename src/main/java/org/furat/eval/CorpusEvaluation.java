package org.furat.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.furat.app.Importer;
import org.furat.app.Workspace;
import org.furat.geo.AdminLookup;
import org.furat.ingest.PlaceMention;
import org.furat.ingest.Proposal;
import org.furat.model.ActorRole;
import org.furat.model.AdminParents;
import org.furat.model.Incident;
import org.furat.model.IncidentActor;
import org.furat.model.Place;
import org.furat.model.PlaceLink;
import org.furat.model.PlaceRole;
import org.furat.text.CsvRecords;

/**
 * Runs the extractor over a coded corpus the way {@code furat import --dry-run} runs it (the body after the
 * header, the header's publication date, URL and language; {@link Importer#preview}, which stores nothing) and
 * measures its proposals against the coded incidents. Reads the disk: call it off the JavaFX thread.
 */
public final class CorpusEvaluation {

    /** One report: what was coded, what was proposed, how they pair, and what went wrong reading it (or null). */
    public record ReportResult(CodedReport coded, List<ProposedIncident> proposed, IncidentMatcher.ReportMatch match,
                               String problem) {}

    /** Every report evaluated and the figures over them. */
    public record Result(List<ReportResult> reports, Measures measures) {}

    private final Workspace workspace;
    private final IncidentMatcher matcher;
    private final ActorNames actors;

    public CorpusEvaluation(Workspace workspace) {
        this.workspace = workspace;
        AdminLookup admin = AdminLookup.shipped();
        this.matcher = new IncidentMatcher((lon, lat) -> keys(admin.parentsOf(lon, lat)));
        this.actors = new ActorNames(workspace.actors(), aliases());
    }

    public ActorNames actors() { return actors; }

    /** Evaluates the reports of the split whose texts are in {@code texts} (NNN.txt, named by each report's file). */
    public Result run(List<CodedReport> corpus, Path texts, Split split) {
        Measures measures = new Measures();
        List<ReportResult> results = new ArrayList<>();
        for (CodedReport report : corpus) {
            if (!split.includes(report.file())) continue;
            ReportResult r = evaluate(report, texts);
            measures.add(report.incidents(), r.proposed(), r.match(), actors, report.published());
            results.add(r);
        }
        return new Result(results, measures);
    }

    private ReportResult evaluate(CodedReport report, Path texts) {
        String problem = null;
        List<ProposedIncident> proposed = List.of();
        try {
            CorpusText text = CorpusText.parse(report.file(), Files.readString(texts.resolve(report.file()), StandardCharsets.UTF_8));
            if (report.bodySha1() != null && !report.bodySha1().equalsIgnoreCase(text.bodySha1())) {
                problem = "its body is not the one coded (SHA-1 differs): evidence offsets may not fit";
            }
            Importer.Outcome outcome = workspace.importer().preview(report.file(), text.body().getBytes(StandardCharsets.UTF_8),
                    new Importer.Metadata(text.published(), null, text.url(), text.lang()));
            if (outcome.failed()) problem = outcome.message();
            List<ProposedIncident> list = new ArrayList<>();
            for (int i = 0; i < outcome.proposed().size(); i++) {
                list.add(proposed(outcome.proposed().get(i), groups(outcome.extraction().proposals().get(i))));
            }
            proposed = list;
        } catch (NoSuchFileException e) {
            problem = "no text " + texts.resolve(report.file());
        } catch (IOException | IllegalArgumentException e) {
            problem = e.getMessage();
        }
        return new ReportResult(report, proposed, matcher.match(report.incidents(), proposed), problem);
    }

    /**
     * The groups a proposal names ("the eastern countryside", "the seven villages"): the stored incident has a link
     * to each member, the analyst sees one mention. Keyed by member, the group's key and where it is named.
     */
    private static Map<String, String> groups(Proposal proposal) {
        Map<String, String> groups = new LinkedHashMap<>();
        for (PlaceMention m : proposal.places()) {
            if (m.groupKey() != null) for (String k : m.candidates()) groups.putIfAbsent(k, m.groupKey() + "@" + m.span().start());
        }
        return groups;
    }

    /** A stored-to-be incident as the evaluation compares it: its event places with their points, its actor keys. */
    ProposedIncident proposed(Incident incident, Map<String, String> groups) {
        Set<String> keys = new LinkedHashSet<>();
        for (PlaceLink link : incident.places()) if (link.role() != PlaceRole.ORIGIN) keys.add(link.placeKey());
        List<ProposedPlace> places = new ArrayList<>();
        for (String key : keys) {
            Place p = workspace.place(key).orElse(null);
            if (p != null) places.add(new ProposedPlace(key, p.lon(), p.lat(), p.kind().isAdminUnit(), groups.getOrDefault(key, key)));
        }
        var evidence = incident.evidence().get(0);
        return new ProposedIncident(incident.subEventType(), incident.dates(), places, incident.killed(), incident.injured(),
                actor(incident, ActorRole.ACTOR1), actor(incident, ActorRole.ACTOR2), evidence.start(), evidence.end());
    }

    private static String actor(Incident incident, ActorRole role) {
        return incident.actors().stream().filter(a -> a.role() == role).map(IncidentActor::actorKey).findFirst().orElse(null);
    }

    private static Set<String> keys(AdminParents parents) {
        Set<String> keys = new HashSet<>();
        if (parents.admin1() != null) keys.add(parents.admin1());
        if (parents.admin2() != null) keys.add(parents.admin2());
        if (parents.admin3() != null) keys.add(parents.admin3());
        return keys;
    }

    /** The coders' names for Furat's actors that data/actors.csv lacks (org/furat/eval/actor-aliases.csv). */
    static Map<String, List<String>> aliases() {
        try (InputStream in = CorpusEvaluation.class.getResourceAsStream("/org/furat/eval/actor-aliases.csv")) {
            if (in == null) throw new IllegalStateException("org/furat/eval/actor-aliases.csv is missing from the build");
            Map<String, List<String>> aliases = new LinkedHashMap<>();
            for (CsvRecords.Record r : CsvRecords.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "actor-aliases.csv").records()) {
                aliases.computeIfAbsent(r.fields().get("key"), k -> new ArrayList<>()).add(r.fields().get("alias"));
            }
            return aliases;
        } catch (IOException e) {
            throw new IllegalStateException("org/furat/eval/actor-aliases.csv cannot be read: " + e.getMessage(), e);
        }
    }
}
