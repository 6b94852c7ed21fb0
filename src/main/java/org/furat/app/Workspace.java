package org.furat.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.furat.ingest.Extractor;
import org.furat.model.Actor;
import org.furat.model.Incident;
import org.furat.model.IncidentFilter;
import org.furat.model.PendingReport;
import org.furat.model.Place;
import org.furat.model.PlaceGroup;
import org.furat.model.Source;
import org.furat.text.SearchQuery;
import org.furat.store.ChangeFeed;
import org.furat.store.FuratDatabase;
import org.furat.store.GazetteerRepository;
import org.furat.store.ImportRepository;
import org.furat.store.IncidentRepository;
import org.furat.store.LocationRepository;
import org.furat.store.ReviewRepository;
import org.furat.store.SearchRepository;
import org.furat.store.SeedData;
import org.furat.store.Seeder;
import org.furat.store.SourceRepository;

/**
 * An open Furat database and the questions the UI and the CLI ask of it. Opening a new file creates
 * and seeds it. Methods touch the disk: call them off the JavaFX thread. Thread-safe.
 */
public final class Workspace implements AutoCloseable {

    private final FuratDatabase database;
    private final boolean seededNow;
    private final GazetteerRepository gazetteer;
    private final IncidentRepository incidents;
    private final SourceRepository sources;
    private volatile Map<String, Place> placesByKey;
    private volatile Map<String, Actor> actorsByKey;
    /** The incidents as they are now; replaced, never changed, so results computed on an earlier one stay valid. */
    private volatile IncidentIndex index;
    /** Held while the index is replaced, so two changes never apply out of order or one over the other. */
    private final Object indexLock = new Object();
    private volatile ExtractorInUse extractor;
    /** Counts gazetteer changes, so an extractor built from an older gazetteer is not kept. */
    private final java.util.concurrent.atomic.AtomicLong gazetteerVersion = new java.util.concurrent.atomic.AtomicLong();
    private volatile TextHits lastText;
    /** Counts changes made through this workspace, so an index read before one is never kept after it. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private final SearchRepository search;
    private final LocationRepository locations;
    private final ReviewRepository reviews;
    private final RegionAreas regions = RegionAreas.shipped();
    /** Incidents in full for the list; a few list's worth. */
    private final IncidentDetails details;
    private final ChangeFeed feed;
    private final org.furat.store.ReviewClaims claims;
    private final String reviewHolder = java.util.UUID.randomUUID().toString();
    /** Whether this workspace claimed a review, so closing it releases them (a write, checked only then). */
    private volatile boolean claimedReviews;
    /** The newest action this workspace has taken in, its own or another connection's. */
    private long lastSeenAction;

    private Workspace(FuratDatabase database, boolean seededNow) {
        this.database = database;
        this.seededNow = seededNow;
        this.gazetteer = new GazetteerRepository(database);
        this.incidents = new IncidentRepository(database);
        this.details = new IncidentDetails(incidents, 4000);
        this.sources = new SourceRepository(database);
        this.search = new SearchRepository(database);
        this.locations = new LocationRepository(database);
        this.reviews = new ReviewRepository(database);
        this.feed = new ChangeFeed(database);
        this.claims = new org.furat.store.ReviewClaims(database);
        this.lastSeenAction = feed.lastActionId();
    }

    /**
     * Opens the database at {@code file}; a new or empty one is seeded from data/ in one transaction, and one created
     * by an older Furat gets the curated places and actor spellings added to data/ since.
     */
    public static Workspace open(Path file) {
        boolean existed = Files.exists(file);
        FuratDatabase database = FuratDatabase.open(file);
        try {
            return open(database);
        } catch (RuntimeException e) {
            // A file this call created and could not fill would be an empty database posing as a real one.
            if (!existed) deleteQuietly(file);
            throw e;
        }
    }

    /**
     * Opens the database {@code location} names: a team database's {@code postgresql://} address (see
     * {@link TeamDatabase}), or a file as {@link #open(Path)} does.
     */
    public static Workspace open(String location) {
        if (!TeamDatabase.isServer(location)) return open(Path.of(location));
        return open(org.furat.store.server.ServerDatabase.open(org.furat.store.server.ServerAddress.parse(location)));
    }

    /**
     * Takes an open database on: an empty one is seeded from data/ in one transaction, and one an older Furat filled
     * gets the curated places and actor spellings added to data/ since, unless nothing may be written to it.
     */
    private static Workspace open(FuratDatabase database) {
        try {
            boolean seed = !database.readOnly() && Seeder.isEmpty(database);
            if (seed) Seeder.seed(database, SeedData.fromClasspath());
            else if (!database.readOnly()) {
                // Curated places and actor spellings added to Furat since this database was created.
                Seeder.addNewSeedPlaces(database);
                Seeder.addNewSeedActorSpellings(database);
            }
            return new Workspace(database, seed);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The seeding error is the one worth reporting.
        }
    }

    /** Where the database is, for messages: its file, or the team database's address without its password. */
    public String databaseName() { return database.location(); }

    /** The database's file; only for a database that is a file (a team database has none). */
    public Path databaseFile() {
        if (database instanceof org.furat.store.GeoPackageDatabase file) return file.file();
        throw new IllegalStateException(database.location() + " is a team database, not a file");
    }

    /**
     * What opening did to an older database's schema, naming the copy saved before the upgrade; empty when
     * nothing was upgraded. A user should be told.
     */
    public Optional<String> upgradeNotice() { return database.upgradeNotice(); }

    /**
     * Asks to be told, on another thread, when another window, command or colleague may have committed a change, so
     * that {@link #takeInOtherChanges} can be run at once, and told by {@code reach} when a team database cannot be
     * reached (a sentence) and when it can again (null); false when the database cannot tell (a file), and then it
     * must be looked at from time to time.
     */
    public boolean whenOthersChange(Runnable changed, java.util.function.Consumer<String> reach) {
        return database.whenOthersChange(changed, reach);
    }

    /** What the person using the database may do in it. */
    public org.furat.model.Access access() { return database.access(); }

    /** The database itself, for what works on two at once (publishing a copy to its team database). */
    FuratDatabase database() { return database; }

    /** Whether the incident's description in English, or in Arabic, is the one written from its fields (not an analyst's). */
    boolean describedFromFields(Incident incident, boolean english) {
        return english ? java.util.Objects.equals(incident.descriptionEn(), descriptions().english(incident))
                : java.util.Objects.equals(incident.descriptionAr(), descriptions().arabic(incident));
    }

    /** {@code edited} with the descriptions written from its fields following them, as a saved edit has them. */
    Incident descriptionsFollow(Incident stored, Incident edited) { return descriptions().follow(stored, edited); }

    /** Whether the database file or its folder cannot be written: everything can be shown, nothing changed. */
    public boolean readOnly() { return database.readOnly(); }

    /** Checks every page of the database file; the damaged message, or nothing when it is sound. Takes seconds at scale. */
    public Optional<String> checkWholeFile() { return database.checkWholeFile(); }

    /** Whether this open created the seed data (the first run on this file). */
    public boolean seededNow() { return seededNow; }

    public List<Place> places() { return List.copyOf(placesByKey().values()); }

    public Optional<Place> place(String key) { return Optional.ofNullable(placesByKey().get(key)); }

    public List<PlaceGroup> groups() { return gazetteer.groups(); }

    public Optional<Actor> actor(String key) { return Optional.ofNullable(actorsByKey().get(key)); }

    /** Applies a filter to every incident: what matches, and the counts the views show. */
    public FilterResult filter(IncidentFilter filter) {
        IncidentIndex snapshot = index();
        return snapshot.apply(filter, textMatches(snapshot, filter.text()));
    }

    /**
     * The incidents the whole filter matches that are also at one of {@code places} (or, for none, all it matches):
     * what a clicked pin or cluster lists. Unlike {@code filter.withPlaces(places)}, the filter's own places still
     * hold: with Khasham chosen, the Conoco pin lists only Conoco's incidents that are at Khasham too.
     */
    public FilterResult filterAt(IncidentFilter filter, java.util.Set<String> places) {
        IncidentIndex index = index();
        FilterResult whole = index.apply(filter, textMatches(index, filter.text()));
        if (places.isEmpty()) return whole;
        return index.apply(filter.withPlaces(places), whole.matching());
    }

    /**
     * For each place with incidents in a result, which ones (their positions in the index, ascending): what lets the
     * map count a cluster's incidents once each. Positions name incidents only within the result's snapshot.
     */
    public Map<String, int[]> incidentsByPlace(FilterResult result) {
        return result.snapshot().positionsByPlace(result.matching());
    }

    /** All incidents that match, earliest first, with their full details. */
    public List<Incident> incidents(IncidentFilter filter) {
        return incidents.byIds(filter(filter).ids());
    }

    /** The newest {@code limit} incidents of a result, with their full details, newest first. */
    public List<Incident> newestIncidents(FilterResult result, int limit) {
        return newest(result.snapshot(), result.matching(), limit);
    }

    private List<Incident> newest(IncidentIndex index, BitSet positions, int limit) {
        long[] ids = Arrays.stream(index.newest(positions, limit)).mapToLong(index::id).toArray();
        List<Incident> list = new ArrayList<>(details.byIds(ids));
        list.sort(Comparator.comparing((Incident i) -> i.dates().start()).reversed().thenComparing(Incident::key));
        return list;
    }

    /**
     * A result's incidents as the incident table lists them: their row ids in the order of {@code sort}, all of them
     * (a million is 8 MB and tens of milliseconds); the rows themselves are read a page at a time by {@link #incidentsInOrder}.
     */
    public long[] sortedIds(FilterResult result, IncidentOrder.Sort sort) {
        return idsOf(result.snapshot(), result.matching(), sort);
    }

    /** The row ids of a result's incidents that name an area, in the order of {@code sort}. */
    public long[] sortedAreaIds(FilterResult result, String areaKey, IncidentOrder.Sort sort) {
        IncidentIndex index = result.snapshot();
        return idsOf(index, regions.incidentsOf(index, result.matching(), groups(), areaKey), sort);
    }

    private static long[] idsOf(IncidentIndex index, BitSet positions, IncidentOrder.Sort sort) {
        return Arrays.stream(IncidentOrder.sorted(index, positions, sort)).mapToLong(index::id).toArray();
    }

    /** The incidents with these row ids, with their full details, in the order given; null for an id no longer there. */
    public List<Incident> incidentsInOrder(long[] ids) {
        return incidents.byIdsInOrder(ids);
    }

    /** Sets the status of these incidents (by row id) in one action of the change log; how many changed. */
    public int setStatus(long[] ids, org.furat.model.Status status) {
        int changed = lifecycle().setStatus(ids, status);
        incidentsChanged(ids);
        return changed;
    }

    /** Deletes these incidents (by row id) for one reason, in one action of the change log; how many were deleted. */
    public int deleteIncidents(long[] ids, String reason) {
        int changed = lifecycle().deleteAll(ids, reason);
        incidentsChanged(ids);
        return changed;
    }

    /** The areas that a result's region-level incidents name (see {@link RegionAreas}), busiest first. */
    public List<RegionAreas.Area> regionAreas(FilterResult result) {
        return regions.areas(result.snapshot(), result.matching(), groups());
    }

    /** Whether the map draws the incidents at this place on its area rather than as a pin. */
    public boolean drawnAsArea(Place place) {
        return regions.isArea(place);
    }

    /** The newest {@code limit} of a result's incidents that name an area, with their full details, newest first. */
    public List<Incident> newestAreaIncidents(FilterResult result, String areaKey, int limit) {
        IncidentIndex index = result.snapshot();
        BitSet positions = regions.incidentsOf(index, result.matching(), groups(), areaKey);
        return newest(index, positions, limit);
    }

    /** How many of a result's incidents name an area: what its badge shows. */
    public int areaIncidentCount(FilterResult result, String areaKey) {
        return regions.incidentsOf(result.snapshot(), result.matching(), groups(), areaKey).cardinality();
    }

    /** Whether the filter shows the incident with this key now. */
    public boolean matches(IncidentFilter filter, String key) {
        long[] ids = incidentIds(List.of(key));
        return ids.length == 1 && Arrays.binarySearch(filter(filter).ids(), ids[0]) >= 0;
    }

    public Optional<Source> source(String key) { return sources.byKey(key); }

    /** Every place that has incidents under the filter, busiest first. */
    public List<PlaceSummary> placeSummaries(IncidentFilter filter) {
        return filter(filter).places();
    }

    /** How many incident_locations rows (incident × place) a result's incidents have. */
    public long locationRowCount(FilterResult result) {
        return result.snapshot().linkCount(result.matching());
    }

    /** How many of a result's incidents have no place, and so no row in a layer of points. */
    public int unplacedCount(FilterResult result) {
        return result.snapshot().withoutLinks(result.matching());
    }

    /**
     * Streams the incident_locations rows of a result's incidents, for exports: the incidents it matched, named by
     * id, even when they were edited since (their rows are read as they are now).
     */
    public long forEachLocationRow(FilterResult result, java.util.function.BooleanSupplier cancelled,
                                   java.util.function.Consumer<org.furat.store.LocationRow> sink) {
        BitSet ids = new BitSet();
        for (long id : result.ids()) ids.set(Math.toIntExact(id));
        return locations.forEach(ids, cancelled, sink);
    }

    /** Writes incidents' descriptions from their fields with the names of this database's places and actors. */
    IncidentDescriptions descriptions() {
        return new IncidentDescriptions(k -> place(k).orElse(null), k -> actor(k).orElse(null));
    }

    /** Takes news reports in (see {@link Importer}). */
    public Importer importer() {
        return new Importer(this, new ImportRepository(database));
    }

    /** Imports places from gazetteer files and takes imports back out (see {@link GazetteerImporter}). */
    public GazetteerImporter gazetteerImporter() {
        return new GazetteerImporter(this, new org.furat.store.GazetteerSources(database));
    }

    /** Adds, edits, merges and deletes places, and adds, renames and merges actors (see {@link GazetteerEditor}). */
    public GazetteerEditor gazetteerEditor() {
        return new GazetteerEditor(this, new org.furat.store.PlaceWrites(database), new org.furat.store.ActorWrites(database));
    }

    /** Opens reports for review and saves reviews (see {@link Reviewer}). */
    public Reviewer reviewer() {
        return new Reviewer(this, reviews, new org.furat.store.ReadingRepository(database));
    }

    /**
     * Claims the review of a report for this workspace (its window). When someone else is reviewing it, returns their
     * claim and claims nothing, unless {@code takeOver}; their save is then refused. Nothing on a read-only database,
     * where no review can be saved anyway.
     */
    public Optional<org.furat.model.ReviewClaim> claimReview(String sourceKey, boolean takeOver) {
        if (readOnly()) return Optional.empty();
        Optional<org.furat.model.ReviewClaim> other = claims.claim(sourceKey, reviewHolder, takeOver);
        if (other.isEmpty()) claimedReviews = true;
        return other;
    }

    /** Someone else reviewing the report now, if anyone: read only, nothing claimed. */
    public Optional<org.furat.model.ReviewClaim> reviewHeldByOther(String sourceKey) {
        return claims.heldByOther(sourceKey, reviewHolder);
    }

    /** Releases this workspace's claim on a report's review (the review closed). */
    public void releaseReview(String sourceKey) {
        if (!readOnly()) claims.release(sourceKey, reviewHolder);
    }

    /** This workspace as the holder of review claims: a random id, so two windows of one analyst are told apart. */
    String reviewHolder() { return reviewHolder; }

    /** The {@code limit} most recently added reports with proposals still to review, newest first. */
    public List<PendingReport> reportsToReview(int limit) {
        return reviews.pending(limit);
    }

    /** Every incident, proposed or reviewed, that cites the report. */
    public List<Incident> incidentsCiting(String sourceKey) {
        return incidents.byIds(reviews.incidentIdsCiting(sourceKey));
    }

    public Optional<Incident> incident(String key) { return incidents.byKey(key); }

    /** A key for an incident the analyst adds by hand: "hand-" and eight random hexadecimal digits. */
    public String newIncidentKey() {
        return "hand-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Adds an incident the analyst made, with a description written from its fields in each language left blank;
     * {@code note}, when not null, is the analyst's own note its evidence points into. Returns the incident as stored.
     * Refused, with nothing written, when {@link HandCodedIncident} says it cannot be added.
     */
    public Incident addIncident(Incident incident, AnalystNote note) {
        HandCodedIncident.check(incident, note);
        requireKnownKeys(incident);
        Incident described = descriptions().describe(incident);
        long id = edits().add(described, note == null ? null : note.source());
        incidentsChanged(new long[] {id});
        return incident(described.key()).orElseThrow();
    }

    /**
     * Replaces an incident (the one with the same key) by the analyst's corrected version: only what differs is
     * changed and recorded. A description written from the fields follows them; one the analyst wrote stays.
     */
    public Incident editIncident(Incident edited, String reason) {
        Incident opened = incident(edited.key())
                .orElseThrow(() -> new IllegalArgumentException("There is no incident " + edited.key()));
        return editIncident(opened, edited, reason, ConcurrentEdit.Settle.KEEP_MINE);
    }

    /**
     * Saves the analyst's correction {@code edited} of {@code opened} (the incident as the editor showed it). Should
     * someone else have changed the incident since, what only one of them changed is kept; fields both changed
     * differently are settled as {@code settle} says or, with REFUSE, nothing is saved and {@link EditConflict} names
     * them. The incident is compared as stored inside the write transaction: no change slips in between.
     */
    public Incident editIncident(Incident opened, Incident edited, String reason, ConcurrentEdit.Settle settle) {
        if (deletion(edited.key()).isPresent()) {
            throw new IllegalStateException("Incident " + edited.key() + " is deleted: restore it before editing it");
        }
        requireKnownKeys(edited);
        long id;
        try {
            id = edits().edit(edited.key(), stored -> {
                ConcurrentEdit.Outcome<org.furat.model.Incident> outcome = ConcurrentEdit.combine(opened, edited, stored, settle);
                if (settle == ConcurrentEdit.Settle.REFUSE && !outcome.conflicts().isEmpty()) {
                    throw new EditConflict("incident " + edited.key(), outcome.conflicts(), lastChangedBy(edited.key()));
                }
                return descriptions().follow(stored, outcome.combined());
            }, reason);
        } catch (org.furat.store.StoreException e) {
            if (e.getCause() instanceof EditConflict conflict) throw conflict;
            throw e;
        }
        incidentsChanged(new long[] {id});
        return incident(edited.key()).orElseThrow();
    }

    private String lastChangedBy(String key) {
        List<org.furat.model.ChangeRecord> latest = history(new org.furat.model.ChangeQuery(org.furat.model.ChangeQuery.Subject.INCIDENT, key, null, 1));
        return latest.isEmpty() ? "Someone" : latest.get(0).who();
    }

    /**
     * Merges incident {@code other} into {@code kept}: the kept one gains the other's places, actors and evidence it
     * lacks (its other fields stay, to be corrected by hand where the two disagree), and the other is deleted for the
     * reason "merged into KEPT" (restorable). A description written from the fields follows the new places and actors.
     */
    public Incident mergeIncidents(String kept, String other, String reason) {
        Incident into = incident(kept).orElseThrow(() -> new IllegalArgumentException("There is no incident " + kept));
        Incident from = incident(other).orElseThrow(() -> new IllegalArgumentException("There is no incident " + other));
        if (deletion(kept).isPresent()) throw new IllegalStateException("Incident " + kept + " is deleted: restore it before merging into it");
        Incident merged = into.withPlaces(union(into.places(), from.places(), l -> l.placeKey() + "|" + l.role()))
                .withActors(union(into.actors(), from.actors(), a -> a.actorKey() + "|" + a.role()))
                .withEvidence(union(into.evidence(), from.evidence(), e -> e.sourceKey() + "|" + e.start() + "|" + e.end()));
        long[] ids = incidentIds(List.of(kept, other));
        edits().merge(descriptions().follow(into, merged), other, reason);
        incidentsChanged(ids);
        return incident(kept).orElseThrow();
    }

    /** Refuses, before anything is written, an incident naming a place or actor this database does not have. */
    private void requireKnownKeys(Incident incident) {
        for (org.furat.model.PlaceLink link : incident.places()) {
            if (place(link.placeKey()).isEmpty()) {
                throw new IllegalArgumentException("There is no place '" + link.placeKey() + "': give a place's key, as `furat places` lists them");
            }
        }
        for (org.furat.model.IncidentActor actor : incident.actors()) {
            if (actor(actor.actorKey()).isEmpty()) {
                throw new IllegalArgumentException("There is no actor '" + actor.actorKey() + "': give an actor's key, as `furat actor list` lists them");
            }
        }
    }

    /** {@code first} and then the entries of {@code second} whose identity none of first has. */
    private static <T> List<T> union(List<T> first, List<T> second, Function<T, String> identity) {
        java.util.Set<String> seen = first.stream().map(identity).collect(Collectors.toSet());
        List<T> all = new ArrayList<>(first);
        for (T t : second) if (seen.add(identity.apply(t))) all.add(t);
        return all;
    }

    private org.furat.store.IncidentEdits edits() {
        return new org.furat.store.IncidentEdits(database);
    }

    /** What Undo would take back now (the analyst's own latest action), if anything. */
    public Optional<UndoableAction> nextUndo() {
        return undoRedo().nextUndo().map(Workspace::undoable);
    }

    /** What Redo would take back now (the analyst's latest undo), if anything. */
    public Optional<UndoableAction> nextRedo() {
        return undoRedo().nextRedo().map(Workspace::undoable);
    }

    private static UndoableAction undoable(org.furat.store.UndoStack.Step step) {
        return new UndoableAction(step.actionId(), step.name(), step.at());
    }

    /**
     * Takes back the analyst's latest action, itself recorded as an action; refused, changing nothing, when a later
     * change is in the way. Returns the undo's name as the history shows it ("undo: edit incident").
     */
    public String undo() {
        try {
            return afterReversal(undoRedo().undo());
        } catch (org.furat.store.StoreException e) {
            throw refusedByRole(e, "undo");
        }
    }

    /** Takes back the analyst's latest undo; returns the redo's name ("redo: edit incident"). */
    public String redo() {
        try {
            return afterReversal(undoRedo().redo());
        } catch (org.furat.store.StoreException e) {
            throw refusedByRole(e, "redo");
        }
    }

    /**
     * A team database's refusal of an undo or redo, saying why it can happen to one's own action: taking an import or
     * an addition back deletes rows, which only an editor may do there.
     */
    private org.furat.store.StoreException refusedByRole(org.furat.store.StoreException e, String what) {
        org.furat.model.Access access = database.access();
        if (!access.team() || e.problem() != org.furat.store.StoreException.Problem.READ_ONLY || access.editorial()) return e;
        return new org.furat.store.StoreException(e.problem(), "The team database refused the " + what + ": taking an action back "
                + "may delete what it added (an import's report and incidents, say), which only an editor may do there, and "
                + (access.role() == null ? "you have no Furat role" : "you are an " + access.role()) + ". " + e.getMessage(), e);
    }

    private org.furat.store.UndoRedo undoRedo() {
        return new org.furat.store.UndoRedo(database);
    }

    private String afterReversal(org.furat.store.UndoRedo.Done done) {
        if (done.gazetteerChanged()) {
            // Places or actors changed: the index names them, so it is built again.
            actorsByKey = null;
            gazetteerChanged();
            dataChanged();
        } else {
            incidentsChanged(done.incidentIds());
        }
        return done.name();
    }

    /** Marks an incident deleted, for a reason (required): kept, left out of every view unless deleted ones are shown. */
    public void deleteIncident(String key, String reason) {
        long[] ids = incidentIds(List.of(key));
        lifecycle().delete(key, reason);
        incidentsChanged(ids);
    }

    /** Takes an incident's deletion back. */
    public void restoreIncident(String key) {
        long[] ids = incidentIds(List.of(key));
        lifecycle().restore(key);
        incidentsChanged(ids);
    }

    /** Takes an incident's rejection back: it is a proposal again. */
    public void reopenIncident(String key) {
        long[] ids = incidentIds(List.of(key));
        lifecycle().reopen(key);
        incidentsChanged(ids);
    }

    /**
     * Reopens the saved review of a report: the incidents it gave that were verified or rejected (and not deleted) are
     * proposals again, in the report's review. How many were reopened.
     */
    public int reopenReview(String sourceKey) {
        long[] ids = lifecycle().reopenReview(sourceKey);
        incidentsChanged(ids);
        return ids.length;
    }

    /** When and why an incident was deleted, or empty when it is not; an unknown key is refused. */
    public Optional<org.furat.model.Deletion> deletion(String key) {
        return lifecycle().deletion(key);
    }

    /** Every deleted incident's deletion, by key. */
    public Map<String, org.furat.model.Deletion> deletions() {
        return lifecycle().deletions();
    }

    private org.furat.store.IncidentLifecycle lifecycle() {
        return new org.furat.store.IncidentLifecycle(database);
    }

    /** The change log: the actions that match, newest first, each with the changes it made to what was asked for. */
    public List<org.furat.model.ChangeRecord> history(org.furat.model.ChangeQuery query) {
        return new org.furat.store.ChangeHistory(database).actions(query);
    }

    /** The actions of the whole database that match, newest first, without their changes: a page of recent changes. */
    public List<org.furat.model.ActionSummary> recentActions(org.furat.model.ChangeQuery query) {
        return new org.furat.store.ChangeHistory(database).summaries(query);
    }

    /** Who has made changes, and the names of the actions made, as the history's filters offer them. */
    /** Who made the latest logged change to the row of {@code table} with {@code key}. */
    String lastChangedBy(String table, String key) { return new org.furat.store.ChangeHistory(database).lastChangedBy(table, key); }

    public List<String> historyAnalysts() { return new org.furat.store.ChangeHistory(database).distinct("who"); }

    public List<String> historyActionNames() { return new org.furat.store.ChangeHistory(database).distinct("name"); }

    /** Names for the keys of the change log: places, actors, the words evidence quotes. One per listing. */
    public ChangeNames changeNames() {
        return new WorkspaceChangeNames(this);
    }

    /** The analyst's name recorded with every change, or empty while unset (the computer's user is recorded then). */
    public Optional<String> analystName() {
        return new org.furat.store.AnalystName(database).get();
    }

    /** Who the next change will be recorded as: the analyst's name, else the computer's user. */
    public String recordedAs() {
        return new org.furat.store.AnalystName(database).recordedAs();
    }

    /** Sets the analyst's name, itself an action of the history; a blank name clears it. */
    public void setAnalystName(String name) {
        new org.furat.store.AnalystName(database).set(name);
    }

    /**
     * The incidents deleted on or after {@code since} (UTC), as a deletion file lists them: those removed and not stored
     * again, and those marked deleted and not restored since.
     */
    public List<org.furat.model.DeletedIncident> deletedIncidentsSince(java.time.LocalDate since) {
        return new org.furat.store.ChangeHistory(database).deletedIncidents(since);
    }

    /** An extractor and the version that names it (see {@link ExtractorVersion}), built from the same gazetteer. */
    record ExtractorInUse(Extractor extractor, String version) {}

    /** The extractor over the current gazetteer and actors; built once, again after the gazetteer changes. */
    Extractor extractor() {
        return extractorInUse().extractor();
    }

    /** The extractor over the current gazetteer and actors, with its version; built once, again after the gazetteer changes. */
    ExtractorInUse extractorInUse() {
        ExtractorInUse current = extractor;
        if (current == null) {
            long seen = gazetteerVersion.get();
            List<Place> places = places();
            List<PlaceGroup> groups = groups();
            List<Actor> actors = actors();
            current = new ExtractorInUse(new Extractor(places, groups, actors), ExtractorVersion.of(places, groups, actors));
            // Kept only if no place was added while it was built; otherwise the next call builds it again.
            if (gazetteerVersion.get() == seen) extractor = current;
        }
        return current;
    }

    /** Forgets the gazetteer read from the database, after places were added through this workspace. */
    void gazetteerChanged() {
        gazetteerVersion.incrementAndGet();
        placesByKey = null;
        extractor = null;
    }

    /**
     * Takes in what other windows, commands or colleagues committed to the database since the last look (or since
     * this workspace opened): the incidents they touched are read again into the index, in milliseconds, as after
     * this workspace's own edits; a change to places or actors, or a bulk load, has everything read again. Returns
     * their actions, oldest first, for the window to say who did what; none when nothing changed.
     */
    public List<org.furat.model.ActionSummary> takeInOtherChanges() {
        ChangeFeed.Changes changes;
        synchronized (feed) {
            changes = feed.since(lastSeenAction, database::madeHere);
            lastSeenAction = changes.lastActionId();
        }
        if (changes.none()) return List.of();
        if (changes.gazetteerChanged() || changes.bulk()) actorsChanged();
        else incidentsChanged(changes.incidentIds());
        return changes.actions();
    }

    /** Forgets the actors read from the database (and what is built from them), after they changed through this workspace. */
    void actorsChanged() {
        actorsByKey = null;
        gazetteerChanged();
        dataChanged();
    }

    /**
     * Forgets every incident read from the database, after a change this workspace cannot name incident by incident
     * (the gazetteer's places changed under them): the next read rebuilds the index, which takes seconds at a
     * million incidents. A change to known incidents calls {@link #incidentsChanged} instead.
     */
    public void dataChanged() {
        synchronized (indexLock) {
            generation.incrementAndGet();
            index = null;
        }
        details.forgetAll();
        lastText = null;
    }

    /** The row ids the incidents with these keys have now (those that exist): what to pass to {@link #incidentsChanged}. */
    public long[] incidentIds(java.util.Collection<String> keys) {
        return incidents.idsOf(keys);
    }

    /**
     * Takes in a change to the incidents with these row ids, made and committed through this workspace: each is read
     * again and changed, added or (when no longer in the database) removed in a new snapshot of the index, in
     * milliseconds at a million incidents. A write that gives an incident a new id names both ids. Results computed
     * before keep their own snapshot. Should the rows not be readable, the index is dropped and the next read
     * rebuilds it (and reports the error), rather than failing a write that has already been committed.
     */
    public void incidentsChanged(long[] incidentIds) {
        details.forget(incidentIds);
        synchronized (indexLock) {
            generation.incrementAndGet();
            lastText = null;
            IncidentIndex current = index;
            if (current == null || incidentIds.length == 0) return; // the next read builds it from the tables, change included
            try {
                index = current.withChanges(incidentIds, incidents.columnsOf(incidentIds), placesByKey());
            } catch (RuntimeException e) {
                index = null;
            }
        }
    }

    /** {@link #incidentsChanged(long[])} for ids given as a collection. */
    public void incidentsChanged(java.util.Collection<Long> incidentIds) {
        incidentsChanged(incidentIds.stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * Takes in a change to the incidents with these keys, which had the ids {@code idsBefore} (from {@link #incidentIds},
     * read before the write): a write that stores an incident again gives it a new id, and the old one must go.
     */
    public void incidentsChanged(long[] idsBefore, java.util.Collection<String> keys) {
        long[] after = incidentIds(keys);
        incidentsChanged(java.util.stream.LongStream.concat(Arrays.stream(idsBefore), Arrays.stream(after)).distinct().toArray());
    }

    /** Whether this database holds generated data (for benchmarks and demos), which the window must say. */
    public boolean synthetic() { return index().synthetic(); }

    public List<Actor> actors() { return List.copyOf(actorsByKey().values()); }

    /** The positions in {@code snapshot} of the incidents the text search finds, or null for no text. */
    private BitSet textMatches(IncidentIndex snapshot, String text) {
        SearchQuery query = SearchQuery.parse(text);
        if (query.isEmpty()) return null;
        TextHits cached = lastText;
        if (cached != null && cached.text().equals(text) && cached.snapshot() == snapshot) return cached.positions();
        BitSet positions = snapshot.positionsOf(search.matchingIncidents(query));
        // Kept only while the snapshot is current: a change since may have changed what the text finds.
        if (index == snapshot) lastText = new TextHits(text, positions, snapshot);
        return positions;
    }

    /** The last text search, kept because changing the dates or types leaves the text as it was; positions in {@code snapshot}. */
    private record TextHits(String text, BitSet positions, IncidentIndex snapshot) {}

    private IncidentIndex index() {
        IncidentIndex current = index;
        if (current != null) return current;
        long seen = generation.get();
        IncidentIndex built = new IncidentIndex(incidents.columns(), placesByKey());
        synchronized (indexLock) {
            if (index != null) return index; // built or changed by another thread meanwhile
            // Kept only if no change was made while the tables were read; otherwise the next call reads again.
            if (generation.get() == seen) index = built;
        }
        return built;
    }

    private Map<String, Place> placesByKey() {
        Map<String, Place> map = placesByKey;
        if (map == null) {
            map = gazetteer.places().stream().collect(Collectors.toMap(Place::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
            placesByKey = map;
        }
        return map;
    }

    private Map<String, Actor> actorsByKey() {
        Map<String, Actor> map = actorsByKey;
        if (map == null) {
            map = gazetteer.actors().stream().collect(Collectors.toMap(Actor::key, Function.identity()));
            actorsByKey = map;
        }
        return map;
    }

    /** Closes the database, releasing the reviews this workspace claimed first (a failure to release loses nothing). */
    @Override
    public void close() {
        try {
            if (claimedReviews) claims.releaseAll(reviewHolder);
        } catch (RuntimeException ignored) {
            // A claim left behind is shown to the next reviewer, who can take it over.
        } finally {
            database.close();
        }
    }
}
