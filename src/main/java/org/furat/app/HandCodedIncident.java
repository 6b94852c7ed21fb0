package org.furat.app;

import java.util.Optional;
import org.furat.model.Incident;
import org.furat.model.Status;

/**
 * What an incident the analyst adds by hand must have before it is saved, the same in the window and on the command
 * line: a place (an incident nowhere cannot be mapped or exported as a point), and, to be verified, something it rests
 * on: a span of a stored report or the analyst's own note. An incident on nobody's word stays proposed.
 */
public final class HandCodedIncident {

    /** Why an incident added by hand is refused; each front end words it in its own terms. */
    public enum Refusal {
        NO_PLACE("An incident needs a place: add the place where it happened"),
        VERIFIED_WITHOUT_SUPPORT("An incident with no source and no note of yours cannot be verified: "
                + "say what you read and where in a note, or save it as proposed");

        private final String message;

        Refusal(String message) { this.message = message; }

        public String message() { return message; }
    }

    private HandCodedIncident() {}

    /**
     * Why {@code incident} cannot be added, or empty when it can. {@code note} is the analyst's note it rests on, null
     * when it rests on a stored report instead; the note saying that no source was given is no support.
     */
    public static Optional<Refusal> refusal(Incident incident, AnalystNote note) {
        if (incident.places().isEmpty()) return Optional.of(Refusal.NO_PLACE);
        if (incident.status() == Status.VERIFIED && !supported(note)) return Optional.of(Refusal.VERIFIED_WITHOUT_SUPPORT);
        return Optional.empty();
    }

    /** Throws with the refusal's message when {@code incident} cannot be added. */
    public static void check(Incident incident, AnalystNote note) {
        refusal(incident, note).ifPresent(r -> { throw new IllegalArgumentException(r.message()); });
    }

    /** The status a new incident starts with: verified when it rests on something, else proposed. */
    public static Status defaultStatus(AnalystNote note) {
        return supported(note) ? Status.VERIFIED : Status.PROPOSED;
    }

    private static boolean supported(AnalystNote note) {
        return note == null || !note.equals(AnalystNote.noneGiven());
    }
}
