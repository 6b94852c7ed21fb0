package org.furat.model;

/** Someone reviewing a report now: who (the analyst's name) and since when (UTC, ISO 8601). */
public record ReviewClaim(String who, String since) {}
