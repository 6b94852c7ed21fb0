package org.furat.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitTest {

    @Test
    void theHeldOutFifthIsTheFilesNumberedByMultiplesOfFive() {
        assertTrue(Split.HOLDOUT.includes("005.txt"));
        assertTrue(Split.HOLDOUT.includes("texts/120.txt"));
        assertFalse(Split.HOLDOUT.includes("004.txt"));
        assertTrue(Split.DEV.includes("004.txt"));
        assertFalse(Split.DEV.includes("010.txt"));
        assertTrue(Split.ALL.includes("010.txt") && Split.ALL.includes("011.txt"));
        long held = IntStream.rangeClosed(1, 120).mapToObj(n -> String.format("%03d.txt", n)).filter(Split.HOLDOUT::includes).count();
        assertEquals(24, held);
        assertThrows(IllegalArgumentException.class, () -> Split.heldOut("report.txt"));
    }
}
