package org.furat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ValueTextTest {

    @Test
    void valuesReadAsTheyAre() {
        assertEquals("", ValueText.of(null));
        assertEquals("دير الزور", ValueText.of("دير الزور"));
        assertEquals("-5000000000", ValueText.of(-5_000_000_000L));
        assertEquals("2024-02-29", ValueText.of(LocalDate.of(2024, 2, 29)));
        assertEquals("40.15", ValueText.of(40.15));
    }

    @Test
    void numbersAvoidExponentsWhereCoordinatesLive() {
        assertEquals("0.00001", ValueText.number(1e-5));
        assertEquals("-0.0000001", ValueText.number(-1e-7));
        assertEquals("35.0", ValueText.number(35));
        assertEquals("0.0", ValueText.number(0));
        assertEquals("123456789012345.0", ValueText.number(123456789012345.0));
        assertEquals("100.0", ValueText.number(100));
        assertEquals("1.0E300", ValueText.number(1e300));
    }

    @Test
    void everyNumberReadsBackAsTheSameDouble() {
        Random r = new Random(5);
        for (int i = 0; i < 100_000; i++) {
            double d = switch (i % 4) {
                case 0 -> -180 + 360 * r.nextDouble();
                case 1 -> r.nextGaussian() * 1e-6;
                case 2 -> Double.longBitsToDouble(r.nextLong());
                default -> r.nextInt(1000) / 100.0;
            };
            if (!Double.isFinite(d)) continue;
            assertEquals(d, Double.parseDouble(ValueText.number(d)), 0.0, ValueText.number(d));
        }
    }
}
