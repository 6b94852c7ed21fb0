package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.furat.model.Casualties;
import org.furat.model.DateSpan;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;
import org.junit.jupiter.api.Test;

/** One event told twice: what the telling kept takes from the other. */
class ProposalTest {

    private static final Span SENTENCE = new Span(0, 10, "a sentence");

    private static Proposal told(String actor1, String actor2) {
        return new Proposal(SENTENCE, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, SENTENCE, DateSpan.month(2024, 8),
                TimePrecision.DAY, List.of(), List.of(), null, side(actor1), side(actor2), Casualties.exactly(2), Casualties.UNKNOWN);
    }

    private static ActorMention side(String key) {
        return key == null ? null : new ActorMention(key, SENTENCE);
    }

    private static String key(ActorMention a) {
        return a == null ? null : a.actorKey();
    }

    @Test
    void aSideOneTellingLeavesOutIsTakenFromTheOther() {
        Proposal kept = told(null, "sdf").retoldBy(told("isis", null));
        assertEquals("isis", key(kept.actor1()), "the car bomb was ISIS's");
        assertEquals("sdf", key(kept.actor2()));
    }

    @Test
    void aSideIsNeverNamedTwiceNorReplaced() {
        Proposal twice = told(null, "sdf").retoldBy(told("sdf", null));
        assertNull(twice.actor1(), "the SDF is already the side struck");
        Proposal kept = told("isis", "sdf").retoldBy(told("iran_militias", "coalition"));
        assertEquals("isis", key(kept.actor1()));
        assertEquals("sdf", key(kept.actor2()));
        Proposal unsided = told(null, null).retoldBy(told("isis", "sdf"));
        assertEquals("isis", key(unsided.actor1()));
        assertEquals("sdf", key(unsided.actor2()));
    }

    @Test
    void aLeadTakesTheSideItLeavesOutFromItsHeadline() {
        Proposal lead = told(null, "sdf").leading(told("isis", "sdf"), SENTENCE, false);
        assertEquals("isis", key(lead.actor1()));
        assertEquals("sdf", key(lead.actor2()));
        Proposal struckFirst = told(null, "sdf").leading(told("sdf", null), SENTENCE, false);
        assertNull(struckFirst.actor1(), "a headline that puts the side struck first names no actor");
    }
}
