package org.furat.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.furat.app.ReviewDraft;
import org.furat.app.UnknownPlace;
import org.furat.map.Basemap;
import org.furat.map.Pin;
import org.furat.model.Source;

/**
 * The review screen: the proposals on the left, each editable with accept, reject and merge; the report on
 * the right with every finding of its stored reading highlighted by kind and the chosen proposal's sentence
 * outlined. "Save review" writes every decision in one transaction; the main window then shows the accepted
 * incidents. "Read again with today's gazetteer and rules" sets a new reading beside the stored one, in place of
 * the proposals, for the analyst to keep or leave.
 */
public final class ReviewWindow extends BorderPane {

    private final ReviewViewModel model;
    private final String fontFamily;
    private final Supplier<Basemap> basemap;
    private final Supplier<List<Pin>> pins;
    private final Supplier<List<String>> gazetteerCredits;
    private final VBox cards = new VBox(10);
    private final ReviewTextView text = new ReviewTextView();
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label readingInfo = new Label();
    private final SplitPane split;
    private final List<ProposalCard> shownCards = new ArrayList<>();
    private final ScrollPane cardScroll;

    ReviewWindow(ReviewViewModel model, String fontFamily, Supplier<Basemap> basemap, Supplier<List<Pin>> pins,
                 Supplier<List<String>> gazetteerCredits) {
        this.model = model;
        this.fontFamily = fontFamily;
        this.basemap = basemap;
        this.pins = pins;
        this.gazetteerCredits = gazetteerCredits;
        setId("review-window");
        setStyle("-fx-font-family: \"" + fontFamily + "\";");

        title.getStyleClass().add("review-title");
        title.setMaxWidth(Double.MAX_VALUE);
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        meta.getStyleClass().add("source-meta");
        readingInfo.setId("reading-info");
        readingInfo.getStyleClass().add("source-meta");
        VBox header = new VBox(2, title, meta, readingInfo, claimBar());
        if (model.readOnly()) {
            // Said before any decision is made, not after Save is refused.
            Label readOnly = new Label("You may only read this database: decisions made here cannot be saved.");
            readOnly.setId("review-read-only");
            readOnly.getStyleClass().add("claim-bar");
            header.getChildren().add(readOnly);
        }
        header.setPadding(new Insets(8, 12, 6, 12));
        header.getStyleClass().add("review-header");
        setTop(header);

        cards.setPadding(new Insets(8));
        cards.disableProperty().bind(model.busyProperty());
        cards.setFillWidth(true);
        cardScroll = new ScrollPane(cards);
        cardScroll.setFitToWidth(true);
        cardScroll.setId("proposal-list");
        split = new SplitPane(cardScroll, text);
        split.setDividerPositions(0.52);
        setCenter(split);

        Label status = new Label();
        status.setId("review-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button save = new Button("Save review");
        save.setId("save-review");
        save.setDefaultButton(true);
        save.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.readOnly() || model.busyProperty().get() || model.draftProperty().get() == null
                        || !model.draftProperty().get().hasChanges() || model.heldByProperty().get() != null,
                model.busyProperty(), model.draftProperty(), model.versionProperty(), model.heldByProperty()));
        Button close = new Button("Close");
        close.setId("close-review");
        close.setCancelButton(true); // Escape closes it too, asking first when the review is not saved
        close.setOnAction(e -> {
            if (mayClose()) getScene().getWindow().hide();
        });
        Button readAgain = new Button("Read again with today's gazetteer and rules");
        readAgain.setId("read-again");
        readAgain.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.readOnly() || model.busyProperty().get() || model.draftProperty().get() == null
                        || model.draftProperty().get().hasChanges() || model.comparisonProperty().get() != null,
                model.busyProperty(), model.draftProperty(), model.versionProperty(), model.comparisonProperty()));
        readAgain.setOnAction(e -> model.readAgain());
        for (Button b : new Button[] {readAgain, save, close}) b.setMinWidth(Region.USE_PREF_SIZE); // a long status wraps instead
        HBox bottom = new HBox(8, status, spacer, readAgain, save, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(6, 12, 8, 12));
        bottom.getStyleClass().add("review-bottom");
        setBottom(bottom);
        save.setOnAction(e -> model.save());

        model.draftProperty().addListener((o, was, draft) -> showDraft(draft));
        model.versionProperty().addListener((o, was, v) -> refreshCards());
        model.comparisonProperty().addListener((o, was, comparison) -> showComparison(comparison));
    }

    /** Says who else is reviewing the report now, with a button to take the review over; hidden while none is. */
    private HBox claimBar() {
        Label who = new Label();
        who.setId("review-claimed");
        who.setWrapText(true);
        Button takeOver = new Button("Take the review over");
        takeOver.setId("take-over-review");
        takeOver.setOnAction(e -> model.takeOver());
        HBox bar = new HBox(10, who, takeOver);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("claim-bar");
        bar.visibleProperty().bind(model.heldByProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        who.textProperty().bind(Bindings.createStringBinding(() -> {
            org.furat.model.ReviewClaim claim = model.heldByProperty().get();
            return claim == null ? "" : claim.who() + " has been reviewing this report since " + new org.furat.app.ChangeDescriptions(org.furat.app.ChangeNames.keysOnly(), java.time.ZoneId.systemDefault()).when(claim.since())
                    + ": you can read it, but decisions are saved only once they close it or you take the review over.";
        }, model.heldByProperty()));
        return bar;
    }

    /** Today's reading in place of the proposals while the analyst decides on it; the proposals again after. */
    private void showComparison(org.furat.app.ReadingComparison comparison) {
        double divider = split.getDividerPositions()[0];
        ReviewDraft draft = model.draftProperty().get();
        if (comparison == null || draft == null) {
            split.getItems().set(0, cardScroll);
        } else {
            Source source = draft.review().source();
            split.getItems().set(0, new ReadingComparisonPane(comparison, draft.review().reading(), source.text(),
                    "ar".equals(source.language()), model::keepReading, model::dropComparison));
        }
        split.setDividerPositions(divider);
    }

    /** Opens the review screen for one report in its own window beside the main one. */
    public static Stage open(Window owner, ReviewViewModel model, String fontFamily, Supplier<Basemap> basemap, Supplier<List<Pin>> pins,
                             Supplier<List<String>> gazetteerCredits) {
        ReviewWindow window = new ReviewWindow(model, fontFamily, basemap, pins, gazetteerCredits);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Review report — Furat");
        Scene scene = new Scene(window, 1400, 880);
        scene.getStylesheets().add(Objects.requireNonNull(ReviewWindow.class.getResource("furat.css")).toExternalForm());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!window.mayClose()) e.consume();
        });
        // Whether someone took the review over is looked at every two seconds while the window is open, and the review
        // is released when it closes (a handler added, not set: the main window sets its own on the same stage).
        Timeline claimCheck = new Timeline(new KeyFrame(Duration.seconds(2), e -> model.checkClaim()));
        claimCheck.setCycleCount(Animation.INDEFINITE);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            claimCheck.stop();
            model.release();
        });
        stage.show();
        model.load();
        claimCheck.play();
        return stage;
    }

    /** Whether the window may close: yes when nothing is unsaved, else when the analyst says to discard or save it. */
    boolean mayClose() {
        ReviewDraft draft = model.draftProperty().get();
        if (model.busyProperty().get()) {
            model.say("Saving… the window can close once the save is done");
            return false;
        }
        if (draft == null || !draft.hasChanges()) return true;
        ButtonType save = new ButtonType("Save review", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                "This review has decisions or edits that are not saved.", save, discard, ButtonType.CANCEL);
        ask.initOwner(getScene().getWindow());
        ask.setHeaderText("Save the review before closing?");
        var answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == save) {
            // The window closes once the save has worked; if it fails it stays open and says why.
            model.save(() -> getScene().getWindow().hide());
            return false;
        }
        return answer == discard;
    }

    private void showDraft(ReviewDraft draft) {
        if (draft == null) return;
        Source source = draft.review().source();
        title.setText(source.title() == null ? source.key() : source.title());
        // One line, laid out in the report's direction, so a long Arabic headline is cut at its end, not its start.
        title.setNodeOrientation("ar".equals(source.language()) ? NodeOrientation.RIGHT_TO_LEFT
                : NodeOrientation.LEFT_TO_RIGHT);
        meta.setText((source.outlet() == null ? "Outlet unknown" : source.outlet())
                // Without a publication date the import day stands in; the report text's header gives the whole note.
                + (source.publishedNote() != null ? " · publication date not given"
                        : source.published() == null ? "" : " · published " + Labels.published(source.published(), source.publishedPrecision()))
                + " · " + draft.review().findings().size() + " findings · " + draft.review().reviewed().size() + " incident(s) already reviewed from it");
        readingInfo.setText(draft.review().reading().describe());
        text.show(source, draft.review().findings());
        rebuildCards();
    }

    private void rebuildCards() {
        ReviewDraft draft = model.draftProperty().get();
        shownCards.clear();
        int n = 0;
        for (String key : draft.proposalKeys()) {
            shownCards.add(new ProposalCard(model, key, ++n, span -> text.focus(span[0], span[1]), this::pickOnMap));
        }
        cards.getChildren().setAll(shownCards);
        if (shownCards.isEmpty()) {
            Label none = new Label("Nothing left to review in this report. Its reviewed incidents are on the map.");
            none.getStyleClass().add("proposal-hint");
            cards.getChildren().add(none);
        }
    }

    /**
     * After an edit: a merge changes which cards there are; otherwise each card redraws itself. Either way the list
     * stays where the analyst scrolled it: a decision redraws the card's buttons, and the clicked button leaving the
     * scene sent focus, and the list with it, to the top.
     */
    private void refreshCards() {
        ReviewDraft draft = model.draftProperty().get();
        if (draft == null) return;
        double scrolled = cardScroll.getVvalue();
        List<String> keys = draft.proposalKeys();
        if (!keys.equals(shownCards.stream().map(ProposalCard::key).toList())) {
            rebuildCards();
        } else {
            for (int i = 0; i < shownCards.size(); i++) shownCards.get(i).refresh(i + 1);
        }
        keepScrolled(scrolled);
    }

    /** Keeps focus in the list and puts the scroll back once the redrawn cards are laid out. */
    private void keepScrolled(double scrolled) {
        var owner = getScene() == null ? null : getScene().getFocusOwner();
        if (owner == null || owner.getScene() == null || !isInCards(owner)) cards.requestFocus();
        cardScroll.setVvalue(scrolled);
        Platform.runLater(() -> cardScroll.setVvalue(scrolled));
    }

    private boolean isInCards(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) if (n == cards) return true;
        return false;
    }

    private void pickOnMap(String proposalKey, UnknownPlace unknown) {
        text.focus(unknown.start(), unknown.end());
        // The gazetteer as the main map's filter knows it, so the analyst sees villages without incidents too.
        List<org.furat.model.Place> gazetteer = model.vocabulary().places();
        PlacePickerDialog.show(getScene().getWindow(), fontFamily, basemap.get(), pins.get(), gazetteer, gazetteerCredits.get(),
                        unknown.name())
                .ifPresent(choice -> model.change(d -> {
                    if (choice instanceof PlacePicker.NewPlace p) {
                        d.addPlace(proposalKey, p.nameAr(), p.nameEn(), p.kind(), p.lon(), p.lat(), p.precision());
                    } else if (choice instanceof PlacePicker.KnownPlace k) {
                        d.useKnownPlace(proposalKey, unknown.name(), k.place().key(), k.place().precision());
                    }
                }));
    }

    ReviewTextView text() { return text; }

    ReviewViewModel model() { return model; }
}
