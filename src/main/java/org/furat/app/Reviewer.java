package org.furat.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.furat.ingest.ActorMention;
import org.furat.ingest.CasualtyMention;
import org.furat.ingest.DateMention;
import org.furat.ingest.Extraction;
import org.furat.ingest.PlaceMention;
import org.furat.ingest.Proposal;
import org.furat.ingest.Span;
import org.furat.model.Actor;
import org.furat.model.Evidence;
import org.furat.model.Incident;
import org.furat.model.IncidentFilter;
import org.furat.model.Place;
import org.furat.model.PlaceLink;
import org.furat.model.PlaceRole;
import org.furat.model.Source;
import org.furat.model.Status;
import org.furat.model.TimePrecision;
import org.furat.store.ReadingRepository;
import org.furat.store.ReviewRepository;

/**
 * Opens a report for review and saves the review. Opening shows the reading stored with the report (what the
 * extractor recognised when it was imported, the alternatives it weighed for each proposal, the unknown place names),
 * never a reading made from today's gazetteer without the analyst asking: a report kept without a reading (an older
 * Furat imported it) is read once on opening, and that reading is stored. {@link #readAgain} reads the report
 * with today's gazetteer and rules and says what changed; {@link #keep} stores that reading. Saving writes the whole
 * {@link ReviewDraft} in one transaction. Methods touch the disk: call them off the JavaFX thread.
 */
public final class Reviewer {

    /** At most this many look-alike incidents are offered per proposal. */
    private static final int MAX_SIMILAR = 5;

    private final Workspace workspace;
    private final ReviewRepository store;
    private final ReadingRepository readings;

    Reviewer(Workspace workspace, ReviewRepository store, ReadingRepository readings) {
        this.workspace = workspace;
        this.store = store;
        this.readings = readings;
    }

    public ReportReview open(String sourceKey) {
        Source source = source(sourceKey);
        List<Incident> citing = workspace.incidentsCiting(sourceKey);
        Optional<ReadingRepository.StoredReading> stored = readings.of(sourceKey);
        Reading reading;
        ReportReview.Origin origin = ReportReview.Origin.STORED;
        if (stored.isPresent()) {
            reading = decode(source, stored.get());
        } else {
            // Kept without a reading: read it now, pairing today's proposals with the stored ones by sentence, once.
            ReadingComparison first = read(source, null, citing);
            reading = first.after();
            origin = ReportReview.Origin.READ_NOW_NOT_KEPT;
            if (!workspace.readOnly()) {
                if (store(update(first, source.text(), workspace.descriptions()))) {
                    origin = ReportReview.Origin.READ_NOW_AND_KEPT;
                } else {
                    // Another window stored a first reading meanwhile: show that one.
                    return open(sourceKey);
                }
            }
        }
        return review(source, citing, reading, origin);
    }

    /**
     * Reads the report again with today's gazetteer and rules and sets that reading beside the stored one; stores
     * nothing ({@link #keep} does).
     */
    public ReadingComparison readAgain(String sourceKey) {
        Source source = source(sourceKey);
        List<Incident> citing = workspace.incidentsCiting(sourceKey);
        Reading before = readings.of(sourceKey).map(r -> decode(source, r)).orElse(null);
        return read(source, before, citing);
    }

    /**
     * Stores a reading made by {@link #readAgain} with the proposals it adds and updates, in one transaction; fails,
     * changing nothing, when the report was read again or reviewed meanwhile in a way the comparison did not see.
     */
    public String keep(ReadingComparison comparison) {
        boolean kept = store(update(comparison, source(comparison.sourceKey()).text(), workspace.descriptions()));
        if (!kept) {
            throw new IllegalStateException("The report was read again in another window since this comparison was made; "
                    + "nothing was changed. Read it again to compare with the reading stored now");
        }
        int added = comparison.added().size(), updated = comparison.rewritten().size();
        long stale = comparison.proposals().stream().filter(p -> p.change() == ReadingComparison.Change.GONE
                && comparison.after().noLongerProposed().stream().anyMatch(e -> e.incidentKey().equals(p.incidentKey()))).count();
        return "Kept today's reading: " + added + (added == 1 ? " proposal" : " proposals") + " added, " + updated + " updated, "
                + stale + " no longer proposed (still to review)";
    }

    /** The key review gives a proposal it offers unstored, as the incident it becomes once the analyst decides on it. */
    static String freshKey(String sourceKey, Proposal p) {
        return sourceKey + "-s" + p.evidence().start();
    }

    private Source source(String sourceKey) {
        return workspace.source(sourceKey)
                .orElseThrow(() -> new IllegalArgumentException("There is no report " + sourceKey + " in the database"));
    }

    private ReadingComparison read(Source source, Reading before, List<Incident> citing) {
        LocalDate published = source.published() != null ? source.published() : LocalDate.now();
        TimePrecision precision = source.publishedPrecision() != null ? source.publishedPrecision() : TimePrecision.DAY;
        Workspace.ExtractorInUse extractor = workspace.extractorInUse();
        Extraction extraction = extractor.extractor().extract(source.text(), published, precision,
                !Importer.publicationUnknown(source));
        return new ReadingPlanner(source.key(), citing, this::findings, Reviewer::placeChoices,
                k -> workspace.place(k).map(p -> p.nameEn()).orElse(k))
                .compare(before, extraction, extractor.version(), Reading.now());
    }

    private static Reading decode(Source source, ReadingRepository.StoredReading stored) {
        return ReadingJson.read(stored.json(), source.text(), stored.extractorVersion(), Instant.parse(stored.readAt()));
    }

    /**
     * Stores a reading with the proposals it adds and rewrites, and brings the workspace's index up to date with
     * them (a rewritten proposal is stored again under a new id); false, changing nothing, as
     * {@link ReadingRepository#apply} says.
     */
    private boolean store(ReadingRepository.Update update) {
        List<String> keys = new ArrayList<>();
        update.added().forEach(i -> keys.add(i.key()));
        update.rewritten().forEach(i -> keys.add(i.key()));
        long[] before = workspace.incidentIds(keys);
        boolean kept = readings.apply(update);
        if (kept) workspace.incidentsChanged(before, keys);
        return kept;
    }

    /** What keeping a new reading stores: its proposals with descriptions written from their fields. */
    private static ReadingRepository.Update update(ReadingComparison c, String text, IncidentDescriptions descriptions) {
        return new ReadingRepository.Update(c.sourceKey(), c.before() == null ? null : c.before().readAt().toString(),
                stored(c.after(), text), c.added().stream().map(descriptions::describe).toList(),
                c.rewritten().stream().map(descriptions::describe).toList());
    }

    /** A reading as the database keeps it; {@code text} is the report's text, which its spans point into. */
    static ReadingRepository.StoredReading stored(Reading reading, String text) {
        return new ReadingRepository.StoredReading(reading.extractorVersion(), reading.readAt().toString(), ReadingJson.write(reading, text));
    }

    private ReportReview review(Source source, List<Incident> citing, Reading reading, ReportReview.Origin origin) {
        String sourceKey = source.key();
        Map<String, Proposal> byKey = new HashMap<>();
        List<Proposal> unstored = new ArrayList<>();
        List<Proposal> proposals = reading.extraction().proposals();
        for (int i = 0; i < proposals.size(); i++) {
            Proposal p = proposals.get(i);
            String key = reading.incidentKeys().get(i);
            if (key == null) {
                unstored.add(p);
                key = freshKey(sourceKey, p);
            }
            byKey.put(key, p);
        }
        Set<String> noLonger = new java.util.HashSet<>();
        for (Reading.Earlier e : reading.noLongerProposed()) {
            byKey.put(e.incidentKey(), e.proposal());
            noLonger.add(e.incidentKey());
        }

        List<ProposalReview> reviews = new ArrayList<>();
        List<Incident> reviewed = new ArrayList<>();
        List<Evidence> cited = new ArrayList<>();
        // A deleted proposal is kept, not reviewed: deciding it here would write it back and undo the deletion.
        Set<String> deleted = store.deletedKeysCiting(sourceKey);
        for (Incident incident : citing) {
            incident.evidence().stream().filter(e -> e.sourceKey().equals(sourceKey)).forEach(cited::add);
            if (deleted.contains(incident.key())) continue;
            if (incident.status() != Status.PROPOSED) {
                reviewed.add(incident);
                continue;
            }
            reviews.add(review(incident, byKey.get(incident.key()), true, noLonger.contains(incident.key())));
        }
        for (Proposal p : unstored) {
            boolean uncited = cited.stream().noneMatch(e -> e.start() < p.evidence().end() && e.end() > p.evidence().start());
            if (uncited) reviews.add(review(ProposedIncidents.of(freshKey(sourceKey, p), sourceKey, p), p, false, false));
        }
        reviews.sort(Comparator.comparingInt(p -> firstSpanStart(p.proposal(), sourceKey)));
        return new ReportReview(source, findings(reading.extraction()), reviews, reviewed,
                new ReportReview.ReadingInfo(origin, reading.extractorVersion(), reading.readAt()));
    }

    private ProposalReview review(Incident incident, Proposal found, boolean saved, boolean noLongerProposed) {
        return new ProposalReview(incident, found == null ? List.of() : placeChoices(found),
                found == null ? List.of() : unknownPlaces(found), similar(incident), saved, noLongerProposed);
    }

    /** Saves a review: accepted proposals become verified incidents, and so on; all of it or, on any error, none. */
    public String apply(ReviewDraft draft) {
        List<Incident> writes = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        Map<String, List<Evidence>> newEvidence = new LinkedHashMap<>();
        int accepted = 0, rejected = 0, sourced = 0;
        String reviewedOn = " Reviewed on " + LocalDate.now() + ".";
        for (String key : draft.proposalKeys()) {
            Incident incident = draft.draft(key);
            deletes.addAll(draft.absorbedInto(key));
            switch (draft.decision(key)) {
                case ACCEPT -> {
                    writes.add(incident.withStatus(Status.VERIFIED, "Proposed by the extractor; accepted." + reviewedOn));
                    accepted++;
                }
                case REJECT -> {
                    writes.add(incident.withStatus(Status.REJECTED, "Proposed by the extractor; rejected." + reviewedOn));
                    rejected++;
                }
                case ADD_AS_SOURCE -> {
                    // Several proposals may be filed under one incident: their evidence collects, and is added once.
                    String target = draft.sourceTarget(key);
                    List<Evidence> adding = newEvidence.computeIfAbsent(target, t -> new ArrayList<>());
                    for (Evidence e : incident.evidence()) if (!adding.contains(e)) adding.add(e);
                    deletes.add(key);
                    sourced++;
                }
                case UNDECIDED -> {
                    if (draft.wasEdited(key)) writes.add(incident);
                }
            }
        }
        for (var target : newEvidence.entrySet()) {
            Incident existing = workspace.incident(target.getKey())
                    .orElseThrow(() -> new IllegalStateException("Incident " + target.getKey() + " is no longer in the database"));
            target.getValue().removeAll(existing.evidence());
        }
        // Descriptions written from the fields follow the analyst's corrections; one the analyst wrote stays.
        Map<String, Place> added = new HashMap<>();
        draft.newPlaces().forEach(p -> added.put(p.key(), p));
        IncidentDescriptions descriptions = new IncidentDescriptions(
                k -> added.containsKey(k) ? added.get(k) : workspace.place(k).orElse(null), k -> workspace.actor(k).orElse(null));
        writes.replaceAll(i -> descriptions.follow(workspace.incident(i.key()).orElse(null), i));
        List<String> fresh = writes.stream().map(Incident::key).filter(k -> !draft.stored(k)).toList();
        PlaceKeys keys = PlaceKeys.freeOf(workspace.places(), draft.newPlaces());
        // Every incident the save writes, removes or adds evidence to; one written again gets a new id.
        Set<String> touched = new java.util.LinkedHashSet<>(deletes);
        writes.forEach(i -> touched.add(i.key()));
        touched.addAll(newEvidence.keySet());
        long[] before = workspace.incidentIds(touched);
        store.apply(new ReviewRepository.Changes(keys.places(), keys.relink(writes), deletes, newEvidence,
                draft.touchedProposals(), fresh), draft.review().source().key(), workspace.reviewHolder());
        if (!draft.newPlaces().isEmpty()) workspace.gazetteerChanged();
        workspace.incidentsChanged(before, touched);
        return summary(accepted, rejected, sourced, draft.newPlaces().size());
    }

    private static String summary(int accepted, int rejected, int sourced, int places) {
        List<String> parts = new ArrayList<>();
        if (accepted > 0) parts.add(accepted + " accepted");
        if (rejected > 0) parts.add(rejected + " rejected");
        if (sourced > 0) parts.add(sourced + " added as another source");
        if (places > 0) parts.add(places + (places == 1 ? " place" : " places") + " added to the gazetteer");
        return parts.isEmpty() ? "Saved the edits; nothing decided yet" : "Saved: " + String.join(", ", parts);
    }

    /**
     * Reviewed incidents at one of the proposal's places, with overlapping dates and the same event type, those
     * sharing the most places first, then the most precisely dated. Where fire came from (the origin) says little
     * about which event it was, so it counts only when the proposal names no other place.
     */
    private List<Incident> similar(Incident proposal) {
        List<String> where = proposal.places().stream().filter(l -> l.role() != PlaceRole.ORIGIN).map(PlaceLink::placeKey).toList();
        if (where.isEmpty()) where = proposal.places().stream().map(PlaceLink::placeKey).toList();
        if (where.isEmpty()) return List.of();
        Set<String> places = Set.copyOf(where);
        IncidentFilter filter = IncidentFilter.ALL.withPlaces(places)
                .withDates(proposal.dates().start(), proposal.dates().end()).withIncludeImprecise(true)
                .withTypes(Set.of(proposal.eventType())).withStatuses(Set.of(Status.VERIFIED));
        Comparator<Incident> mostShared = Comparator.comparingLong(
                (Incident i) -> i.places().stream().filter(l -> places.contains(l.placeKey())).count()).reversed()
                .thenComparingLong(i -> i.dates().days());
        return workspace.incidents(filter).stream().filter(i -> !i.key().equals(proposal.key()))
                .sorted(mostShared).limit(MAX_SIMILAR).toList();
    }

    private static int firstSpanStart(Incident incident, String sourceKey) {
        return incident.evidence().stream().filter(e -> e.sourceKey().equals(sourceKey)).mapToInt(Evidence::start).min().orElse(0);
    }

    static List<PlaceChoice> placeChoices(Proposal proposal) {
        List<PlaceChoice> choices = new ArrayList<>();
        for (PlaceMention m : proposal.places()) {
            if (m.unresolved()) {
                choices.add(new PlaceChoice(m.span().text(), null, m.candidates(), m.confidence()));
                continue;
            }
            if (m.chosen() == null) continue;
            List<String> alternatives = new ArrayList<>();
            alternatives.add(m.chosen());
            m.candidates().stream().filter(k -> !k.equals(m.chosen())).forEach(alternatives::add);
            choices.add(new PlaceChoice(m.span().text(), m.chosen(), alternatives, m.confidence()));
        }
        return choices;
    }

    private static List<UnknownPlace> unknownPlaces(Proposal proposal) {
        return proposal.places().stream().filter(m -> m.unknownName() != null)
                .map(m -> new UnknownPlace(m.unknownName(), m.span().start(), m.span().end())).toList();
    }

    private List<Finding> findings(Extraction x) {
        List<Finding> findings = new ArrayList<>();
        for (PlaceMention m : x.places()) {
            Finding.Kind kind = m.outsideMap() ? Finding.Kind.OUTSIDE_MAP
                    : m.unknownName() != null ? Finding.Kind.UNKNOWN_PLACE : Finding.Kind.PLACE;
            findings.add(finding(kind, m.span(), placeLabel(m)));
        }
        for (DateMention d : x.dates()) findings.add(finding(Finding.Kind.DATE, d.span(), dateLabel(d)));
        for (ActorMention a : x.actors()) {
            findings.add(finding(Finding.Kind.ACTOR, a.span(), workspace.actor(a.actorKey()).map(Actor::nameEn).orElse(a.actorKey())));
        }
        for (CasualtyMention c : x.casualties()) {
            findings.add(finding(Finding.Kind.CASUALTIES, c.span(), c.count().describe() + (c.kind() == CasualtyMention.Kind.KILLED ? " killed" : " injured")));
        }
        Map<Integer, String> proposedTypes = new HashMap<>();
        for (Proposal p : x.proposals()) if (p.trigger() != null) proposedTypes.put(p.trigger().start(), p.type().label());
        for (Span trigger : x.triggers()) {
            findings.add(finding(Finding.Kind.EVENT, trigger, proposedTypes.getOrDefault(trigger.start(), "event word")));
        }
        findings.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
        return findings;
    }

    private static Finding finding(Finding.Kind kind, Span span, String label) {
        return new Finding(kind, span.start(), span.end(), label);
    }

    private String placeLabel(PlaceMention m) {
        if (m.outsideMap()) return "outside the map";
        if (m.unknownName() != null) return "not in the gazetteer: " + m.unknownName();
        if (m.groupKey() != null) return "group of " + m.candidates().size() + " places";
        if (m.unresolved()) return "one of " + m.candidates().size() + " places of this name: choose on the card";
        String name = m.chosen() == null ? "?" : workspace.place(m.chosen()).map(p -> p.nameEn()).orElse(m.chosen());
        return m.candidates().size() > 1 ? name + " (one of " + m.candidates().size() + ", " + Math.round(m.confidence() * 100) + "% sure)" : name;
    }

    private static String dateLabel(DateMention d) {
        String span = d.dates().days() == 1 ? d.dates().start().toString() : d.dates().start() + " – " + d.dates().end();
        return span + " (" + d.precision().label() + ")";
    }
}
