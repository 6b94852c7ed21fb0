package org.furat.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.furat.app.ReviewDraft;
import org.furat.app.Workspace;
import org.furat.model.Actor;
import org.furat.model.Place;

/**
 * The review screen's state: the report being reviewed and the analyst's draft of the review. Opening and
 * saving run off the FX thread; edits change the draft only, and bump {@link #versionProperty} so the
 * views redraw. Call its methods on the FX thread.
 */
public final class ReviewViewModel {

    /** What the screen needs besides the review: the gazetteer and actors its pickers offer. */
    public record Vocabulary(List<Place> places, List<Actor> actors) {}

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final String sourceKey;
    private final Runnable onSaved;
    private final ReadOnlyObjectWrapper<ReviewDraft> draft = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Reading the report…");
    private final ReadOnlyObjectWrapper<Boolean> saving = new ReadOnlyObjectWrapper<>(false);
    private Vocabulary vocabulary = new Vocabulary(List.of(), List.of());

    ReviewViewModel(Workspace workspace, TaskRunner tasks, String sourceKey, Runnable onSaved) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.sourceKey = sourceKey;
        this.onSaved = onSaved;
    }

    /** Opens the report: runs the extractor over it again and reads its proposals and look-alike incidents. */
    public void load() {
        load(null);
    }

    /** Opens the report; {@code said}, if given, stays at the head of the status line (what a save did). */
    private void load(String said) {
        tasks.run(() -> {
            var places = workspace.places();
            var review = workspace.reviewer().open(sourceKey);
            return new Loaded(new Vocabulary(places, workspace.actors()),
                    new ReviewDraft(review, places.stream().map(Place::key).toList()));
        }, loaded -> {
            vocabulary = loaded.vocabulary();
            draft.set(loaded.draft());
            status.set((said == null ? "" : said + " · ") + describe(loaded.draft()));
        }, this::fail);
    }

    private record Loaded(Vocabulary vocabulary, ReviewDraft draft) {}

    /** Applies an edit or a decision to the draft and lets the views redraw. */
    public void change(java.util.function.Consumer<ReviewDraft> edit) {
        ReviewDraft current = draft.get();
        if (current == null) return;
        try {
            edit.accept(current);
            status.set(describe(current));
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
        }
        version.set(version.get() + 1);
    }

    /** Saves the review in one transaction; on success the review opens again, showing what is left. */
    public void save() {
        ReviewDraft current = draft.get();
        if (current == null || saving.get()) return;
        saving.set(true);
        status.set("Saving…");
        tasks.run(() -> workspace.reviewer().apply(current), message -> {
            saving.set(false);
            onSaved.run();
            load(message);
        }, e -> {
            saving.set(false);
            fail(e);
        });
    }

    private void fail(Throwable e) {
        status.set("Could not " + (draft.get() == null ? "open" : "save") + " the review: "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ". Nothing was changed.");
    }

    private static String describe(ReviewDraft d) {
        var counts = d.counts();
        int total = d.proposalKeys().size();
        if (total == 0) return "No proposals left to review in this report";
        return total + (total == 1 ? " proposal" : " proposals") + " · " + counts.get(ReviewDraft.Decision.ACCEPT) + " to accept · "
                + counts.get(ReviewDraft.Decision.REJECT) + " to reject · " + counts.get(ReviewDraft.Decision.ADD_AS_SOURCE)
                + " as other sources · " + counts.get(ReviewDraft.Decision.UNDECIDED) + " undecided";
    }

    public ReadOnlyObjectProperty<ReviewDraft> draftProperty() { return draft.getReadOnlyProperty(); }

    /** Changes whenever the draft is edited. */
    public ReadOnlyIntegerProperty versionProperty() { return version.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Boolean> savingProperty() { return saving.getReadOnlyProperty(); }

    public Vocabulary vocabulary() { return vocabulary; }

    public String placeName(String key) {
        return vocabulary.places().stream().filter(p -> p.key().equals(key)).findFirst()
                .map(p -> p.nameAr() == null ? p.nameEn() : p.nameEn() + " · " + p.nameAr())
                .orElseGet(() -> newPlaceName(key));
    }

    /** The English name alone, where a line mixing scripts would be hard to read. */
    public String placeNameEn(String key) {
        return vocabulary.places().stream().filter(p -> p.key().equals(key)).findFirst().map(Place::nameEn).orElse(key);
    }

    private String newPlaceName(String key) {
        ReviewDraft d = draft.get();
        if (d == null) return key;
        return d.newPlaces().stream().filter(p -> p.key().equals(key)).findFirst()
                .map(p -> p.nameEn() + (p.nameAr() == null ? "" : " · " + p.nameAr()) + " (new)").orElse(key);
    }
}
