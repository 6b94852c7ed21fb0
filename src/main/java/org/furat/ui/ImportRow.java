package org.furat.ui;

import org.furat.app.Importer;

/**
 * What became of one report in the import window: imported (with how many incidents it proposed), already in the
 * database, or failed (with the importer's reason). The source key is there for the first two, to review it.
 */
public record ImportRow(String name, Kind kind, String message, String sourceKey, int proposed) {

    public enum Kind { IMPORTED, DUPLICATE, FAILED }

    static ImportRow of(Importer.Outcome outcome) {
        Kind kind = switch (outcome.status()) {
            case "imported" -> Kind.IMPORTED;
            case "duplicate" -> Kind.DUPLICATE;
            default -> Kind.FAILED;
        };
        return new ImportRow(outcome.name(), kind, outcome.message(), outcome.sourceKey(), outcome.proposed().size());
    }

    static ImportRow failed(String name, String message) {
        return new ImportRow(name, Kind.FAILED, message, null, 0);
    }

    /** Whether there is a stored report to review. */
    boolean reviewable() { return sourceKey != null && kind != Kind.FAILED; }

    /** The row's headline: "Imported", "Already in the database", "Failed". */
    String verdict() {
        return switch (kind) {
            case IMPORTED -> "Imported";
            case DUPLICATE -> "Already in the database";
            case FAILED -> "Failed";
        };
    }

    /** The row's explanation, in the window's words for successes and the importer's for failures. */
    String detail() {
        return switch (kind) {
            case IMPORTED -> proposed == 0 ? "No incidents found in it; the report is stored"
                    : Labels.count(proposed, "proposed incident") + " to review";
            case DUPLICATE -> "Stored earlier as " + sourceKey + "; nothing was added";
            case FAILED -> message;
        };
    }
}
