package org.furat.ingest;

/** An actor named in a text, by its key in the actors list. */
public record ActorMention(String actorKey, Span span) {}
