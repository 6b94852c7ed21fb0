package org.furat.app;

import java.time.Instant;
import java.util.List;
import org.furat.model.Incident;
import org.furat.model.Source;

/**
 * A report opened for review: its text, everything the extractor recognised in it, the proposals still to
 * review, the incidents already reviewed that cite it, and which reading of the report all this shows.
 */
public record ReportReview(Source source, List<Finding> findings, List<ProposalReview> proposals, List<Incident> reviewed,
                           ReadingInfo reading) {
    public ReportReview {
        findings = List.copyOf(findings);
        proposals = List.copyOf(proposals);
        reviewed = List.copyOf(reviewed);
    }

    /** How the reading shown came about. */
    public enum Origin {
        /** Stored with the report when it was imported, or when it was last read again. */
        STORED,
        /** The report was kept without a reading (an older Furat imported it): read now and stored with it. */
        READ_NOW_AND_KEPT,
        /** Kept without a reading, and read now; not stored, as the database is open read-only. */
        READ_NOW_NOT_KEPT
    }

    /** Which extractor read the report, when, and whether that reading was stored or made on opening. */
    public record ReadingInfo(Origin origin, String extractorVersion, Instant readAt) {

        /** When the extractor read the report, to the minute: "2026-12-02 10:30 UTC". */
        public String when() {
            return readAt.toString().substring(0, 16).replace('T', ' ') + " UTC";
        }

        /** One line for the review screen. */
        public String describe() {
            String when = when();
            return switch (origin) {
                case STORED -> "Reading stored on " + when + " by " + extractorVersion;
                case READ_NOW_AND_KEPT -> "Imported by an older Furat that kept no reading: read now with today's gazetteer and rules ("
                        + extractorVersion + ") and kept with the report";
                case READ_NOW_NOT_KEPT -> "Imported by an older Furat that kept no reading: read now with today's gazetteer and rules ("
                        + extractorVersion + "); not kept, the database is open read-only";
            };
        }
    }
}
