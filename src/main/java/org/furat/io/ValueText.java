package org.furat.io;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Attribute values as text, for formats that store text (CSV, KML): exact, locale-independent and readable. Numbers
 * round-trip through {@link Double#parseDouble}; dates are ISO 8601 ("2024-10-05"). Stateless and thread-safe.
 */
public final class ValueText {

    private ValueText() {}

    /** The text of a value of a feature: "" for null, the string itself, a number or an ISO date. */
    public static String of(Object value) {
        if (value == null) return "";
        if (value instanceof String s) return s;
        if (value instanceof Double d) return number(d);
        if (value instanceof LocalDate date) return date.toString();
        return value.toString();
    }

    /**
     * A double as the shortest decimal that reads back as the same double, without an exponent in the range
     * coordinates and measurements live in ("0.00001" rather than "1.0E-5").
     */
    public static String number(double value) {
        double magnitude = Math.abs(value);
        if (Double.isFinite(value) && (magnitude == 0 || (magnitude >= 1e-7 && magnitude < 1e15))) {
            String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            return plain.indexOf('.') < 0 ? plain + ".0" : plain;
        }
        return Double.toString(value);
    }
}
