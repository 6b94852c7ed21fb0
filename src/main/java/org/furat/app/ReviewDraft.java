package org.furat.app;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.furat.model.GeoPrecision;
import org.furat.model.Incident;
import org.furat.model.Place;
import org.furat.model.PlaceKind;
import org.furat.model.PlaceLink;
import org.furat.model.PlaceRole;
import org.furat.model.Source;

/**
 * The analyst's review of one report, before it is saved: each proposal as edited, what was decided for it
 * (accept, reject, or add as another source for an incident it resembles), which proposals were merged into
 * which, and the places picked on the map. Nothing touches the database until {@link Reviewer#apply}, which
 * saves it all in one transaction. Not thread-safe: the window uses it on one thread.
 */
public final class ReviewDraft {

    public enum Decision { UNDECIDED, ACCEPT, REJECT, ADD_AS_SOURCE }

    private final ReportReview review;
    private final Map<String, ProposalReview> proposals = new LinkedHashMap<>();
    private final Map<String, Incident> drafts = new LinkedHashMap<>();
    private final Map<String, Decision> decisions = new HashMap<>();
    private final Map<String, String> sourceTargets = new HashMap<>();
    private final Map<String, List<String>> absorbed = new HashMap<>();
    private final Set<String> edited = new HashSet<>();
    private final List<Place> newPlaces = new ArrayList<>();
    /** Unknown names the analyst found to be a known place (picking near it on the map): proposal key + '\u0000' + name. */
    private final Set<String> knownUnknowns = new HashSet<>();
    private final Set<String> takenPlaceKeys;
    /** Proposals already in the database, as opposed to ones the extractor made just now. */
    private final Set<String> stored = new HashSet<>();

    public ReviewDraft(ReportReview review, Collection<String> gazetteerKeys) {
        this.review = review;
        for (ProposalReview p : review.proposals()) {
            proposals.put(p.proposal().key(), p);
            drafts.put(p.proposal().key(), p.proposal());
            if (p.saved()) stored.add(p.proposal().key());
        }
        takenPlaceKeys = new HashSet<>(gazetteerKeys);
    }

    public ReportReview review() { return review; }

    /** The proposals still on the list (merged ones are gone into the one they joined), in the report's order. */
    public List<String> proposalKeys() { return List.copyOf(drafts.keySet()); }

    public Incident draft(String key) { return require(key); }

    /** The proposal's place choices, unknown places and look-alikes (for a merged one, those of all it joined). */
    public ProposalReview proposal(String key) {
        require(key);
        return proposals.get(key);
    }

    public Decision decision(String key) { return decisions.getOrDefault(require(key).key(), Decision.UNDECIDED); }

    /** The incident a proposal is to become another source for, or null. */
    public String sourceTarget(String key) { return sourceTargets.get(key); }

    /** Replaces a proposal's fields with the analyst's; its key and evidence stay as they were. */
    public void edit(Incident changed) {
        Incident current = require(changed.key());
        drafts.put(changed.key(), changed.withEvidence(current.evidence()).withStatus(current.status(), current.note()));
        edited.add(changed.key());
    }

    public void accept(String key) { decide(key, Decision.ACCEPT); }

    public void reject(String key) { decide(key, Decision.REJECT); }

    public void undecide(String key) { decide(key, Decision.UNDECIDED); }

    /** Makes a proposal another source for a reviewed incident it resembles, instead of a new incident. */
    public void addAsSource(String key, String incidentKey) {
        boolean offered = proposal(key).similar().stream().anyMatch(i -> i.key().equals(incidentKey));
        if (!offered) throw new IllegalArgumentException(incidentKey + " is not among the incidents " + key + " resembles");
        decide(key, Decision.ADD_AS_SOURCE);
        sourceTargets.put(key, incidentKey);
    }

    private void decide(String key, Decision decision) {
        require(key);
        decisions.put(key, decision);
        sourceTargets.remove(key);
    }

    /** Joins {@code other} into {@code keep} (see {@link ProposalMerge}); {@code other} leaves the list. */
    public void merge(String keep, String other) {
        if (keep.equals(other)) throw new IllegalArgumentException("A proposal cannot be merged with itself");
        Incident into = require(keep);
        Incident from = require(other);
        drafts.put(keep, ProposalMerge.merge(into, from));
        drafts.remove(other);
        decisions.remove(other);
        sourceTargets.remove(other);
        edited.add(keep);
        List<String> joined = absorbed.computeIfAbsent(keep, k -> new ArrayList<>());
        joined.add(other);
        joined.addAll(absorbed.getOrDefault(other, List.of()));
        absorbed.remove(other);
        ProposalReview a = proposals.get(keep);
        ProposalReview b = proposals.remove(other);
        proposals.put(keep, new ProposalReview(drafts.get(keep), concat(a.placeChoices(), b.placeChoices()),
                concat(a.unknownPlaces(), b.unknownPlaces()), union(a.similar(), b.similar()), a.saved(),
                a.noLongerProposed()));
    }

    /**
     * Adds a place the analyst picked on the map to the gazetteer (when the review is saved) and links the
     * proposal to it as its target. A hand-picked point is approximate unless the analyst says otherwise.
     */
    public Place addPlace(String proposalKey, String nameAr, String nameEn, PlaceKind kind, double lon, double lat,
                          GeoPrecision precision) {
        require(proposalKey);
        String ar = blankToNull(nameAr);
        String en = blankToNull(nameEn);
        if (ar == null && en == null) throw new IllegalArgumentException("A new place needs a name");
        Source source = review.source();
        Place place = new Place(uniqueKey(en != null ? en : ar), en != null ? en : ar, ar, List.of(), List.of(), kind, lon, lat,
                precision, null,
                "Placed on the map by an analyst reviewing the report “" + (source.title() == null ? source.key() : source.title()) + "”"
                        + (source.outlet() == null ? "" : " (" + source.outlet() + ")"),
                source.key(), null, "Position picked by hand on the basemap; check it against imagery or a gazetteer.");
        newPlaces.add(place);
        takenPlaceKeys.add(place.key());
        linkPlace(proposalKey, place.key(), precision);
        return place;
    }

    /**
     * Links a proposal to a place as its target (a place picked for another proposal of this report, say), in
     * place of the region-wide stand-in the extractor fell back on ("ريف دير الزور" for a village it did not know).
     */
    public void linkPlace(String proposalKey, String placeKey, GeoPrecision precision) {
        Incident current = require(proposalKey);
        List<PlaceLink> links = new ArrayList<>(current.places().stream()
                .filter(l -> !(l.role() == PlaceRole.LOCATION && l.precision() == GeoPrecision.REGION)).toList());
        if (links.stream().noneMatch(l -> l.placeKey().equals(placeKey))) links.add(new PlaceLink(placeKey, PlaceRole.TARGET, precision));
        edit(current.withPlaces(links));
    }

    /**
     * Links a proposal to a known place that the analyst chose for a name the gazetteer lacked (picking the spot
     * on the map offered the gazetteer place there), so no second entry is made for the same village.
     */
    public void useKnownPlace(String proposalKey, String unknownName, String placeKey, GeoPrecision precision) {
        linkPlace(proposalKey, placeKey, precision);
        knownUnknowns.add(proposalKey + '\u0000' + unknownName);
    }

    /** Whether the analyst has said which known place this proposal's unknown name is. */
    public boolean unknownResolved(String proposalKey, String unknownName) {
        return knownUnknowns.contains(proposalKey + '\u0000' + unknownName);
    }

    public List<Place> newPlaces() { return List.copyOf(newPlaces); }

    public boolean hasChanges() {
        return !decisions.values().stream().allMatch(d -> d == Decision.UNDECIDED) || !edited.isEmpty() || !newPlaces.isEmpty();
    }

    /** How many proposals each decision has, for the save button and the status line. */
    public Map<Decision, Integer> counts() {
        Map<Decision, Integer> counts = new LinkedHashMap<>();
        for (Decision d : Decision.values()) counts.put(d, 0);
        for (String key : drafts.keySet()) counts.merge(decision(key), 1, Integer::sum);
        return counts;
    }

    /** Every stored proposal this draft changes: the ones decided or edited and the ones merged into them. */
    Set<String> touchedProposals() {
        Set<String> keys = new LinkedHashSet<>();
        for (String key : drafts.keySet()) if (decision(key) != Decision.UNDECIDED || edited.contains(key)) keys.add(key);
        absorbed.values().forEach(keys::addAll);
        keys.removeIf(k -> !stored.contains(k));
        return keys;
    }

    /** Whether a proposal is in the database already (rather than made by the extractor when the report was opened). */
    boolean stored(String key) { return stored.contains(key); }

    List<String> absorbedInto(String key) { return absorbed.getOrDefault(key, List.of()); }

    boolean wasEdited(String key) { return edited.contains(key); }

    private Incident require(String key) {
        Incident incident = drafts.get(key);
        if (incident == null) throw new IllegalArgumentException("No proposal " + key + " in this review");
        return incident;
    }

    /** A readable, unique gazetteer key: the English name in lower case ASCII, or a code from the Arabic one. */
    private String uniqueKey(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        String base = ascii.length() >= 2 ? ascii : "place_" + Integer.toHexString(name.hashCode() & 0xfffffff);
        String key = base;
        for (int n = 2; takenPlaceKeys.contains(key); n++) key = base + "_" + n;
        return key;
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<Incident> union(List<Incident> a, List<Incident> b) {
        Map<String, Incident> byKey = new LinkedHashMap<>();
        for (Incident i : concat(a, b)) byKey.putIfAbsent(i.key(), i);
        return new ArrayList<>(byKey.values());
    }
}
