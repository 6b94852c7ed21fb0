package org.furat.ingest;

/** An actor named in a text, by its key in the actors list. */
public record ActorMention(String actorKey, Span span) {

    /** Whether {@code other} names the same side (false for none). */
    boolean sameSideAs(ActorMention other) {
        return other != null && actorKey.equals(other.actorKey);
    }
}
