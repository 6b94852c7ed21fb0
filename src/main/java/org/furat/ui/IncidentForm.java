package org.furat.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.furat.app.AnalystNote;
import org.furat.app.CasualtyText;
import org.furat.app.HandCodedIncident;
import org.furat.model.Actor;
import org.furat.model.ActorRole;
import org.furat.model.DateSpan;
import org.furat.model.GeoPrecision;
import org.furat.model.Incident;
import org.furat.model.IncidentActor;
import org.furat.model.Place;
import org.furat.model.PlaceLink;
import org.furat.model.PlaceRole;
import org.furat.model.Status;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;

/**
 * Every field of an incident, to add one by hand or correct one: type, dates and their precision, places with their
 * roles and precision, actors on each side, casualties (best, or a range), descriptions in both languages, status; for
 * a new incident the analyst's note and where they read it, and for a correction the reason. A new incident needs a
 * place, and is verified only when it rests on the analyst's note (see {@link HandCodedIncident}). The content of
 * {@link IncidentEditorDialog}, kept apart so it can be tested without a modal dialog.
 */
final class IncidentForm extends VBox {

    /** What the form gives: the incident, the note its evidence points into (a new incident only), why (a correction). */
    record Entry(Incident incident, AnalystNote note, String reason) {}

    private final Incident original;
    private final String newKey;
    private final List<Place> places;
    private final List<Actor> actors;
    final ComboBox<SubEventType> type = new ComboBox<>(FXCollections.observableArrayList(SubEventType.values()));
    final DatePicker start = new DatePicker(), end = new DatePicker();
    final ComboBox<TimePrecision> datePrecision = new ComboBox<>(FXCollections.observableArrayList(TimePrecision.values()));
    final VBox placeRows = new VBox(4), actorRows = new VBox(4);
    final TextField killed = new TextField(), injured = new TextField();
    final ComboBox<Status> status = new ComboBox<>(FXCollections.observableArrayList(Status.values()));
    final TextArea descriptionEn = new TextArea(), descriptionAr = new TextArea();
    final TextArea note = new TextArea();
    final TextField url = new TextField(), reason = new TextField();
    /** Why a status cannot be saved as it stands (a new incident verified on no source), next to the status. */
    final Label statusHint = new Label();

    /**
     * A form for {@code original} (a correction), or, when it is null, for a new incident with key {@code newKey} at
     * {@code here} (a place, or null).
     */
    IncidentForm(Incident original, String newKey, Place here, List<Place> places, List<Actor> actors) {
        super(8);
        this.original = original;
        this.newKey = newKey;
        this.places = places.stream().sorted(Comparator.comparing(Place::nameEn, String.CASE_INSENSITIVE_ORDER)).toList();
        this.actors = actors.stream().sorted(Comparator.comparing(Actor::nameEn, String.CASE_INSENSITIVE_ORDER)).toList();
        setId("incident-form");
        type.setId("incident-type");
        type.setConverter(converter(t -> t.type().label() + ": " + t.label()));
        for (DatePicker picker : List.of(start, end)) {
            picker.setConverter(new javafx.util.converter.LocalDateStringConverter(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, null));
            picker.setPromptText("yyyy-mm-dd");
            picker.setPrefWidth(140);
        }
        datePrecision.setConverter(converter(p -> p.name().toLowerCase(java.util.Locale.ROOT)));
        status.setConverter(converter(Status::code));
        killed.setId("incident-killed");
        killed.setPromptText("3, 10–15, ≥10, ~20");
        killed.setTooltip(new javafx.scene.control.Tooltip("3, 10–15, ≥10 or ~20; empty when the report gives no figure"));
        injured.setPromptText("as killed");
        descriptionEn.setPromptText("Leave empty to have it written from the fields");
        descriptionAr.setPromptText("اتركه فارغاً ليُكتب من الحقول");
        for (TextArea area : List.of(descriptionEn, descriptionAr, note)) {
            area.setPrefRowCount(2);
            area.setWrapText(true);
        }
        RightToLeftTextArea.apply(descriptionAr);
        descriptionEn.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        note.setId("incident-note");
        note.setPromptText("What happened, as you read it (kept as this incident's source)");
        url.setPromptText("https://… where you read it");
        reason.setId("incident-reason");
        TextDirection.follow(reason);
        reason.setPromptText("Why (kept in the history)");

        Incident shown = original;
        if (shown == null) {
            type.setValue(SubEventType.ARMED_CLASH);
            start.setValue(LocalDate.now());
            end.setValue(LocalDate.now());
            datePrecision.setValue(TimePrecision.DAY);
            followNoteWithStatus();
            if (here != null) addPlaceRow(new PlaceLink(here.key(), PlaceRole.LOCATION, GeoPrecision.EXACT));
        } else {
            type.setValue(shown.subEventType());
            start.setValue(shown.dates().start());
            end.setValue(shown.dates().end());
            datePrecision.setValue(shown.timePrecision());
            status.setValue(shown.status());
            killed.setText(CasualtyText.format(shown.killed()));
            injured.setText(CasualtyText.format(shown.injured()));
            descriptionEn.setText(shown.descriptionEn());
            descriptionAr.setText(shown.descriptionAr());
            shown.places().forEach(this::addPlaceRow);
            shown.actors().forEach(this::addActorRow);
        }
        Button addPlace = new Button("+ Place");
        addPlace.setId("incident-add-place");
        addPlace.setOnAction(e -> addPlaceRow(null));
        Button addActor = new Button("+ Actor");
        addActor.setOnAction(e -> addActorRow(null));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        grid.addRow(row++, new Label("Type"), type);
        grid.addRow(row++, new Label("Dates"), new HBox(6, start, new Label("to"), end, datePrecision));
        grid.addRow(row++, new Label("Places"), new VBox(4, placeRows, addPlace));
        grid.addRow(row++, new Label("Actors"), new VBox(4, actorRows, addActor));
        grid.addRow(row++, new Label("Killed"), new HBox(6, killed, new Label("Injured"), injured));
        statusHint.setId("incident-status-hint");
        statusHint.getStyleClass().add("error-text");
        statusHint.setWrapText(true);
        grid.addRow(row++, new Label("Status"), new HBox(8, status, statusHint));
        grid.addRow(row++, new Label("Description"), descriptionEn);
        grid.addRow(row++, new Label("الوصف"), descriptionAr);
        if (original == null) {
            grid.addRow(row++, new Label("Your note"), note);
            grid.addRow(row++, new Label("Source URL"), url);
        } else {
            grid.addRow(row++, new Label("Reason"), reason);
        }
        getChildren().add(grid);
        setPrefWidth(720);
    }

    /**
     * A new incident is verified when the analyst says what they read, proposed while the note is empty (it would rest
     * on nobody's word); once the analyst picks a status themselves, the note no longer changes it.
     */
    private void followNoteWithStatus() {
        boolean[] formSetting = {false}, analystChose = {false};
        Runnable follow = () -> {
            formSetting[0] = true;
            status.setValue(HandCodedIncident.defaultStatus(noteGiven()));
            formSetting[0] = false;
        };
        follow.run();
        status.valueProperty().addListener((o, was, is) -> { if (!formSetting[0]) analystChose[0] = true; });
        note.textProperty().addListener((o, was, is) -> { if (!analystChose[0]) follow.run(); });
        Runnable hint = () -> statusHint.setText(status.getValue() == Status.VERIFIED && note.getText().isBlank()
                ? "Verified needs your note saying what you read: with no source, save it as proposed" : "");
        status.valueProperty().addListener((o, was, is) -> hint.run());
        note.textProperty().addListener((o, was, is) -> hint.run());
    }

    /** The analyst's note of a new incident, or the one saying that no source was given when they wrote none. */
    private AnalystNote noteGiven() {
        return note.getText().isBlank() ? AnalystNote.noneGiven() : new AnalystNote(note.getText(), url.getText());
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) { return value == null ? "" : text.apply(value); }

            @Override
            public T fromString(String string) { throw new UnsupportedOperationException(); }
        };
    }

    /** A place of the incident: which place, its role, how well the point locates it, and a button to drop it. */
    void addPlaceRow(PlaceLink link) {
        ComboBox<Place> place = SearchableChoice.of(places, p -> p.nameEn() + (p.nameAr() == null ? "" : " — " + p.nameAr()));
        place.setPromptText("Type part of a name");
        place.setPrefWidth(340);
        place.setVisibleRowCount(16);
        ComboBox<PlaceRole> role = new ComboBox<>(FXCollections.observableArrayList(PlaceRole.values()));
        role.setConverter(converter(PlaceRole::code));
        ComboBox<GeoPrecision> precision = new ComboBox<>(FXCollections.observableArrayList(GeoPrecision.values()));
        precision.setConverter(converter(p -> p.name().toLowerCase(java.util.Locale.ROOT)));
        role.setMinWidth(120);
        precision.setMinWidth(130);
        role.setValue(link == null ? PlaceRole.LOCATION : link.role());
        precision.setValue(link == null ? GeoPrecision.EXACT : link.precision());
        if (link != null) places.stream().filter(p -> p.key().equals(link.placeKey())).findFirst().ifPresent(place::setValue);
        HBox row = new HBox(6, place, role, precision);
        Button remove = new Button("✕");
        remove.setOnAction(e -> placeRows.getChildren().remove(row));
        row.getChildren().add(remove);
        row.setUserData(new Object[] {place, role, precision});
        placeRows.getChildren().add(row);
    }

    /** An actor of the incident, on one side, with a button to drop it. */
    void addActorRow(IncidentActor link) {
        ComboBox<Actor> actor = SearchableChoice.of(actors, a -> a.nameEn() + (a.nameAr() == null ? "" : " — " + a.nameAr()));
        actor.setPromptText("Type part of a name");
        actor.setPrefWidth(360);
        ComboBox<ActorRole> role = new ComboBox<>(FXCollections.observableArrayList(ActorRole.values()));
        role.setConverter(converter(ActorRole::code));
        role.setValue(link == null ? ActorRole.ACTOR1 : link.role());
        if (link != null) actors.stream().filter(a -> a.key().equals(link.actorKey())).findFirst().ifPresent(actor::setValue);
        HBox row = new HBox(6, actor, role);
        Button remove = new Button("✕");
        remove.setOnAction(e -> actorRows.getChildren().remove(row));
        row.getChildren().add(remove);
        row.setUserData(new Object[] {actor, role});
        actorRows.getChildren().add(row);
    }

    /** The incident as the form says it; a field that cannot be read is refused with a message naming it. */
    @SuppressWarnings("unchecked")
    Entry entry() {
        if (type.getValue() == null) throw new IllegalArgumentException("Choose the incident's type");
        if (start.getValue() == null) throw new IllegalArgumentException("Give the date it happened (or the first day it may have)");
        LocalDate last = end.getValue() == null ? start.getValue() : end.getValue();
        DateSpan dates = new DateSpan(start.getValue(), last);
        List<PlaceLink> links = new ArrayList<>();
        for (var node : placeRows.getChildren()) {
            Object[] parts = (Object[]) node.getUserData();
            Place place = SearchableChoice.chosen((ComboBox<Place>) parts[0]);
            if (place == null) throw new IllegalArgumentException("Choose a place in each place row, or remove the row");
            PlaceLink link = new PlaceLink(place.key(), ((ComboBox<PlaceRole>) parts[1]).getValue(), ((ComboBox<GeoPrecision>) parts[2]).getValue());
            if (links.stream().noneMatch(l -> l.placeKey().equals(link.placeKey()) && l.role() == link.role())) links.add(link);
        }
        List<IncidentActor> sides = new ArrayList<>();
        for (var node : actorRows.getChildren()) {
            Object[] parts = (Object[]) node.getUserData();
            Actor actor = SearchableChoice.chosen((ComboBox<Actor>) parts[0]);
            if (actor == null) throw new IllegalArgumentException("Choose an actor in each actor row, or remove the row");
            IncidentActor side = new IncidentActor(actor.key(), ((ComboBox<ActorRole>) parts[1]).getValue());
            if (!sides.contains(side)) sides.add(side);
        }
        var killedCount = CasualtyText.parse(killed.getText(), original == null ? null : original.killed());
        var injuredCount = CasualtyText.parse(injured.getText(), original == null ? null : original.injured());
        AnalystNote analystNote = null;
        List<org.furat.model.Evidence> evidence;
        if (original == null) {
            analystNote = noteGiven();
            evidence = List.of(analystNote.evidence(List.of("all")));
        } else {
            evidence = original.evidence();
        }
        Incident incident = new Incident(original == null ? newKey : original.key(), dates, datePrecision.getValue(), type.getValue(), sides,
                killedCount, injuredCount, blankToNull(descriptionEn.getText()), blankToNull(descriptionAr.getText()), status.getValue(), links,
                evidence, original == null ? null : original.note());
        if (original == null) HandCodedIncident.refusal(incident, analystNote).ifPresent(r -> { throw new IllegalArgumentException(message(r)); });
        return new Entry(incident, analystNote, blankToNull(reason.getText()));
    }

    private static String message(HandCodedIncident.Refusal refusal) {
        return switch (refusal) {
            case NO_PLACE -> "Choose the place where it happened (+ Place): an incident with no place cannot be saved";
            case VERIFIED_WITHOUT_SUPPORT -> "It cannot be verified with no source: write what you read in Your note (and where, "
                    + "in Source URL), or set Status to proposed";
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
