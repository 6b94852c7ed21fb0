package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.furat.model.Casualties;
import org.junit.jupiter.api.Test;

/** Casualty figures written as an analyst reads them, and read back without losing what the short form cannot say. */
class CasualtyTextTest {

    @Test
    void eachShapeOfFigureReadsAsWhatItSays() {
        assertEquals("12", CasualtyText.format(Casualties.exactly(12)));
        assertEquals("3–5", CasualtyText.format(new Casualties(null, 3, 5)));
        assertEquals("~20", CasualtyText.format(new Casualties(20, null, null)));
        assertEquals("≥10", CasualtyText.format(new Casualties(null, 10, null)));
        assertEquals("", CasualtyText.format(Casualties.UNKNOWN));
    }

    @Test
    void moreThanAFigureIsNotShownAsTheFigureAlone() {
        // How the extractor stores "more than 5" and "at least 5": best and low 5, no high.
        Casualties moreThanFive = new Casualties(5, 5, null);
        assertEquals("≥5", CasualtyText.format(moreThanFive));
        assertEquals("≥5", moreThanFive.describe(), "the table, the card and the command line show it so too");
    }

    @Test
    void aFigureLeftAsShownKeepsItsStoredValueAndATypedOneIsRead() {
        Casualties moreThanFive = new Casualties(5, 5, null);
        assertSame(moreThanFive, CasualtyText.parse(" ≥5 ", moreThanFive));
        assertEquals(new Casualties(null, 6, null), CasualtyText.parse("≥6", moreThanFive));
        assertEquals(Casualties.exactly(5), CasualtyText.parse("5", moreThanFive), "typed as an exact count, it is one");
        assertEquals(Casualties.UNKNOWN, CasualtyText.parse("", moreThanFive));
        assertEquals(Casualties.exactly(3), CasualtyText.parse("3", null));
    }

    @Test
    void arabicDigitsAreReadAsAnArabicKeyboardTypesThem() {
        assertEquals(Casualties.exactly(3), CasualtyText.parse("٣"));
        assertEquals(new Casualties(null, 10, 15), CasualtyText.parse("١٠-١٥"));
        assertEquals(new Casualties(20, null, null), CasualtyText.parse("~۲۰"));
    }
}
