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
    private volatile IncidentIndex index;
    private volatile ExtractorInUse extractor;
    /** Counts gazetteer changes, so an extractor built from an older gazetteer is not kept. */
    private final java.util.concurrent.atomic.AtomicLong gazetteerVersion = new java.util.concurrent.atomic.AtomicLong();
    private volatile TextHits lastText;
    /** Counts changes made through this workspace, so a result read before one is never kept after it. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private final SearchRepository search;
    private final LocationRepository locations;
    private final ReviewRepository reviews;
    private final RegionAreas regions = RegionAreas.shipped();

    private Workspace(FuratDatabase database, boolean seededNow) {
        this.database = database;
        this.seededNow = seededNow;
        this.gazetteer = new GazetteerRepository(database);
        this.incidents = new IncidentRepository(database);
        this.sources = new SourceRepository(database);
        this.search = new SearchRepository(database);
        this.locations = new LocationRepository(database);
        this.reviews = new ReviewRepository(database);
    }

    /**
     * Opens the database at {@code file}; a new or empty one is seeded from data/ in one transaction, and one created
     * by an older Furat gets the curated places and actor spellings added to data/ since.
     */
    public static Workspace open(Path file) {
        boolean existed = Files.exists(file);
        FuratDatabase database = FuratDatabase.open(file);
        try {
            boolean seed = Seeder.isEmpty(database);
            if (seed) Seeder.seed(database, SeedData.fromClasspath());
            else {
                // Curated places and actor spellings added to Furat since this file was created.
                Seeder.addNewSeedPlaces(database);
                Seeder.addNewSeedActorSpellings(database);
            }
            return new Workspace(database, seed);
        } catch (RuntimeException e) {
            database.close();
            // A file this call created and could not fill would be an empty database posing as a real one.
            if (!existed) deleteQuietly(file);
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

    public Path databaseFile() { return database.file(); }

    /**
     * What opening did to an older database's schema, naming the copy saved before the upgrade; empty when
     * nothing was upgraded. A user should be told.
     */
    public Optional<String> upgradeNotice() { return database.upgradeNotice(); }

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
        return index().apply(filter, textMatches(filter.text()));
    }

    /**
     * The incidents the whole filter matches that are also at one of {@code places} (or, for none, all it matches):
     * what a clicked pin or cluster lists. Unlike {@code filter.withPlaces(places)}, the filter's own places still
     * hold: with Khasham chosen, the Conoco pin lists only Conoco's incidents that are at Khasham too.
     */
    public FilterResult filterAt(IncidentFilter filter, java.util.Set<String> places) {
        IncidentIndex index = index();
        FilterResult whole = index.apply(filter, textMatches(filter.text()));
        if (places.isEmpty()) return whole;
        return index.apply(filter.withPlaces(places), whole.matching());
    }

    /**
     * For each place with incidents in a result, which ones (their positions in the index, ascending): what lets the
     * map count a cluster's incidents once each. Positions name incidents only within this index, like the result.
     */
    public Map<String, int[]> incidentsByPlace(FilterResult result) {
        return index().positionsByPlace(result.matching());
    }

    /** All incidents that match, earliest first, with their full details. */
    public List<Incident> incidents(IncidentFilter filter) {
        FilterResult result = filter(filter);
        return incidents.byIds(index().ids(result.matching()));
    }

    /** The newest {@code limit} incidents of a result, with their full details, newest first. */
    public List<Incident> newestIncidents(FilterResult result, int limit) {
        return newest(index(), result.matching(), limit);
    }

    private List<Incident> newest(IncidentIndex index, BitSet positions, int limit) {
        long[] ids = Arrays.stream(index.newest(positions, limit)).mapToLong(index::id).toArray();
        List<Incident> list = new ArrayList<>(incidents.byIds(ids));
        list.sort(Comparator.comparing((Incident i) -> i.dates().start()).reversed().thenComparing(Incident::key));
        return list;
    }

    /**
     * A result's incidents as the incident table lists them: their row ids in the order of {@code sort}, all of them
     * (a million is 8 MB and tens of milliseconds); the rows themselves are read a page at a time by {@link #incidentsInOrder}.
     */
    public long[] sortedIds(FilterResult result, IncidentOrder.Sort sort) {
        return idsOf(index(), result.matching(), sort);
    }

    /** The row ids of a result's incidents that name an area, in the order of {@code sort}. */
    public long[] sortedAreaIds(FilterResult result, String areaKey, IncidentOrder.Sort sort) {
        IncidentIndex index = index();
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
        dataChanged();
        return changed;
    }

    /** Deletes these incidents (by row id) for one reason, in one action of the change log; how many were deleted. */
    public int deleteIncidents(long[] ids, String reason) {
        int changed = lifecycle().deleteAll(ids, reason);
        dataChanged();
        return changed;
    }

    /** The areas that a result's region-level incidents name (see {@link RegionAreas}), busiest first. */
    public List<RegionAreas.Area> regionAreas(FilterResult result) {
        return regions.areas(index(), result.matching(), groups());
    }

    /** Whether the map draws the incidents at this place on its area rather than as a pin. */
    public boolean drawnAsArea(Place place) {
        return regions.isArea(place);
    }

    /** The newest {@code limit} of a result's incidents that name an area, with their full details, newest first. */
    public List<Incident> newestAreaIncidents(FilterResult result, String areaKey, int limit) {
        IncidentIndex index = index();
        BitSet positions = regions.incidentsOf(index, result.matching(), groups(), areaKey);
        return newest(index, positions, limit);
    }

    /** How many of a result's incidents name an area: what its badge shows. */
    public int areaIncidentCount(FilterResult result, String areaKey) {
        return regions.incidentsOf(index(), result.matching(), groups(), areaKey).cardinality();
    }

    public Optional<Source> source(String key) { return sources.byKey(key); }

    /** Every place that has incidents under the filter, busiest first. */
    public List<PlaceSummary> placeSummaries(IncidentFilter filter) {
        return filter(filter).places();
    }

    /** How many incident_locations rows (incident × place) a result's incidents have. */
    public long locationRowCount(FilterResult result) {
        return index().linkCount(result.matching());
    }

    /** How many of a result's incidents have no place, and so no row in a layer of points. */
    public int unplacedCount(FilterResult result) {
        return index().withoutLinks(result.matching());
    }

    /** Streams the incident_locations rows of a result's incidents, for exports. */
    public long forEachLocationRow(FilterResult result, java.util.function.BooleanSupplier cancelled,
                                   java.util.function.Consumer<org.furat.store.LocationRow> sink) {
        BitSet ids = new BitSet();
        for (long id : index().ids(result.matching())) ids.set(Math.toIntExact(id));
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

    /** Opens reports for review and saves reviews (see {@link Reviewer}). */
    public Reviewer reviewer() {
        return new Reviewer(this, reviews, new org.furat.store.ReadingRepository(database));
    }

    /** The {@code limit} most recently added reports with proposals still to review, newest first. */
    public List<PendingReport> reportsToReview(int limit) {
        return reviews.pending(limit);
    }

    /** Every incident, proposed or reviewed, that cites the report. */
    public List<Incident> incidentsCiting(String sourceKey) {
        return incidents.byIds(reviews.incidentIdsCiting(sourceKey));
    }

    public Optional<Incident> incident(String key) { return incidents.byKey(key); }

    /** Marks an incident deleted, for a reason (required): kept, left out of every view unless deleted ones are shown. */
    public void deleteIncident(String key, String reason) {
        lifecycle().delete(key, reason);
        dataChanged();
    }

    /** Takes an incident's deletion back. */
    public void restoreIncident(String key) {
        lifecycle().restore(key);
        dataChanged();
    }

    /** Takes an incident's rejection back: it is a proposal again. */
    public void reopenIncident(String key) {
        lifecycle().reopen(key);
        dataChanged();
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

    /** Forgets what was read from the database, after data was added through this workspace. */
    void dataChanged() {
        generation.incrementAndGet();
        index = null;
        lastText = null;
    }

    /** Whether this database holds generated data (for benchmarks and demos), which the window must say. */
    public boolean synthetic() { return index().synthetic(); }

    public List<Actor> actors() { return List.copyOf(actorsByKey().values()); }

    private BitSet textMatches(String text) {
        SearchQuery query = SearchQuery.parse(text);
        if (query.isEmpty()) return null;
        long seen = generation.get();
        TextHits cached = lastText;
        if (cached != null && cached.text().equals(text) && cached.generation() == seen) return cached.positions();
        BitSet positions = index().positionsOf(search.matchingIncidents(query.fts5Match()));
        if (generation.get() == seen) lastText = new TextHits(text, positions, seen);
        return positions;
    }

    /** The last text search, kept because changing the dates or types leaves the text as it was. */
    private record TextHits(String text, BitSet positions, long generation) {}

    private IncidentIndex index() {
        IncidentIndex current = index;
        if (current == null) {
            long seen = generation.get();
            current = new IncidentIndex(incidents.columns(), placesByKey());
            // Kept only if no import changed the data while it was read; otherwise the next call reads again.
            if (generation.get() == seen) index = current;
        }
        return current;
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

    @Override
    public void close() { database.close(); }
}
