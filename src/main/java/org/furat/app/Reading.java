package org.furat.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.furat.ingest.Extraction;
import org.furat.ingest.Proposal;

/**
 * What the extractor read in a report at one time, kept with the report so that review shows what the analyst's
 * proposals came from, whatever the gazetteer and rules have become since: every finding, each proposal with the
 * alternatives it weighed and the incident it became, and which extractor read it when.
 *
 * @param extraction       the findings and the proposals
 * @param incidentKeys     for each proposal, in the same order, the key of the incident it became; null for a
 *                         proposal not stored (made when a report kept without a reading was first read, and stored
 *                         only once the analyst decides on it, as {@link Reviewer#freshKey})
 * @param noLongerProposed proposals of an earlier reading that this one no longer makes, whose incidents were still
 *                         to review when the report was read again: kept, with what that reading weighed, for the
 *                         analyst to reject or keep
 * @param extractorVersion see {@link ExtractorVersion}
 * @param readAt           when the extractor read the report
 */
public record Reading(Extraction extraction, List<String> incidentKeys, List<Earlier> noLongerProposed, String extractorVersion,
                      Instant readAt) {

    /** A proposal an earlier reading made, and the incident it became. */
    public record Earlier(String incidentKey, Proposal proposal) {
        public Earlier {
            Objects.requireNonNull(incidentKey, "incidentKey");
            Objects.requireNonNull(proposal, "proposal");
        }
    }

    public Reading {
        if (incidentKeys.size() != extraction.proposals().size()) {
            throw new IllegalArgumentException(extraction.proposals().size() + " proposals but " + incidentKeys.size() + " incident keys");
        }
        incidentKeys = Collections.unmodifiableList(new ArrayList<>(incidentKeys)); // nulls allowed: proposals not stored
        noLongerProposed = List.copyOf(noLongerProposed);
        Objects.requireNonNull(extractorVersion, "extractorVersion");
        Objects.requireNonNull(readAt, "readAt");
    }

    /**
     * The time of a reading made now, to the millisecond as the database's other times are kept: finer digits would
     * not survive a team database, whose times keep microseconds.
     */
    static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
