package org.furat.model;

/**
 * One change the log recorded: a row of {@code table} (named by its business {@code key}) inserted, deleted, one of
 * its fields updated, or for a bulk action a summary of the rows it added. {@code before} and {@code after} are the
 * values as text: a whole row as a JSON object for an insert or delete, one field's value for an update.
 */
public record ChangeEntry(String table, String key, String operation, String field, String before, String after) {}
