package org.furat.ui;

import java.text.NumberFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.furat.app.FilterResult;
import org.furat.model.Actor;
import org.furat.model.EventType;
import org.furat.model.IncidentFilter;
import org.furat.model.Place;
import org.furat.model.GeoPrecision;
import org.furat.model.Status;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;
import org.furat.text.ArabicNormalizer;

/**
 * The filter controls above the map: event types, actors and statuses with their counts, places found by
 * any spelling in either script, a text search, the current filter in words and a button that clears it.
 * It edits the one shared filter; the dates live on the timeline.
 */
public final class FilterBar extends VBox {

    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.ENGLISH);

    private final ObjectProperty<IncidentFilter> filter;
    private final MenuButton types = new MenuButton("Event types");
    private final MenuButton actors = new MenuButton("Actors");
    private final MenuButton statuses = new MenuButton("Status");
    private final MenuButton precision = new MenuButton("Precision");
    private final TextField placeSearch = new TextField();
    private final ContextMenu placeSuggestions = new ContextMenu();
    private final FlowPane chosenPlaces = new FlowPane(4, 4);
    private final TextField text = new TextField();
    private final Label summary = new Label();
    private final PauseTransition typingPause = new PauseTransition(Duration.millis(300));
    private final javafx.scene.control.CheckBox showDeleted = new javafx.scene.control.CheckBox("Show deleted");
    private List<Place> places = List.of();
    private Map<String, Actor> actorNames = Map.of();

    public FilterBar(ObjectProperty<IncidentFilter> filter) {
        this.filter = filter;
        setId("filter-bar");
        getStyleClass().add("filter-bar");
        types.setId("type-picker");
        actors.setId("actor-picker");
        statuses.setId("status-picker");
        placeSearch.setId("place-search");
        TextDirection.follow(placeSearch);
        placeSearch.setPromptText("Place (Arabic or English)");
        placeSearch.setPrefColumnCount(14);
        placeSearch.textProperty().addListener((o, was, is) -> suggestPlaces(is));
        text.setId("text-search");
        TextDirection.follow(text);
        text.setPromptText("Search reports: قصف، Conoco …");
        text.setPrefColumnCount(18);
        typingPause.setOnFinished(e -> filter.set(filter.get().withText(text.getText())));
        text.textProperty().addListener((o, was, is) -> typingPause.playFromStart());
        text.setOnAction(e -> {
            typingPause.stop();
            filter.set(filter.get().withText(text.getText()));
        });
        Button clear = new Button("Clear filter");
        clear.setId("clear-filter");
        clear.setTooltip(new Tooltip("Show every incident again"));
        clear.setOnAction(e -> filter.set(MainViewModel.DEFAULT_FILTER));
        summary.setId("filter-summary");
        summary.getStyleClass().add("filter-summary");
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summary, Priority.ALWAYS);

        precision.setId("precision-picker");
        showDeleted.setId("show-deleted");
        showDeleted.setTooltip(new Tooltip("Show the incidents deleted with a reason too, to see or restore them"));
        showDeleted.setOnAction(e -> filter.set(filter.get().withShowDeleted(showDeleted.isSelected())));
        HBox controls = new HBox(6, types, actors, statuses, precision, placeSearch, text, showDeleted, clear);
        controls.setAlignment(Pos.CENTER_LEFT);
        HBox line = new HBox(8, new Label("Filter:"), summary, chosenPlaces);
        line.setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);
        setPadding(new Insets(4, 8, 4, 8));
        getChildren().addAll(controls, line);
        filter.addListener((o, was, is) -> showFilter(is));
        showFilter(filter.get());
    }

    /** The gazetteer and actor names the pickers offer. */
    public void setVocabulary(List<Place> places, List<Actor> actors) {
        this.places = List.copyOf(places);
        this.actorNames = actors.stream().collect(java.util.stream.Collectors.toMap(Actor::key, a -> a));
        showFilter(filter.get()); // the line names what it could only show by key before the names came
    }

    /** Refreshes the pickers' counts from the latest result. */
    public void showCounts(FilterResult result) {
        IncidentFilter current = result.filter();
        types.getItems().setAll(checkItems(List.of(EventType.values()), current.types(), result.typeCounts(),
                EventType::label, chosen -> filter.set(filter.get().withTypes(chosen))));
        // Sub-types that occur (or are chosen), indented under the types.
        List<SubEventType> subTypes = java.util.Arrays.stream(SubEventType.values())
                .filter(t -> result.subTypeCounts().getOrDefault(t, 0) > 0 || current.subTypes().contains(t)).toList();
        types.getItems().add(new SeparatorMenuItem());
        types.getItems().addAll(checkItems(subTypes, current.subTypes(), result.subTypeCounts(),
                t -> "    " + t.label(), chosen -> filter.set(filter.get().withSubTypes(chosen))));
        int chosenTypes = current.types().size() + current.subTypes().size();
        types.setText(chosenTypes == 0 ? "Event types" : "Event types (" + chosenTypes + ")");
        precision.getItems().setAll(precisionItems(current));
        boolean precise = current.coarsestTime() != null || current.coarsestLocation() != null;
        precision.setText(precise ? "Precision (on)" : "Precision");
        List<String> actorKeys = result.actorCounts().keySet().stream()
                .sorted((a, b) -> Integer.compare(result.actorCounts().get(b), result.actorCounts().get(a))).toList();
        Set<String> offered = new HashSet<>(actorKeys);
        offered.addAll(current.actors());
        actors.getItems().setAll(checkItems(offered.stream().sorted((a, b) -> Integer.compare(
                        result.actorCounts().getOrDefault(b, 0), result.actorCounts().getOrDefault(a, 0))).toList(),
                current.actors(), result.actorCounts(), this::actorLabel, chosen -> filter.set(filter.get().withActors(chosen))));
        actors.setText(current.actors().isEmpty() ? "Actors" : "Actors (" + current.actors().size() + ")");
        statuses.getItems().setAll(checkItems(List.of(Status.values()), current.statuses(), result.statusCounts(),
                Status::code, chosen -> filter.set(filter.get().withStatuses(chosen))));
        statuses.setText(current.statuses().isEmpty() ? "Status" : "Status (" + current.statuses().size() + ")");
    }

    /** Radio choices for how precisely dates and places must be known. */
    private List<MenuItem> precisionItems(IncidentFilter current) {
        List<MenuItem> items = new java.util.ArrayList<>();
        ToggleGroup dates = new ToggleGroup(), locations = new ToggleGroup();
        items.add(heading("Dates known to"));
        items.add(radio("any precision", dates, current.coarsestTime() == null, () -> filter.set(filter.get().withCoarsestTime(null))));
        items.add(radio("the week or better", dates, current.coarsestTime() == TimePrecision.WEEK,
                () -> filter.set(filter.get().withCoarsestTime(TimePrecision.WEEK))));
        items.add(radio("the day", dates, current.coarsestTime() == TimePrecision.DAY,
                () -> filter.set(filter.get().withCoarsestTime(TimePrecision.DAY))));
        items.add(new SeparatorMenuItem());
        items.add(heading("Places located"));
        items.add(radio("any precision", locations, current.coarsestLocation() == null,
                () -> filter.set(filter.get().withCoarsestLocation(null))));
        items.add(radio("approximately or better", locations, current.coarsestLocation() == GeoPrecision.APPROXIMATE,
                () -> filter.set(filter.get().withCoarsestLocation(GeoPrecision.APPROXIMATE))));
        items.add(radio("exactly", locations, current.coarsestLocation() == GeoPrecision.EXACT,
                () -> filter.set(filter.get().withCoarsestLocation(GeoPrecision.EXACT))));
        return items;
    }

    private static MenuItem heading(String text) {
        MenuItem item = new MenuItem(text);
        item.setDisable(true);
        return item;
    }

    private static MenuItem radio(String text, ToggleGroup group, boolean selected, Runnable apply) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setToggleGroup(group);
        item.setSelected(selected);
        item.setOnAction(e -> apply.run());
        return item;
    }

    private String actorLabel(String key) {
        Actor actor = actorNames.get(key);
        return actor == null ? key : actor.nameEn() + (actor.nameAr() == null ? "" : "  " + actor.nameAr());
    }

    private static <T> List<MenuItem> checkItems(List<T> values, Set<T> chosen, Map<T, Integer> counts,
                                                 Function<T, String> label, java.util.function.Consumer<Set<T>> apply) {
        List<MenuItem> items = new java.util.ArrayList<>();
        for (T value : values) {
            CheckMenuItem item = new CheckMenuItem(label.apply(value) + "  (" + COUNT.format(counts.getOrDefault(value, 0)) + ")");
            item.setSelected(chosen.contains(value));
            item.setOnAction(e -> {
                Set<T> next = new HashSet<>(chosen);
                if (item.isSelected()) next.add(value);
                else next.remove(value);
                apply.accept(next);
            });
            items.add(item);
        }
        if (!chosen.isEmpty()) {
            MenuItem all = new MenuItem("Any (clear this choice)");
            all.setOnAction(e -> apply.accept(Set.of()));
            items.add(new SeparatorMenuItem());
            items.add(all);
        }
        return items;
    }

    private void suggestPlaces(String typed) {
        String wanted = ArabicNormalizer.searchKey(typed == null ? "" : typed);
        if (wanted.isBlank()) {
            placeSuggestions.hide();
            return;
        }
        List<MenuItem> items = places.stream().filter(p -> matches(p, wanted)).limit(12).map(p -> {
            MenuItem item = new MenuItem(p.nameEn() + "  " + (p.nameAr() == null ? "" : p.nameAr()));
            item.setOnAction(e -> {
                Set<String> next = new HashSet<>(filter.get().places());
                next.add(p.key());
                filter.set(filter.get().withPlaces(next));
                placeSearch.clear();
            });
            return (MenuItem) item;
        }).toList();
        placeSuggestions.getItems().setAll(items);
        if (items.isEmpty()) placeSuggestions.hide();
        else if (!placeSuggestions.isShowing()) placeSuggestions.show(placeSearch, javafx.geometry.Side.BOTTOM, 0, 0);
    }

    /** A place matches when any of its names, in either script, contains the typed words as search keys. */
    static boolean matches(Place place, String wantedKey) {
        List<String> names = new java.util.ArrayList<>();
        names.add(place.nameEn());
        if (place.nameAr() != null) names.add(place.nameAr());
        names.addAll(place.variantsEn());
        names.addAll(place.variantsAr());
        return names.stream().anyMatch(n -> ArabicNormalizer.searchKey(n).contains(wantedKey));
    }

    private void showFilter(IncidentFilter current) {
        // Actors by name, as the pickers show them, not by their keys.
        summary.setText(current.describe(key -> {
            Actor actor = actorNames.get(key);
            return actor == null ? key : actor.nameEn();
        }));
        if (!text.isFocused() && !text.getText().equals(current.text())) text.setText(current.text());
        showDeleted.setSelected(current.showDeleted());
        chosenPlaces.getChildren().clear();
        for (String key : current.places()) {
            String name = places.stream().filter(p -> p.key().equals(key)).map(p -> p.nameAr() != null ? p.nameAr() : p.nameEn())
                    .findFirst().orElse(key);
            Button chip = new Button(name + "  ×");
            chip.getStyleClass().add("filter-chip");
            chip.setOnAction(e -> {
                Set<String> next = new HashSet<>(filter.get().places());
                next.remove(key);
                filter.set(filter.get().withPlaces(next));
            });
            chosenPlaces.getChildren().add(chip);
        }
    }
}
