package org.furat.model;

/**
 * An action as a list of recent changes shows it before it is opened: its id, when (UTC, ISO 8601), who, its name,
 * why (the reason given, or the name) and how many changes it made; its changes are read when asked for.
 */
public record ActionSummary(long actionId, String at, String who, String name, String why, long changeCount) {}
