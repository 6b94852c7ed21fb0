package org.furat.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Symbol sizes stay bounded for huge counts, and counts shorten to fit inside them. */
class MarkersTest {

    @Test
    void countsAbbreviateToThreeSignificantFiguresAtMost() {
        assertEquals("1", Markers.countText(1));
        assertEquals("999", Markers.countText(999));
        assertEquals("1k", Markers.countText(1000));
        assertEquals("1.2k", Markers.countText(1234));
        assertEquals("12.3k", Markers.countText(12_345));
        assertEquals("100k", Markers.countText(99_960));
        assertEquals("123k", Markers.countText(123_456));
        assertEquals("1M", Markers.countText(999_950));
        assertEquals("1.2M", Markers.countText(1_234_567));
        assertEquals("12M", Markers.countText(12_000_000));
        assertEquals("2.1B", Markers.countText(Integer.MAX_VALUE));
    }

    @Test
    void smallPinsKeepTheirSizeAndBigOnesStayBounded() {
        for (int count = 1; count <= 10; count++) {
            assertEquals(5 + 3.2 * Math.sqrt(count), Markers.pinRadius(count), 1e-9, "area tracks small counts");
        }
        double previous = 0;
        for (long count = 1; count <= 10_000_000; count = count * 3 / 2 + 1) {
            double r = Markers.pinRadius(count);
            assertTrue(r >= previous, "never shrinks as the count grows");
            assertTrue(r <= Markers.MAX_PIN_RADIUS, count + " gives radius " + r);
            previous = r;
        }
        assertEquals(Markers.MAX_PIN_RADIUS, Markers.pinRadius(1_000_000), 1e-9);
        assertTrue(Markers.pinRadius(50_000) - Markers.pinRadius(1_000) > 3, "tens of thousands still look bigger than a thousand");
        assertTrue(Markers.clusterRadius(1_000_000) <= Markers.MAX_CLUSTER_RADIUS);
        assertTrue(Markers.clusterRadius(2) > Markers.pinRadius(2), "a cluster is bigger than a pin of its count");
    }
}
