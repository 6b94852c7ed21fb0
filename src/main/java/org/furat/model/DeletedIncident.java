package org.furat.model;

/** An incident deleted and not stored again since, as a deletion file lists it: its key and when (UTC) it went. */
public record DeletedIncident(String key, String deletedAt) {}
