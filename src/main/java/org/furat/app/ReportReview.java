package org.furat.app;

import java.util.List;
import org.furat.model.Incident;
import org.furat.model.Source;

/**
 * A report opened for review: its text, everything the extractor recognised in it, the proposals still to
 * review, and the incidents already reviewed that cite it.
 */
public record ReportReview(Source source, List<Finding> findings, List<ProposalReview> proposals, List<Incident> reviewed) {
    public ReportReview {
        findings = List.copyOf(findings);
        proposals = List.copyOf(proposals);
        reviewed = List.copyOf(reviewed);
    }
}
