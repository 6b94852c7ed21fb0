package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.furat.model.Casualties;
import org.junit.jupiter.api.Test;

/** One event's toll told twice: whether two figures can be one toll, and which to keep. */
class TollsTest {

    private static final Casualties DOZENS = new Casualties(null, 20, 99);
    private static final Casualties AT_LEAST_ONE = new Casualties(null, 1, null);

    @Test
    void figuresWhoseRangesMeetAgree() {
        assertTrue(Tolls.agree(DOZENS, Casualties.exactly(30)), "thirty are some of dozens");
        assertTrue(Tolls.agree(AT_LEAST_ONE, Casualties.exactly(10)));
        assertTrue(Tolls.agree(Casualties.exactly(4), Casualties.exactly(4)));
        assertTrue(Tolls.agree(Casualties.UNKNOWN, Casualties.exactly(4)), "no figure disagrees with none");
    }

    @Test
    void figuresWhoseRangesDoNotMeetAreTwoTolls() {
        assertFalse(Tolls.agree(Casualties.exactly(2), Casualties.exactly(5)));
        assertFalse(Tolls.agree(DOZENS, Casualties.exactly(5)), "five are not dozens");
        assertFalse(Tolls.agree(AT_LEAST_ONE, Casualties.exactly(0)), "someone hurt is not nobody hurt");
    }

    @Test
    void partsAddUp() {
        assertEquals(Casualties.exactly(5), Tolls.sum(Casualties.exactly(3), Casualties.exactly(2)));
        assertEquals(new Casualties(null, 23, 102), Tolls.sum(Casualties.exactly(3), DOZENS), "three and dozens");
        assertEquals(new Casualties(null, 4, null), Tolls.sum(Casualties.exactly(3), AT_LEAST_ONE), "no ceiling");
        assertEquals(Casualties.exactly(3), Tolls.sum(Casualties.exactly(3), Casualties.UNKNOWN), "an unknown part adds nothing");
    }

    @Test
    void theExactFigureIsKept() {
        assertEquals(Casualties.exactly(30), Tolls.sharper(DOZENS, Casualties.exactly(30)));
        assertEquals(Casualties.exactly(30), Tolls.sharper(Casualties.exactly(30), DOZENS));
        assertEquals(Casualties.exactly(10), Tolls.sharper(AT_LEAST_ONE, Casualties.exactly(10)));
        assertEquals(DOZENS, Tolls.sharper(Casualties.UNKNOWN, DOZENS), "a figure over none");
        assertEquals(Casualties.exactly(3), Tolls.sharper(Casualties.exactly(3), Casualties.exactly(3)));
    }

    @Test
    void ofTwoFloorsTheHigherIsKept() {
        Casualties atLeast40 = new Casualties(40, 40, null), atLeast9 = new Casualties(9, 9, null);
        assertEquals(atLeast40, Tolls.sharper(atLeast9, atLeast40), "'nine civilians among the dead', then 'at least 40'");
        assertEquals(atLeast40, Tolls.sharper(atLeast40, atLeast9));
    }
}
