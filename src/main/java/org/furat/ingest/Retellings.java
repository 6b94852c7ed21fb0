package org.furat.ingest;

import java.util.List;
import java.util.Objects;
import org.furat.model.Casualties;

/**
 * Tells a proposal that only tells again an event the report proposed earlier, further on: news repeats its lead
 * in a later paragraph ("The shelling of the village on Monday killed four", after quotes and background), and
 * a round-up names the place of an event once more when it comes back to it. Such a proposal is the earlier one
 * told again, not a second event, when all of these hold:
 * <ul>
 * <li>it has the earlier proposal's sub-event type and the same dates (a sentence with no date of its own goes on
 *     from the report's last date, so a retelling has the date of what it retells);</li>
 * <li>it gives no figure that differs from one the earlier proposal gives: a second toll is a second event;</li>
 * <li>every place it names is one of the earlier proposal's places or lies in one of them; it names no place at
 *     all only where nothing could place it apart from the earlier event anyway.</li>
 * </ul>
 * A proposal that names a place the earlier one did not is kept apart: reports tell attacks on neighbouring
 * villages in one paragraph, and the coders of incident datasets keep them apart too. Of several earlier
 * proposals that fit, the latest is the one retold. Immutable and thread-safe.
 */
final class Retellings {

    private final LocatingPlaces locatingPlaces;

    Retellings(LocatingPlaces locatingPlaces) {
        this.locatingPlaces = locatingPlaces;
    }

    /** The index in {@code earlier} of the proposal {@code later} tells again, or -1 when it tells a new event. */
    int retoldAt(List<Proposal> earlier, Proposal later) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (retells(earlier.get(i), later)) return i;
        }
        return -1;
    }

    /** Whether {@code later} tells {@code earlier} again (see the class comment). */
    boolean retells(Proposal earlier, Proposal later) {
        if (earlier.type() != later.type() || !earlier.dates().equals(later.dates())) return false;
        if (conflicting(earlier.killed(), later.killed()) || conflicting(earlier.injured(), later.injured())) return false;
        return later.places().stream().allMatch(p -> !p.region() && earlier.places().stream().anyMatch(e -> samePlace(e, p)));
    }

    private static boolean conflicting(Casualties a, Casualties b) {
        return a.known() && b.known() && !a.equals(b);
    }

    /** Two mentions of one place: the same chosen place or group, or the same name the gazetteer lacks. */
    private static boolean samePlace(PlaceMention a, PlaceMention b) {
        if (a.chosen() != null || b.chosen() != null) return Objects.equals(a.chosen(), b.chosen());
        if (a.groupKey() != null || b.groupKey() != null) return Objects.equals(a.groupKey(), b.groupKey());
        return a.unknownName() != null && a.unknownName().equals(b.unknownName());
    }
}
