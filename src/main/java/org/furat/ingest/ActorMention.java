package org.furat.ingest;

import java.time.LocalDate;

/**
 * An actor named in a text, by its key in the actors list.
 *
 * @param succession who took the name over from a day on ({@link SideSuccessions}), or null: the key is the side
 *     it names on the day the report was published, and {@link #on} the side it names on the event's day
 */
public record ActorMention(String actorKey, Span span, SideSuccessions.Succession succession) {

    public ActorMention(String actorKey, Span span) {
        this(actorKey, span, null);
    }

    /** Whether {@code other} names the same side (false for none). */
    boolean sameSideAs(ActorMention other) {
        return other != null && actorKey.equals(other.actorKey);
    }

    /** This mention as the side its name stood for on {@code day}: "the Syrian army" of an event before December 2024. */
    ActorMention on(LocalDate day) {
        String side = SideSuccessions.sideOf(succession, actorKey, day);
        return side.equals(actorKey) ? this : new ActorMention(side, span, succession);
    }
}
