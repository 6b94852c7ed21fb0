package org.furat.model;

/** An actor in one of an incident's actor slots. */
public record IncidentActor(String actorKey, ActorRole role) {}
