package org.furat.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.furat.model.Actor;
import org.furat.model.EventType;
import org.furat.model.GeoPrecision;
import org.furat.model.Incident;
import org.furat.model.IncidentFilter;
import org.furat.model.Place;
import org.furat.model.PlaceGroup;
import org.furat.model.PlaceLink;
import org.furat.model.Source;
import org.furat.store.FuratDatabase;
import org.furat.store.GazetteerRepository;
import org.furat.store.IncidentRepository;
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

    private Workspace(FuratDatabase database, boolean seededNow) {
        this.database = database;
        this.seededNow = seededNow;
        this.gazetteer = new GazetteerRepository(database);
        this.incidents = new IncidentRepository(database);
        this.sources = new SourceRepository(database);
    }

    /** Opens the database at {@code file}; a new or empty one is seeded from data/ in one transaction. */
    public static Workspace open(Path file) {
        boolean existed = Files.exists(file);
        FuratDatabase database = FuratDatabase.open(file);
        try {
            boolean seed = Seeder.isEmpty(database);
            if (seed) Seeder.seed(database, SeedData.fromClasspath());
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

    /** Whether this open created the seed data (the first run on this file). */
    public boolean seededNow() { return seededNow; }

    public List<Place> places() { return List.copyOf(placesByKey().values()); }

    public Optional<Place> place(String key) { return Optional.ofNullable(placesByKey().get(key)); }

    public List<PlaceGroup> groups() { return gazetteer.groups(); }

    public Optional<Actor> actor(String key) { return Optional.ofNullable(actorsByKey().get(key)); }

    public List<Incident> incidents(IncidentFilter filter) {
        if (filter.placeKey() != null && !placesByKey().containsKey(filter.placeKey())) {
            throw new IllegalArgumentException("Unknown place '" + filter.placeKey() + "'; `furat places` lists the keys");
        }
        return incidents.find(filter);
    }

    public Optional<Source> source(String key) { return sources.byKey(key); }

    /** Every place that has incidents under the filter, busiest first. */
    public List<PlaceSummary> placeSummaries(IncidentFilter filter) {
        Map<String, List<Incident>> byPlace = new LinkedHashMap<>();
        Map<String, GeoPrecision> bestLink = new HashMap<>();
        for (Incident incident : incidents(filter)) {
            for (PlaceLink link : incident.places()) {
                List<Incident> list = byPlace.computeIfAbsent(link.placeKey(), k -> new ArrayList<>());
                if (!list.contains(incident)) list.add(incident);
                bestLink.merge(link.placeKey(), link.precision(), (a, b) -> a.code() <= b.code() ? a : b);
            }
        }
        List<PlaceSummary> summaries = new ArrayList<>();
        byPlace.forEach((key, list) -> {
            Place place = placesByKey().get(key);
            summaries.add(new PlaceSummary(place, list.size(), dominantType(list), place.precision().coarsest(bestLink.get(key))));
        });
        summaries.sort(Comparator.comparingInt(PlaceSummary::incidentCount).reversed()
                .thenComparing(s -> s.place().nameEn()));
        return summaries;
    }

    private static EventType dominantType(List<Incident> incidents) {
        Map<EventType, Long> counts = new EnumMap<>(EventType.class);
        for (Incident i : incidents) counts.merge(i.eventType(), 1L, Long::sum);
        return counts.entrySet().stream().max(Map.Entry.<EventType, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
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
