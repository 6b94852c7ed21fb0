package org.furat.model;

/** That an incident was deleted: when (UTC) and the reason the analyst gave. The incident is kept and can be restored. */
public record Deletion(String at, String reason) {}
