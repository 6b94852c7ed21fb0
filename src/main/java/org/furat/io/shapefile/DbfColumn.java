package org.furat.io.shapefile;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.furat.io.Field;
import org.furat.io.FieldType;

/**
 * How one layer field is stored in the DBF: its short name, DBF type, width and decimals, and how a value
 * becomes the field's bytes.
 * <ul>
 *   <li>TEXT: {@code C}, the field's width in bytes (1–254), UTF-8 cut on a code point boundary, padded with blanks.</li>
 *   <li>INTEGER: {@code N(w,0)} with the field's width when it gives one (a precision code needs 1 digit),
 *   else 18, the widest number field GDAL still reads as an integer (Integer64).</li>
 *   <li>REAL: {@code N(24,15)}, fixed-point with 15 decimals (GDAL's own default for reals), so coordinates
 *       keep 1e-15; a value too large for that keeps fewer decimals, one too large for 24 characters is
 *       written in exponent notation with 17 significant digits ({@code FeatureChecks} refuses NaN and
 *       infinities before they get here; were one to come, it would be written as null).</li>
 *   <li>DATE: {@code D}, YYYYMMDD.</li>
 *   <li>null: blanks, which GDAL and other readers read as null (an empty text is therefore also null).</li>
 * </ul>
 */
record DbfColumn(Field field, String name, char type, int width, int decimals) {

    static final int INTEGER_WIDTH = 18;
    static final int REAL_WIDTH = 24;
    static final int REAL_DECIMALS = 15;

    static DbfColumn of(Field field, String name) {
        return switch (field.type()) {
            case TEXT -> new DbfColumn(field, name, 'C', Math.max(1, Math.min(254, field.width())), 0);
            case INTEGER -> new DbfColumn(field, name, 'N', field.width() > 0 ? Math.min(field.width(), INTEGER_WIDTH) : INTEGER_WIDTH, 0);
            case REAL -> new DbfColumn(field, name, 'N', REAL_WIDTH, REAL_DECIMALS);
            case DATE -> new DbfColumn(field, name, 'D', 8, 0);
        };
    }

    /** The column added to a layer without fields: a DBF needs at least one (GDAL does the same). */
    static DbfColumn featureId() {
        return new DbfColumn(new Field("FID", FieldType.INTEGER, 0,
                "Feature number from 0 (added because a DBF file needs at least one field)"), "FID", 'N', 11, 0);
    }

    /** Writes the value's bytes into {@code record} at {@code offset}, padded to the width. */
    void encode(Object value, byte[] record, int offset) throws IOException {
        Arrays.fill(record, offset, offset + width, (byte) ' ');
        if (value == null) return;
        byte[] bytes = switch (field.type()) {
            case TEXT -> Utf8Text.truncatedBytes(text(value), width);
            case INTEGER -> integer(value);
            case REAL -> real(value);
            case DATE -> date(value);
        };
        if (bytes == null) return;
        // Numbers are right-aligned, text and dates left-aligned.
        int start = type == 'N' ? offset + width - bytes.length : offset;
        System.arraycopy(bytes, 0, record, start, bytes.length);
    }

    private String text(Object value) {
        if (value instanceof CharSequence s) return s.toString();
        throw wrongType(value, "a String");
    }

    private byte[] integer(Object value) throws IOException {
        if (!(value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte)) {
            throw wrongType(value, "a Long");
        }
        String text = Long.toString(((Number) value).longValue());
        if (text.length() > width) {
            throw new IOException("The value " + text + " of field '" + field.name() + "' does not fit in a DBF number of "
                    + width + " characters");
        }
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] real(Object value) {
        if (!(value instanceof Number n)) throw wrongType(value, "a Double");
        String text = formatReal(n.doubleValue(), width, decimals);
        return text == null ? null : text.getBytes(StandardCharsets.US_ASCII);
    }

    /** The text of a real number in at most {@code width} characters, or null for NaN and infinities. */
    static String formatReal(double value, int width, int decimals) {
        if (!Double.isFinite(value)) return null;
        // The shortest decimal that reads back as the value (40.123, not 40.122999999999998), padded with zeros.
        BigDecimal decimal = BigDecimal.valueOf(value);
        int sign = value < 0 ? 1 : 0;
        int integerDigits = Math.max(1, decimal.precision() - decimal.scale());
        if (sign + integerDigits <= width) {
            for (int scale = Math.max(0, Math.min(decimals, width - sign - integerDigits - 1)); scale >= 0; scale--) {
                String text = decimal.setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
                if (text.length() <= width) return text; // rounding up (9.99… to 10.0) may need one decimal less
            }
        }
        // At most 24 characters: sign, 17 significant digits, point and a three-digit exponent.
        return String.format(Locale.ROOT, "%.16E", value);
    }

    private byte[] date(Object value) throws IOException {
        if (!(value instanceof LocalDate date)) throw wrongType(value, "a LocalDate");
        if (date.getYear() < 0 || date.getYear() > 9999) {
            throw new IOException("The date " + date + " of field '" + field.name() + "' cannot be written as a DBF date (years 0–9999)");
        }
        String text = String.format(Locale.ROOT, "%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private IllegalArgumentException wrongType(Object value, String expected) {
        return new IllegalArgumentException("Field '" + field.name() + "' (" + field.type() + ") needs " + expected
                + " or null, not " + value.getClass().getSimpleName());
    }
}
