package org.furat.app;

import java.util.List;
import org.furat.model.Incident;

/**
 * What reading a report again with today's gazetteer and rules would change, to show the analyst before it is
 * kept: proposals added, gone and changed (with each change in words), findings added and gone, and the writes
 * that keeping it makes. Reviewed incidents are never among the writes.
 *
 * @param sourceKey     the report
 * @param before        the reading stored now, or null for a report kept without one
 * @param after         today's reading, as it would be stored
 * @param proposals     what happens to each proposal that differs between the two readings
 * @param findingsAdded findings today's reading has that the stored one lacks
 * @param findingsGone  findings of the stored reading that today's lacks
 * @param added         proposals today's reading makes that no incident holds, to be stored as proposed incidents
 * @param rewritten     proposed incidents, untouched since they were proposed, written again as today's reading proposes them
 */
public record ReadingComparison(String sourceKey, Reading before, Reading after, List<ProposalChange> proposals,
                                List<Finding> findingsAdded, List<Finding> findingsGone, List<Incident> added,
                                List<Incident> rewritten) {

    public ReadingComparison {
        proposals = List.copyOf(proposals);
        findingsAdded = List.copyOf(findingsAdded);
        findingsGone = List.copyOf(findingsGone);
        added = List.copyOf(added);
        rewritten = List.copyOf(rewritten);
    }

    /** How a proposal fares when the report is read again. */
    public enum Change {
        ADDED("New proposal"), GONE("No longer proposed"), CHANGED("Changed");

        private final String label;

        Change(String label) { this.label = label; }

        public String label() { return label; }
    }

    /**
     * One proposal that differs between the readings.
     *
     * @param change      added, gone or changed
     * @param incidentKey the incident it is or becomes
     * @param sentence    the words of its evidence, to recognise it by
     * @param differences what changed, one line each ("killed: 2 → 3"); empty for one added or gone
     * @param outcome     what keeping today's reading does with it ("stored as a new proposal", "reviewed: not changed")
     */
    public record ProposalChange(Change change, String incidentKey, String sentence, List<String> differences, String outcome) {
        public ProposalChange {
            differences = List.copyOf(differences);
        }
    }

    /** True when today's reading finds and proposes what the stored one does. */
    public boolean changesNothing() {
        return proposals.isEmpty() && findingsAdded.isEmpty() && findingsGone.isEmpty();
    }

    /** "2 new proposals, 1 no longer proposed, 1 changed; 3 findings added, 1 gone". */
    public String summary() {
        if (changesNothing()) return "Today's gazetteer and rules read this report as the stored reading does";
        long added = count(Change.ADDED), gone = count(Change.GONE), changed = count(Change.CHANGED);
        String proposalPart = added + (added == 1 ? " new proposal, " : " new proposals, ") + gone + " no longer proposed, "
                + changed + " changed";
        return proposalPart + "; " + findingsAdded.size() + (findingsAdded.size() == 1 ? " finding" : " findings") + " added, "
                + findingsGone.size() + " gone";
    }

    private long count(Change c) {
        return proposals.stream().filter(p -> p.change() == c).count();
    }
}
