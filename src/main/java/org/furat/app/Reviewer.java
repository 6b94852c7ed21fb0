package org.furat.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.furat.model.PlaceLink;
import org.furat.model.PlaceRole;
import org.furat.model.Source;
import org.furat.model.Status;
import org.furat.model.TimePrecision;
import org.furat.store.ReviewRepository;

/**
 * Opens a report for review and saves the review. Opening runs the extractor over the stored text again, to
 * highlight everything it recognises and to recover what it weighed for each proposal (alternatives for
 * ambiguous places, unknown place names); proposals are matched to the stored ones by their sentence.
 * Saving writes the whole {@link ReviewDraft} in one transaction. Methods touch the disk: call them off the
 * JavaFX thread.
 */
public final class Reviewer {

    /** At most this many look-alike incidents are offered per proposal. */
    private static final int MAX_SIMILAR = 5;

    private final Workspace workspace;
    private final ReviewRepository store;

    Reviewer(Workspace workspace, ReviewRepository store) {
        this.workspace = workspace;
        this.store = store;
    }

    public ReportReview open(String sourceKey) {
        Source source = workspace.source(sourceKey)
                .orElseThrow(() -> new IllegalArgumentException("There is no report " + sourceKey + " in the database"));
        LocalDate published = source.published() != null ? source.published() : LocalDate.now();
        TimePrecision precision = source.publishedPrecision() != null ? source.publishedPrecision() : TimePrecision.DAY;
        Extraction extraction = workspace.extractor().extract(source.text(), published, precision);
        Map<Integer, Proposal> bySentence = new HashMap<>();
        for (Proposal p : extraction.proposals()) bySentence.put(p.evidence().start(), p);

        List<ProposalReview> proposals = new ArrayList<>();
        List<Incident> reviewed = new ArrayList<>();
        List<Evidence> cited = new ArrayList<>();
        for (Incident incident : workspace.incidentsCiting(sourceKey)) {
            incident.evidence().stream().filter(e -> e.sourceKey().equals(sourceKey)).forEach(cited::add);
            if (incident.status() != Status.PROPOSED) {
                reviewed.add(incident);
                continue;
            }
            Proposal found = incident.evidence().stream().filter(e -> e.sourceKey().equals(sourceKey))
                    .map(e -> bySentence.get(e.start())).filter(p -> p != null).findFirst().orElse(null);
            proposals.add(review(incident, found, true));
        }
        for (Proposal p : extraction.proposals()) {
            boolean uncited = cited.stream().noneMatch(e -> e.start() < p.evidence().end() && e.end() > p.evidence().start());
            if (uncited) {
                Incident fresh = ProposedIncidents.of(sourceKey + "-s" + p.evidence().start(), sourceKey, p);
                proposals.add(review(fresh, p, false));
            }
        }
        proposals.sort(Comparator.comparingInt(p -> firstSpanStart(p.proposal(), sourceKey)));
        return new ReportReview(source, findings(extraction), proposals, reviewed);
    }

    private ProposalReview review(Incident incident, Proposal found, boolean saved) {
        return new ProposalReview(incident, found == null ? List.of() : placeChoices(found),
                found == null ? List.of() : unknownPlaces(found), similar(incident), saved);
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
        List<String> fresh = writes.stream().map(Incident::key).filter(k -> !draft.stored(k)).toList();
        PlaceKeys keys = PlaceKeys.freeOf(workspace.places(), draft.newPlaces());
        store.apply(new ReviewRepository.Changes(keys.places(), keys.relink(writes), deletes, newEvidence,
                draft.touchedProposals(), fresh));
        if (!draft.newPlaces().isEmpty()) workspace.gazetteerChanged();
        workspace.dataChanged();
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

    private static List<PlaceChoice> placeChoices(Proposal proposal) {
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
