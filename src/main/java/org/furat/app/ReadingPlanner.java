package org.furat.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.furat.ingest.Extraction;
import org.furat.ingest.Proposal;
import org.furat.model.DateSpan;
import org.furat.model.Evidence;
import org.furat.model.Incident;
import org.furat.model.IncidentActor;
import org.furat.model.PlaceLink;
import org.furat.model.Status;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;

/**
 * Sets a new reading of a report beside what is stored, and plans what keeping it writes. Proposals of the two
 * readings are paired by their evidence (the same sentence start, else overlapping sentences); for a report kept
 * without a reading, today's proposals are paired with its proposed incidents by sentence start, once.
 *
 * <p>What keeping the new reading does: a proposal it makes that no incident holds and no incident cites becomes a
 * new proposed incident; a proposed incident whose proposal changed is written again as proposed now, unless the
 * analyst edited it since; one the new reading no longer supports stays to review, listed as no longer proposed;
 * reviewed incidents (verified, rejected) are never changed. A report kept without a reading is the exception:
 * there today's unpaired proposals stay unstored, as {@link Reviewer} offers them, until the analyst decides.
 */
final class ReadingPlanner {

    private final String sourceKey;
    private final List<Incident> citing;
    private final Function<Extraction, List<Finding>> findings;
    private final Function<Proposal, List<PlaceChoice>> choices;
    private final Function<String, String> placeName;

    /**
     * @param citing    every incident citing the report, proposed and reviewed
     * @param findings  what a reading's findings look like on the review screen
     * @param choices   the place choices behind a proposal
     * @param placeName a place's name by its key
     */
    ReadingPlanner(String sourceKey, List<Incident> citing, Function<Extraction, List<Finding>> findings,
                   Function<Proposal, List<PlaceChoice>> choices, Function<String, String> placeName) {
        this.sourceKey = sourceKey;
        this.citing = List.copyOf(citing);
        this.findings = findings;
        this.choices = choices;
        this.placeName = placeName;
    }

    /** A proposal of the stored reading (or, without one, a proposed incident), with the sentences it stands on. */
    private record Earlier(String key, Proposal proposal, List<Evidence> spans, boolean noLongerProposed) {}

    ReadingComparison compare(Reading before, Extraction now, String version, Instant readAt) {
        Map<String, Incident> byKey = new LinkedHashMap<>();
        for (Incident i : citing) byKey.put(i.key(), i);
        List<Earlier> earlier = earlier(before, byKey);
        boolean[] paired = new boolean[earlier.size()];
        Set<String> keysTaken = new HashSet<>(byKey.keySet());
        if (before != null) {
            before.incidentKeys().stream().filter(Objects::nonNull).forEach(keysTaken::add);
            before.noLongerProposed().forEach(e -> keysTaken.add(e.incidentKey()));
        }
        int nextNumber = nextNumber(keysTaken);

        List<ReadingComparison.ProposalChange> changes = new ArrayList<>();
        List<Incident> added = new ArrayList<>(), rewritten = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Proposal p : now.proposals()) {
            int match = pair(p, earlier, paired, before != null);
            if (match < 0) {
                if (before == null || cited(p)) {
                    keys.add(null); // offered unstored by review where no incident cites it; nothing to do where one does
                    continue;
                }
                String key = sourceKey + "-p" + nextNumber++;
                added.add(ProposedIncidents.of(key, sourceKey, p));
                keys.add(key);
                changes.add(new ReadingComparison.ProposalChange(ReadingComparison.Change.ADDED, key, sentence(p),
                        List.of(), "stored as a new proposal to review"));
                continue;
            }
            paired[match] = true;
            Earlier e = earlier.get(match);
            Incident incident = e.key() == null ? null : byKey.get(e.key());
            if (incident == null) {
                keys.add(null); // merged into another incident or filed under one as its source: that incident cites it
                continue;
            }
            keys.add(e.key());
            if (e.proposal() == null) continue;
            List<String> differences = differences(e.proposal(), p);
            if (differences.isEmpty()) continue;
            String outcome;
            if (incident.status() != Status.PROPOSED) {
                outcome = "already " + incident.status().name().toLowerCase(java.util.Locale.ROOT) + ": not changed";
            } else if (fields(incident).equals(fields(ProposedIncidents.of(e.key(), sourceKey, p)))) {
                outcome = "the proposal stays as it is; the alternatives shown with it are today's";
            } else if (fields(incident).equals(fields(ProposedIncidents.of(e.key(), sourceKey, e.proposal())))) {
                rewritten.add(ProposedIncidents.of(e.key(), sourceKey, p));
                outcome = "the proposal is updated";
            } else {
                outcome = "edited since it was proposed: kept as edited";
            }
            changes.add(new ReadingComparison.ProposalChange(ReadingComparison.Change.CHANGED, e.key(), sentence(p), differences, outcome));
        }
        List<Reading.Earlier> noLonger = new ArrayList<>();
        for (int i = 0; i < earlier.size(); i++) {
            Earlier e = earlier.get(i);
            Incident incident = e.key() == null ? null : byKey.get(e.key());
            if (paired[i] || e.proposal() == null || incident == null) continue;
            boolean toReview = incident.status() == Status.PROPOSED;
            if (toReview) noLonger.add(new Reading.Earlier(e.key(), e.proposal()));
            if (e.noLongerProposed()) continue; // the stored reading already said so: no change
            changes.add(new ReadingComparison.ProposalChange(ReadingComparison.Change.GONE, e.key(), sentence(e.proposal()), List.of(),
                    toReview ? "kept to review, marked as no longer proposed by today's rules"
                            : "already " + incident.status().name().toLowerCase(java.util.Locale.ROOT) + ": not changed"));
        }
        Reading after = new Reading(now, keys, noLonger, version, readAt);
        List<Finding> was = before == null ? List.of() : findings.apply(before.extraction());
        List<Finding> is = findings.apply(now);
        List<Finding> findingsAdded = is.stream().filter(f -> !was.contains(f)).toList();
        List<Finding> findingsGone = was.stream().filter(f -> !is.contains(f)).toList();
        return new ReadingComparison(sourceKey, before, after, changes, before == null ? List.of() : findingsAdded, findingsGone,
                added, rewritten);
    }

    private List<Earlier> earlier(Reading before, Map<String, Incident> byKey) {
        List<Earlier> earlier = new ArrayList<>();
        if (before == null) {
            for (Incident i : citing) {
                if (i.status() == Status.PROPOSED) earlier.add(new Earlier(i.key(), null, spans(i), false));
            }
            return earlier;
        }
        List<Proposal> proposals = before.extraction().proposals();
        for (int i = 0; i < proposals.size(); i++) {
            Proposal p = proposals.get(i);
            String key = before.incidentKeys().get(i);
            // A proposal stored only once the analyst decided on it holds the key review gave it.
            if (key == null && byKey.containsKey(Reviewer.freshKey(sourceKey, p))) key = Reviewer.freshKey(sourceKey, p);
            earlier.add(new Earlier(key, p, List.of(evidence(p)), false));
        }
        for (Reading.Earlier e : before.noLongerProposed()) {
            earlier.add(new Earlier(e.incidentKey(), e.proposal(), List.of(evidence(e.proposal())), true));
        }
        return earlier;
    }

    /** The earlier proposal for {@code p}: one on the same sentence start, else (between readings) one overlapping it. */
    private static int pair(Proposal p, List<Earlier> earlier, boolean[] paired, boolean overlapToo) {
        for (int i = 0; i < earlier.size(); i++) {
            if (!paired[i] && earlier.get(i).spans().stream().anyMatch(s -> s.start() == p.evidence().start())) return i;
        }
        if (!overlapToo) return -1;
        for (int i = 0; i < earlier.size(); i++) {
            if (!paired[i] && earlier.get(i).spans().stream().anyMatch(s -> overlaps(s, p))) return i;
        }
        return -1;
    }

    private boolean cited(Proposal p) {
        return citing.stream().flatMap(i -> i.evidence().stream()).filter(e -> e.sourceKey().equals(sourceKey)).anyMatch(e -> overlaps(e, p));
    }

    private static boolean overlaps(Evidence e, Proposal p) {
        return e.start() < p.evidence().end() && e.end() > p.evidence().start();
    }

    private Evidence evidence(Proposal p) {
        return new Evidence(sourceKey, p.evidence().start(), p.evidence().end(), List.of());
    }

    private List<Evidence> spans(Incident i) {
        return i.evidence().stream().filter(e -> e.sourceKey().equals(sourceKey)).toList();
    }

    /** One past the highest "-pN" number among the report's keys, so a new proposal never takes a key in use. */
    private int nextNumber(Set<String> keys) {
        Pattern numbered = Pattern.compile(Pattern.quote(sourceKey) + "-p(\\d+)");
        int highest = 0;
        for (String k : keys) {
            Matcher m = numbered.matcher(k);
            if (m.matches()) highest = Math.max(highest, Integer.parseInt(m.group(1)));
        }
        return highest + 1;
    }

    /** What of an incident a proposal sets, to tell a proposal the analyst edited from one as it was proposed. */
    private record Fields(SubEventType type, DateSpan dates, TimePrecision precision, Set<PlaceLink> places, Set<IncidentActor> actors,
                          String killed, String injured) {}

    private static Fields fields(Incident i) {
        return new Fields(i.subEventType(), i.dates(), i.timePrecision(), Set.copyOf(i.places()), Set.copyOf(i.actors()),
                i.killed().describe(), i.injured().describe());
    }

    /** What differs between two proposals for one sentence, one line each, in the words of the review screen. */
    private List<String> differences(Proposal was, Proposal now) {
        List<String> lines = new ArrayList<>();
        Incident a = ProposedIncidents.of("was", sourceKey, was), b = ProposedIncidents.of("now", sourceKey, now);
        if (a.subEventType() != b.subEventType()) lines.add("type: " + a.subEventType().label() + " → " + b.subEventType().label());
        if (!a.dates().equals(b.dates()) || a.timePrecision() != b.timePrecision()) lines.add("date: " + date(a) + " → " + date(b));
        if (!Set.copyOf(a.places()).equals(Set.copyOf(b.places()))) lines.add("places: " + placeChange(a, b));
        if (!Set.copyOf(a.actors()).equals(Set.copyOf(b.actors()))) lines.add("actors: " + actors(a) + " → " + actors(b));
        if (!a.killed().describe().equals(b.killed().describe())) lines.add("killed: " + a.killed().describe() + " → " + b.killed().describe());
        if (!a.injured().describe().equals(b.injured().describe())) {
            lines.add("injured: " + a.injured().describe() + " → " + b.injured().describe());
        }
        if (!was.evidence().equals(now.evidence())) {
            lines.add("evidence: characters " + was.evidence().start() + "–" + was.evidence().end() + " → "
                    + now.evidence().start() + "–" + now.evidence().end());
        }
        Map<String, List<String>> before = alternatives(was), after = alternatives(now);
        Set<String> words = new java.util.LinkedHashSet<>(before.keySet());
        words.addAll(after.keySet());
        for (String w : words) {
            List<String> x = before.getOrDefault(w, List.of()), y = after.getOrDefault(w, List.of());
            if (!x.equals(y) && (x.size() > 1 || y.size() > 1)) lines.add("places «" + w + "» may mean: " + names(x) + " → " + names(y));
        }
        return lines;
    }

    private Map<String, List<String>> alternatives(Proposal p) {
        Map<String, List<String>> byWords = new LinkedHashMap<>();
        for (PlaceChoice c : choices.apply(p)) byWords.put(c.words(), c.alternatives());
        return byWords;
    }

    /** Places by name, with the key where two of them share one (two villages called Al-Jafrah). */
    private String names(List<String> keys) {
        if (keys.isEmpty()) return "none";
        List<String> named = keys.stream().map(placeName).toList();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String name = named.get(i);
            boolean shared = named.indexOf(name) != named.lastIndexOf(name);
            shown.add(shared && !name.equals(keys.get(i)) ? name + " (" + keys.get(i) + ")" : name);
        }
        return String.join(", ", shown);
    }

    /** "+ Al-Zir; − Khasham", or where only roles or precision changed, every place before and after. */
    private String placeChange(Incident a, Incident b) {
        List<String> was = a.places().stream().map(PlaceLink::placeKey).distinct().toList();
        List<String> now = b.places().stream().map(PlaceLink::placeKey).distinct().toList();
        List<String> added = now.stream().filter(k -> !was.contains(k)).toList();
        List<String> removed = was.stream().filter(k -> !now.contains(k)).toList();
        if (added.isEmpty() && removed.isEmpty()) return "linked otherwise (role or precision): " + a.places() + " → " + b.places();
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) parts.add("+ " + names(added));
        if (!removed.isEmpty()) parts.add("− " + names(removed));
        return String.join("; ", parts);
    }

    private static String actors(Incident i) {
        return i.actors().isEmpty() ? "none" : String.join(", ", i.actors().stream().map(IncidentActor::actorKey).toList());
    }

    private static String date(Incident i) {
        DateSpan d = i.dates();
        return (d.days() == 1 ? d.start().toString() : d.start() + " – " + d.end()) + " (" + i.timePrecision().label() + ")";
    }

    private static String sentence(Proposal p) {
        String words = p.evidence().text().strip();
        return words.length() > 300 ? words.substring(0, 300) + "…" : words;
    }
}
