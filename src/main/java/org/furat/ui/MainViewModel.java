package org.furat.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.furat.app.PlaceSummary;
import org.furat.app.Workspace;
import org.furat.map.Basemap;
import org.furat.map.MapDefinition;
import org.furat.map.Pin;
import org.furat.model.ActorRole;
import org.furat.model.Incident;
import org.furat.model.IncidentFilter;
import org.furat.model.Place;
import org.furat.model.PlaceLink;

/**
 * The main window's state and the use cases behind it: loading the map and pins, choosing a place, choosing
 * an incident. Only this class talks to the workspace, always through the task runner; views bind to
 * its properties. Call its methods on the FX thread.
 */
public final class MainViewModel {

    private final Workspace workspace;
    private final TaskRunner tasks;

    private final ReadOnlyObjectWrapper<Basemap> basemap = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Pin> pins = FXCollections.observableArrayList();
    private final ObservableList<Pin> pinsView = FXCollections.unmodifiableObservableList(pins);
    private final ReadOnlyObjectWrapper<Place> selectedPlace = new ReadOnlyObjectWrapper<>();
    private final ObservableList<IncidentRow> incidents = FXCollections.observableArrayList();
    private final ObservableList<IncidentRow> incidentsView = FXCollections.unmodifiableObservableList(incidents);
    private final ReadOnlyObjectWrapper<SourceExcerpt> excerpt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Loading the map…");
    private final BooleanProperty englishLabels = new SimpleBooleanProperty(true);
    /** Every incident for now; the shared filter will replace it. */
    private final IncidentFilter filter = IncidentFilter.ALL;

    public MainViewModel(Workspace workspace, TaskRunner tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
    }

    /** Loads the basemap and the pins. */
    public void load() {
        tasks.run(() -> Basemap.load(MapDefinition.DEIR_EZ_ZOR), basemap::set, this::fail);
        refreshPins();
    }

    private void refreshPins() {
        IncidentFilter current = filter;
        tasks.run(() -> new Overview(workspace.placeSummaries(current), workspace.incidents(current).size()), overview -> {
            pins.setAll(overview.places().stream().map(MainViewModel::pin).toList());
            status.set(overview.incidentCount() + " incidents at " + overview.places().size() + " places · database "
                    + workspace.databaseFile());
        }, this::fail);
    }

    private record Overview(List<PlaceSummary> places, int incidentCount) {}

    private static Pin pin(PlaceSummary s) {
        Place p = s.place();
        return new Pin(p.key(), p.lon(), p.lat(), p.nameAr(), p.nameEn(), s.incidentCount(), s.dominantType(), s.precision());
    }

    /** Shows the incidents at a place, newest first, and clears the text view. */
    public void selectPlace(String key) {
        IncidentFilter placeFilter = new IncidentFilter(filter.from(), filter.to(), key);
        tasks.run(() -> {
            Place place = workspace.place(key).orElseThrow();
            List<IncidentRow> rows = new ArrayList<>();
            for (Incident incident : workspace.incidents(placeFilter)) rows.add(row(incident, key));
            rows.sort((a, b) -> b.incident().dates().start().compareTo(a.incident().dates().start()));
            return new PlaceIncidents(place, rows);
        }, result -> {
            selectedPlace.set(result.place());
            incidents.setAll(result.rows());
            excerpt.set(null);
        }, this::fail);
    }

    private record PlaceIncidents(Place place, List<IncidentRow> rows) {}

    private IncidentRow row(Incident i, String placeKey) {
        String role = i.places().stream().filter(l -> l.placeKey().equals(placeKey)).map(PlaceLink::role)
                .map(r -> r.code()).distinct().collect(Collectors.joining(", "));
        String who = side(i, ActorRole.ACTOR1, ActorRole.ASSOC_ACTOR1);
        String other = side(i, ActorRole.ACTOR2, ActorRole.ASSOC_ACTOR2);
        if (!other.isEmpty()) who += " → " + other;
        return new IncidentRow(i, Labels.date(i.dates(), i.timePrecision()),
                i.eventType().label() + " › " + i.subEventType().label(), who,
                Labels.casualties(i.killed(), i.injured()), role);
    }

    /** "US forces" or "International Coalition (with SDF Self-Defence Forces)". */
    private String side(Incident i, ActorRole main, ActorRole associated) {
        String names = actors(i, main), with = actors(i, associated);
        return with.isEmpty() ? names : names + " (with " + with + ")";
    }

    private String actors(Incident i, ActorRole role) {
        return i.actors().stream().filter(a -> a.role() == role)
                .map(a -> workspace.actor(a.actorKey()).map(x -> x.nameEn()).orElse(a.actorKey()))
                .collect(Collectors.joining("; "));
    }

    /** Shows the incident's first source with its supporting span highlighted. */
    public void selectIncident(Incident incident) {
        if (incident == null) {
            excerpt.set(null);
            return;
        }
        var evidence = incident.evidence().get(0);
        tasks.run(() -> workspace.source(evidence.sourceKey()).orElseThrow(),
                source -> excerpt.set(new SourceExcerpt(source, evidence)), this::fail);
    }

    private void fail(Throwable e) {
        status.set("Error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    public ReadOnlyObjectProperty<Basemap> basemapProperty() { return basemap.getReadOnlyProperty(); }

    public ObservableList<Pin> pins() { return pinsView; }

    public ReadOnlyObjectProperty<Place> selectedPlaceProperty() { return selectedPlace.getReadOnlyProperty(); }

    public ObservableList<IncidentRow> incidents() { return incidentsView; }

    public ReadOnlyObjectProperty<SourceExcerpt> excerptProperty() { return excerpt.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public BooleanProperty englishLabelsProperty() { return englishLabels; }
}
