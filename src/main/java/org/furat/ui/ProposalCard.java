package org.furat.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import javafx.util.converter.LocalDateStringConverter;
import org.furat.app.CasualtyText;
import org.furat.app.PlaceChoice;
import org.furat.app.ProposalReview;
import org.furat.app.ReviewDraft;
import org.furat.app.UnknownPlace;
import org.furat.model.Actor;
import org.furat.model.ActorRole;
import org.furat.model.DateSpan;
import org.furat.model.Evidence;
import org.furat.model.Incident;
import org.furat.model.IncidentActor;
import org.furat.model.Place;
import org.furat.model.PlaceLink;
import org.furat.model.PlaceRole;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;

/**
 * One proposal on the review screen: its sentence, every field editable (type, dates, places with their
 * alternatives, actors, casualties), the reviewed incidents it looks like, and accept / reject / merge.
 * Edits go to the draft at once; a field that cannot be read keeps its old value and says why.
 */
final class ProposalCard extends VBox {

    private static final Actor NOBODY = new Actor("", "—", null, List.of(), List.of());

    private final ReviewViewModel model;
    private final String key;
    private final String sourceKey;
    private final Consumer<int[]> onFocus;
    private final BiConsumer<String, UnknownPlace> onPickOnMap;
    /** What the card shows: the draft as it was when the card was last built, and its number then. */
    private Incident shown;
    private int shownNumber;
    /** How many unknown names were matched to known places when the card was built. */
    private int shownResolved;

    ProposalCard(ReviewViewModel model, String key, int number, Consumer<int[]> onFocus, BiConsumer<String, UnknownPlace> onPickOnMap) {
        this.model = model;
        this.key = key;
        this.onFocus = onFocus;
        this.onPickOnMap = onPickOnMap;
        ReviewDraft draft = model.draftProperty().get();
        this.sourceKey = draft.review().source().key();
        setId("proposal-" + number);
        getStyleClass().add("proposal-card");
        setSpacing(6);
        setOnMouseClicked(e -> focusSentence());
        build(number);
    }

    private ReviewDraft draft() { return model.draftProperty().get(); }

    private Incident incident() { return draft().draft(key); }

    private void build(int number) {
        ReviewDraft draft = draft();
        Incident incident = incident();
        shown = incident;
        shownNumber = number;
        shownResolved = resolvedUnknowns();

        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(5);
        fields.getColumnConstraints().addAll(new ColumnConstraints(70), new ColumnConstraints());
        fields.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        int row = 0;
        fields.addRow(row++, caption("Type"), typeBox(incident));
        fields.addRow(row++, caption("When"), dateFields(incident));
        fields.addRow(row++, caption("Where"), placesBox(incident));
        fields.addRow(row++, caption("Who"), actorBoxes(incident));
        fields.addRow(row++, caption("Toll"), casualtyFields(incident));

        getChildren().setAll(header(number), quotes(incident), fields, similarBox(draft.proposal(key)));
        if (draft.proposal(key).noLongerProposed()) {
            Label stale = new Label("No longer proposed by today's gazetteer and rules (the report was read again): reject it "
                    + "unless the sentence does report an incident");
            stale.setId("no-longer-proposed");
            stale.setWrapText(true);
            stale.getStyleClass().add("no-longer-proposed");
            getChildren().add(1, stale);
        }
    }

    /** The title, with the decision so far, and the decision buttons; the card's colour follows the decision. */
    private Node header(int number) {
        ReviewDraft.Decision decision = draft().decision(key);
        getStyleClass().removeIf(s -> s.startsWith("decision-"));
        getStyleClass().add("decision-" + decision.name().toLowerCase(Locale.ROOT));
        Label title = new Label("Proposal " + number + "  ·  " + decisionText(decision));
        title.getStyleClass().add("proposal-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, title, spacer, decisionButtons(decision));
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /**
     * Brings the card up to date with the draft. A type, date or casualty edit is already on screen in the
     * control that made it, so only the decision parts are redrawn; rebuilding everything would take the
     * control away under the analyst's hands (a click on Accept right after typing a figure would be lost).
     * Places, actors or sentences that changed (a merge, a place picked on the map) rebuild the card.
     *
     * @return whether the whole card was rebuilt
     */
    boolean refresh(int number) {
        if (!draft().proposalKeys().contains(key)) return false;
        Incident now = incident();
        boolean structural = number != shownNumber || !now.places().equals(shown.places()) || !now.actors().equals(shown.actors())
                || !now.evidence().equals(shown.evidence()) || resolvedUnknowns() != shownResolved;
        if (structural) {
            build(number);
            return true;
        }
        shown = now;
        getChildren().set(0, header(number));
        getChildren().set(getChildren().size() - 1, similarBox(draft().proposal(key)));
        return false;
    }

    String key() { return key; }

    /** How many of the proposal's unknown names the analyst has matched to a known place (see ReviewDraft.useKnownPlace). */
    private int resolvedUnknowns() {
        return (int) draft().proposal(key).unknownPlaces().stream().filter(u -> draft().unknownResolved(key, u.name())).count();
    }

    private static String decisionText(ReviewDraft.Decision d) {
        return switch (d) {
            case UNDECIDED -> "to review";
            case ACCEPT -> "accept as a new incident";
            case REJECT -> "reject";
            case ADD_AS_SOURCE -> "add as another source";
        };
    }

    private Node decisionButtons(ReviewDraft.Decision decision) {
        Button accept = new Button("Accept");
        accept.setId("accept");
        accept.getStyleClass().add("accept-button");
        accept.setOnAction(e -> model.change(d -> d.accept(key)));
        Button reject = new Button("Reject");
        reject.setId("reject");
        reject.setOnAction(e -> model.change(d -> d.reject(key)));
        MenuButton merge = new MenuButton("Merge");
        merge.setId("merge");
        int n = 0;
        for (String other : draft().proposalKeys()) {
            n++;
            if (other.equals(key)) continue;
            MenuItem item = new MenuItem("Merge proposal " + n + " into this one");
            item.setOnAction(e -> model.change(d -> d.merge(key, other)));
            merge.getItems().add(item);
        }
        merge.setDisable(merge.getItems().isEmpty());
        Button undo = new Button("Undo");
        undo.setId("undecide");
        undo.setOnAction(e -> model.change(d -> d.undecide(key)));
        undo.setDisable(decision == ReviewDraft.Decision.UNDECIDED);
        accept.setDisable(decision == ReviewDraft.Decision.ACCEPT);
        reject.setDisable(decision == ReviewDraft.Decision.REJECT);
        return new HBox(4, accept, reject, merge, undo);
    }

    /** The sentence (or, after a merge, sentences) the proposal comes from, in the report's direction. */
    private Node quotes(Incident incident) {
        VBox box = new VBox(2);
        String text = draft().review().source().text();
        boolean arabic = "ar".equals(draft().review().source().language());
        for (Evidence e : incident.evidence()) {
            if (!e.sourceKey().equals(sourceKey)) continue;
            // A TextFlow of words, not a wrapping Label: JavaFX wraps right-to-left Labels past their left edge.
            TextFlow quote = new TextFlow();
            quote.getChildren().setAll(WrappedText.words(e.quote(text).strip(), "proposal-quote-text"));
            quote.getStyleClass().add("proposal-quote");
            quote.setNodeOrientation(arabic ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
            quote.setMinWidth(0);
            box.getChildren().add(quote);
        }
        return box;
    }

    private void focusSentence() {
        incident().evidence().stream().filter(e -> e.sourceKey().equals(sourceKey)).findFirst()
                .ifPresent(e -> onFocus.accept(new int[]{e.start(), e.end()}));
    }

    private Node typeBox(Incident incident) {
        ComboBox<SubEventType> type = new ComboBox<>();
        type.setId("type");
        type.getItems().setAll(SubEventType.values());
        type.setConverter(Converters.showing(t -> t.type().label() + " › " + t.label()));
        type.setValue(incident.subEventType());
        type.setMaxWidth(Double.MAX_VALUE);
        type.setOnAction(e -> {
            if (type.getValue() != null && type.getValue() != incident().subEventType()) edit(incident().withType(type.getValue()));
        });
        return type;
    }

    private Node dateFields(Incident incident) {
        DatePicker from = new DatePicker(incident.dates().start());
        from.setId("date-from");
        DatePicker to = new DatePicker(incident.dates().end());
        to.setId("date-to");
        ComboBox<TimePrecision> precision = new ComboBox<>();
        precision.getItems().setAll(TimePrecision.values());
        precision.setConverter(Converters.showing(TimePrecision::label));
        precision.setValue(incident.timePrecision());
        Runnable commit = () -> {
            LocalDate start = from.getValue(), end = to.getValue();
            if (start == null || end == null) return;
            if (end.isBefore(start)) {
                model.say("The end date " + end + " is before the start " + start + "; the dates are kept as they were");
                return;
            }
            DateSpan span = new DateSpan(start, end);
            if (!span.equals(incident().dates()) || precision.getValue() != incident().timePrecision()) {
                edit(incident().withDates(span, precision.getValue()));
            }
        };
        from.setOnAction(e -> commit.run());
        to.setOnAction(e -> commit.run());
        precision.setOnAction(e -> commit.run());
        for (DatePicker picker : List.of(from, to)) {
            picker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, null));
            picker.setPrefWidth(130);
        }
        HBox box = new HBox(4, from, new Label("to"), to, precision);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node placesBox(Incident incident) {
        VBox box = new VBox(3);
        ProposalReview review = draft().proposal(key);
        for (PlaceLink link : incident.places()) box.getChildren().add(placeRow(link, choiceFor(review, link.placeKey())));
        for (PlaceChoice choice : review.placeChoices()) {
            // A shared name nothing in the report decided, none of whose places the analyst has linked yet.
            if (!choice.unresolved() || incident.places().stream().anyMatch(l -> choice.alternatives().contains(l.placeKey()))) continue;
            box.getChildren().add(unresolvedRow(choice));
        }
        for (UnknownPlace unknown : review.unknownPlaces()) {
            if (picked(unknown, incident)) continue;
            Place pickedElsewhere = draft().newPlaces().stream().filter(p -> unknown.name().equals(p.nameAr())).findFirst().orElse(null);
            if (pickedElsewhere != null) {
                // Picked for another proposal of this report: the same village, not a second entry in the gazetteer.
                Button use = new Button("Use «" + unknown.name() + "»\u200E picked on the map");
                use.setId("use-picked-place");
                use.setOnAction(e -> model.change(d -> d.linkPlace(key, pickedElsewhere.key(), pickedElsewhere.precision())));
                box.getChildren().add(use);
                continue;
            }
            // The mark after the name keeps the Arabic name from pulling the English words around it.
            Label name = new Label("Not in the gazetteer: «" + unknown.name() + "»\u200E");
            name.getStyleClass().add("unknown-place");
            Button pick = new Button("Pick on map…");
            pick.setId("pick-on-map");
            pick.setOnAction(e -> onPickOnMap.accept(key, unknown));
            HBox row = new HBox(6, name, pick);
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(row);
        }
        ComboBox<Place> add = new ComboBox<>();
        add.setId("add-place");
        add.setPromptText("Add a place…");
        add.getItems().setAll(model.vocabulary().places());
        add.getItems().addAll(draft().newPlaces());
        add.setConverter(Converters.showing(p -> p.nameEn() + (p.nameAr() == null ? "" : " · " + p.nameAr())));
        add.setOnAction(e -> {
            Place p = add.getValue();
            if (p == null || incident().places().stream().anyMatch(l -> l.placeKey().equals(p.key()))) return;
            List<PlaceLink> links = new ArrayList<>(incident().places());
            links.add(new PlaceLink(p.key(), PlaceRole.TARGET, p.precision()));
            edit(incident().withPlaces(links));
        });
        if (incident.places().isEmpty() && review.unknownPlaces().isEmpty() && review.placeChoices().stream().noneMatch(PlaceChoice::unresolved)) {
            Label none = new Label("No place found: the incident will be listed as unlocated");
            none.getStyleClass().add("proposal-hint");
            box.getChildren().add(none);
        }
        box.getChildren().add(add);
        return box;
    }

    /** Whether the analyst has already picked this unknown place on the map for this proposal. */
    private boolean picked(UnknownPlace unknown, Incident incident) {
        if (draft().unknownResolved(key, unknown.name())) return true;
        return draft().newPlaces().stream().anyMatch(p -> unknown.name().equals(p.nameAr())
                && incident.places().stream().anyMatch(l -> l.placeKey().equals(p.key())));
    }

    private static PlaceChoice choiceFor(ProposalReview review, String placeKey) {
        return review.placeChoices().stream().filter(c -> c.alternatives().contains(placeKey) && c.ambiguous()).findFirst().orElse(null);
    }

    /**
     * «الصالحية» is one of N places and the report does not say which: a list of them, with their districts, to
     * choose from; choosing links the place.
     */
    private Node unresolvedRow(PlaceChoice choice) {
        // English first, so the line reads left to right with the Arabic name inside it.
        Label words = new Label("One of " + choice.alternatives().size() + " places named " + choice.words() + "\u200E:");
        words.getStyleClass().add("unresolved-place");
        ComboBox<String> places = new ComboBox<>();
        places.getStyleClass().add("place-alternatives");
        places.setId("choose-place");
        places.setPromptText("Choose which…");
        places.getItems().setAll(choice.alternatives());
        places.setConverter(Converters.showing(model::placeWithUnits));
        places.setOnAction(e -> {
            String chosen = places.getValue();
            if (chosen == null || incident().places().stream().anyMatch(l -> l.placeKey().equals(chosen))) return;
            Place p = model.vocabulary().places().stream().filter(x -> x.key().equals(chosen)).findFirst().orElse(null);
            List<PlaceLink> links = new ArrayList<>(incident().places());
            links.add(new PlaceLink(chosen, PlaceRole.TARGET, p == null ? org.furat.model.GeoPrecision.EXACT : p.precision()));
            edit(incident().withPlaces(links));
        });
        FlowPane row = new FlowPane(6, 2, words, places);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node placeRow(PlaceLink link, PlaceChoice choice) {
        ComboBox<PlaceRole> role = new ComboBox<>();
        role.getItems().setAll(PlaceRole.values());
        role.setConverter(Converters.showing(r -> r.name().toLowerCase(Locale.ROOT)));
        role.setValue(link.role());
        role.setMinWidth(Region.USE_PREF_SIZE);
        role.setOnAction(e -> replaceLink(link, new PlaceLink(link.placeKey(), role.getValue(), link.precision())));
        Node name;
        if (choice != null) {
            ComboBox<String> alternatives = new ComboBox<>();
            alternatives.getStyleClass().add("place-alternatives");
            alternatives.getItems().setAll(choice.alternatives());
            alternatives.setConverter(Converters.showing(model::placeWithUnits));
            // The list tells the places apart by their units; the chosen one shows by its name, leaving the row room.
            alternatives.setButtonCell(new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : model.placeName(item));
                }
            });
            alternatives.setValue(link.placeKey());
            alternatives.setOnAction(e -> {
                String chosen = alternatives.getValue();
                if (chosen != null && !chosen.equals(link.placeKey())) replaceLink(link, new PlaceLink(chosen, link.role(), link.precision()));
            });
            // Sized by the chosen name, not by the longest entry of the list with its units, so the row keeps its role.
            alternatives.setPrefWidth(300);
            // A name the report left undecided has no confidence of its own once the analyst has picked a place.
            Label sure = new Label(choice.unresolved() ? "your choice" : Math.round(choice.confidence() * 100) + "% sure");
            sure.getStyleClass().add("proposal-hint");
            sure.setMinWidth(Region.USE_PREF_SIZE);
            name = new HBox(4, alternatives, sure);
            ((HBox) name).setAlignment(Pos.CENTER_LEFT);
        } else {
            name = new Label(model.placeName(link.placeKey()));
        }
        Button remove = new Button("×");
        remove.getStyleClass().add("remove-button");
        remove.setOnAction(e -> {
            List<PlaceLink> links = new ArrayList<>(incident().places());
            links.remove(link);
            edit(incident().withPlaces(links));
        });
        HBox row = new HBox(6, role, name, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        if (choice == null) return row;
        // The places the same words may also mean, with their districts, so the choice can be checked at a glance.
        Label also = new Label(model.alsoLine(choice, link.placeKey(), 3));
        also.getStyleClass().addAll("proposal-hint", "place-also");
        also.setWrapText(true);
        return new VBox(1, row, also);
    }

    private void replaceLink(PlaceLink old, PlaceLink replacement) {
        List<PlaceLink> links = new ArrayList<>(incident().places());
        int at = links.indexOf(old);
        if (at < 0) return;
        links.set(at, replacement);
        edit(incident().withPlaces(links));
    }

    private Node actorBoxes(Incident incident) {
        ComboBox<Actor> actor1 = actorBox(incident, ActorRole.ACTOR1);
        actor1.setId("actor1");
        ComboBox<Actor> actor2 = actorBox(incident, ActorRole.ACTOR2);
        actor2.setId("actor2");
        FlowPane box = new FlowPane(4, 4, actor1, new Label("against"), actor2);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private ComboBox<Actor> actorBox(Incident incident, ActorRole role) {
        ComboBox<Actor> box = new ComboBox<>();
        box.getItems().add(NOBODY);
        box.getItems().addAll(model.vocabulary().actors());
        box.setConverter(Converters.showing(Actor::nameEn));
        String current = incident.actors().stream().filter(a -> a.role() == role).map(IncidentActor::actorKey).findFirst().orElse("");
        box.setValue(box.getItems().stream().filter(a -> a.key().equals(current)).findFirst().orElse(NOBODY));
        box.setPrefWidth(200);
        box.setOnAction(e -> {
            Actor chosen = box.getValue();
            if (chosen == null) return;
            List<IncidentActor> actors = new ArrayList<>(incident().actors().stream().filter(a -> a.role() != role).toList());
            if (chosen != NOBODY) actors.add(new IncidentActor(chosen.key(), role));
            edit(incident().withActors(actors));
        });
        return box;
    }

    private Node casualtyFields(Incident incident) {
        TextField killed = new TextField(CasualtyText.format(incident.killed()));
        killed.setId("killed");
        TextField injured = new TextField(CasualtyText.format(incident.injured()));
        injured.setId("injured");
        for (TextField f : List.of(killed, injured)) {
            f.setPrefColumnCount(6);
            f.setPromptText("unknown");
            f.setOnAction(e -> commitCasualties(killed, injured));
            f.focusedProperty().addListener((o, was, is) -> { if (!is) commitCasualties(killed, injured); });
        }
        HBox box = new HBox(6, new Label("killed"), killed, new Label("injured"), injured);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void commitCasualties(TextField killed, TextField injured) {
        if (!draft().proposalKeys().contains(key)) return;
        model.change(d -> {
            Incident current = d.draft(key);
            var k = CasualtyText.parse(killed.getText(), current.killed());
            var i = CasualtyText.parse(injured.getText(), current.injured());
            if (!k.equals(current.killed()) || !i.equals(current.injured())) d.edit(current.withCasualties(k, i));
        });
    }

    /** The reviewed incidents the proposal looks like, each with "Add as source"; empty when there are none. */
    private Node similarBox(ProposalReview review) {
        VBox box = new VBox(3);
        if (review.similar().isEmpty()) {
            box.setManaged(false);
            return box;
        }
        box.getStyleClass().add("similar-box");
        Label caption = new Label("Looks like " + (review.similar().size() == 1 ? "an incident" : "incidents") + " already reviewed:");
        caption.getStyleClass().add("proposal-hint");
        box.getChildren().add(caption);
        String target = draft().sourceTarget(key);
        for (Incident other : review.similar()) {
            Label what = new Label(Labels.date(other.dates(), other.timePrecision()) + " · " + other.subEventType().label() + " · "
                    + String.join(", ", other.places().stream().limit(4).map(l -> model.placeNameEn(l.placeKey())).toList())
                    + (other.places().size() > 4 ? " and " + (other.places().size() - 4) + " more" : ""));
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(what, Priority.ALWAYS);
            Button add = new Button(other.key().equals(target) ? "✓ Will cite this report" : "Add as source");
            add.getStyleClass().add("add-as-source");
            add.setMinWidth(Region.USE_PREF_SIZE);
            add.setDisable(other.key().equals(target));
            add.setOnAction(e -> model.change(d -> d.addAsSource(key, other.key())));
            HBox row = new HBox(6, what, add);
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(row);
        }
        return box;
    }

    private void edit(Incident changed) {
        model.change(d -> d.edit(changed));
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-caption");
        return l;
    }
}
