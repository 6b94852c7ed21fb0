package org.furat.model;

/** A report with proposals still to review: the Review menu lists these. */
public record PendingReport(String sourceKey, String title, int proposals) {}
