package org.furat.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.furat.app.PlaceChoice;
import org.furat.app.ReadingComparison;
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
    /** True while the report opens or a save runs: the draft must not change under the background thread. */
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private Vocabulary vocabulary = new Vocabulary(List.of(), List.of());
    /** Today's reading of the report set beside the stored one, while the analyst decides whether to keep it. */
    private final ReadOnlyObjectWrapper<ReadingComparison> comparison = new ReadOnlyObjectWrapper<>();
    /** Someone else reviewing this report now (another window or analyst); null while this window holds the review. */
    private final ReadOnlyObjectWrapper<org.furat.model.ReviewClaim> heldBy = new ReadOnlyObjectWrapper<>();

    ReviewViewModel(Workspace workspace, TaskRunner tasks, String sourceKey, Runnable onSaved) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.sourceKey = sourceKey;
        this.onSaved = onSaved;
    }

    /** Whether the database cannot be written by this person: the review is read, never saved. */
    public boolean readOnly() {
        return workspace.readOnly();
    }

    /** Opens the report: its stored reading, its proposals and look-alike incidents. */
    public void load() {
        load(null);
    }

    /**
     * Opens the report; {@code said}, if given, stays at the head of the status line (what a save did). The
     * screen stays busy until the report is open, so nothing is edited in a draft about to be replaced.
     */
    private void load(String said) {
        busy.set(true);
        tasks.run(() -> {
            var places = workspace.places();
            var review = workspace.reviewer().open(sourceKey);
            var other = workspace.claimReview(sourceKey, false).orElse(null);
            return new Loaded(new Vocabulary(places, workspace.actors()),
                    new ReviewDraft(review, places.stream().map(Place::key).toList()), other);
        }, loaded -> {
            vocabulary = loaded.vocabulary();
            draft.set(loaded.draft());
            heldBy.set(loaded.heldBy());
            busy.set(false);
            status.set((said == null ? "" : said + " · ") + describe(loaded.draft()));
        }, e -> {
            busy.set(false);
            status.set((said == null ? "Could not open the report: " : said + ", but the report could not be read again: ")
                    + message(e));
        });
    }

    private record Loaded(Vocabulary vocabulary, ReviewDraft draft, org.furat.model.ReviewClaim heldBy) {}

    /** Someone else reviewing this report now, whom the window names; null while this window holds the review. */
    public ReadOnlyObjectProperty<org.furat.model.ReviewClaim> heldByProperty() { return heldBy.getReadOnlyProperty(); }

    /** Takes the review over from whoever holds it: their save is refused from now on, and this window's allowed. */
    public void takeOver() {
        tasks.run(() -> workspace.claimReview(sourceKey, true), other -> {
            heldBy.set(other.orElse(null));
            status.set("You are reviewing this report now");
        }, e -> status.set("Could not take the review over: " + message(e)));
    }

    /**
     * Looks, off the FX thread, whether someone else has taken the review over since (or released it): the window then
     * says so, and saving waits until the analyst takes it back. Skipped while the report opens or a save runs.
     */
    public void checkClaim() {
        if (busy.get() || draft.get() == null) return;
        tasks.run(() -> workspace.reviewHeldByOther(sourceKey).orElse(null), other -> {
            if (java.util.Objects.equals(other, heldBy.get())) return;
            heldBy.set(other);
            if (other != null) status.set(other.who() + " took the review over: your decisions stay here, unsaved, until you take it back");
        }, e -> { }); // the next look tries again
    }

    /** Lets others review the report (the window closed). */
    public void release() {
        tasks.run(() -> {
            workspace.releaseReview(sourceKey);
            return null;
        }, done -> { }, e -> { }); // a claim left behind is shown to the next reviewer, who can take it over
    }

    /** Applies an edit or a decision to the draft and lets the views redraw; ignored while the screen is busy. */
    public void change(Consumer<ReviewDraft> edit) {
        ReviewDraft current = draft.get();
        if (current == null || busy.get()) return;
        try {
            edit.accept(current);
            status.set(describe(current));
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
        }
        version.set(version.get() + 1);
    }

    /** Says something in the status line, such as why an edit was not taken. */
    public void say(String message) {
        status.set(message);
    }

    /**
     * Saves the review in one transaction; on success the review opens again, showing what is left, and
     * {@code afterSaved} runs. The screen is busy from now until then, so the draft being saved is not edited.
     */
    public void save(Runnable afterSaved) {
        ReviewDraft current = draft.get();
        if (current == null || busy.get()) return;
        if (heldBy.get() != null) {
            status.set(heldBy.get().who() + " is reviewing this report: take the review over to save decisions");
            return;
        }
        busy.set(true);
        status.set("Saving…");
        tasks.run(() -> workspace.reviewer().apply(current), message -> {
            onSaved.run();
            load(message);
            afterSaved.run();
        }, e -> {
            busy.set(false);
            String why = message(e).replaceFirst("\\.? ?Nothing was changed[^.]*\\.?$", "");
            status.set("Could not save the review: " + why + ". Nothing was changed; the decisions are still here.");
            checkClaim(); // taken over meanwhile: the window says by whom and offers to take it back
        });
    }

    public void save() {
        save(() -> {});
    }

    /**
     * Reads the report again with today's gazetteer and rules, in the background, and sets what changed beside the
     * stored reading ({@link #comparisonProperty}); nothing is stored until {@link #keepReading}. Refused while the
     * review has unsaved decisions, which the new reading could overtake.
     */
    public void readAgain() {
        ReviewDraft current = draft.get();
        if (current == null || busy.get()) return;
        if (current.hasChanges()) {
            status.set("Save or discard this review's decisions before reading the report again");
            return;
        }
        busy.set(true);
        status.set("Reading the report again with today's gazetteer and rules…");
        tasks.run(() -> workspace.reviewer().readAgain(sourceKey), c -> {
            busy.set(false);
            comparison.set(c);
            status.set(c.summary());
        }, e -> {
            busy.set(false);
            status.set("Could not read the report again: " + message(e));
        });
    }

    /** Stores today's reading with the proposals it adds and updates; the review then opens again on it. */
    public void keepReading() {
        ReadingComparison c = comparison.get();
        if (c == null || busy.get()) return;
        busy.set(true);
        status.set("Keeping today's reading…");
        tasks.run(() -> workspace.reviewer().keep(c), message -> {
            comparison.set(null);
            onSaved.run();
            load(message);
        }, e -> {
            busy.set(false);
            status.set("Could not keep today's reading: " + message(e));
        });
    }

    /** Leaves the stored reading as it is. */
    public void dropComparison() {
        if (busy.get()) return;
        comparison.set(null);
        ReviewDraft current = draft.get();
        status.set("Kept the stored reading" + (current == null ? "" : " · " + describe(current)));
    }

    /** Today's reading set beside the stored one, or null when none is being compared. */
    public ReadOnlyObjectProperty<ReadingComparison> comparisonProperty() { return comparison.getReadOnlyProperty(); }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    public Vocabulary vocabulary() { return vocabulary; }

    public String placeName(String key) {
        return vocabulary.places().stream().filter(p -> p.key().equals(key)).findFirst()
                .map(p -> p.nameAr() == null ? p.nameEn() : p.nameEn() + " · " + p.nameAr())
                .orElseGet(() -> newPlaceName(key));
    }

    /**
     * A place's name with the sub-district and district it lies in ("Al-Salihiyah · الصالحية (Al-Asharah Subdistrict,
     * Al-Mayadin District)"; the governorate where it lies in no district), so places sharing a name read apart.
     */
    public String placeWithUnits(String key) {
        String units = units(key);
        return placeName(key) + (units.isEmpty() ? "" : " (" + units + ")");
    }

    /** The sub-district and district of a place, or its governorate, by their English names; empty when none. */
    public String units(String key) {
        Place p = place(key);
        if (p == null || p.kind().isAdminUnit()) return "";
        List<String> names = new java.util.ArrayList<>();
        for (String unit : new String[] {p.admin().admin3(), p.admin().admin2()}) {
            Place u = unit == null ? null : place(unit);
            if (u != null) names.add(u.nameEn());
        }
        if (names.isEmpty() && p.admin().admin1() != null && place(p.admin().admin1()) != null) names.add(place(p.admin().admin1()).nameEn());
        return String.join(", ", names);
    }

    /**
     * The line under a place chosen among several of its name: "also: Al-Salihiyah (Al-Asharah Subdistrict, Al-Mayadin
     * District)", up to {@code most} of them and how many more.
     */
    public String alsoLine(PlaceChoice choice, String chosen, int most) {
        List<String> others = choice.alternatives().stream().filter(k -> !k.equals(chosen)).toList();
        if (others.isEmpty()) return "";
        List<String> shown = others.stream().limit(most)
                .map(k -> placeNameEn(k) + (units(k).isEmpty() ? "" : " (" + units(k) + ")")).toList();
        return "also: " + String.join("; ", shown) + (others.size() > most ? "; and " + (others.size() - most) + " more" : "");
    }

    private Place place(String key) {
        for (Place p : vocabulary.places()) if (p.key().equals(key)) return p;
        return null;
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
