package org.furat.io;

import java.util.Objects;

/**
 * One attribute column of an exported layer.
 *
 * @param name        the column name (formats with short names, like DBF, shorten it and record the mapping)
 * @param type        its value type
 * @param width       the width in bytes a fixed-width format (DBF) gives it: for TEXT at most 254, for INTEGER the
 *                    digits (0 for the format's default); ignored by formats without fixed widths
 * @param description what the column holds, for the field map written beside a shapefile
 */
public record Field(String name, FieldType type, int width, String description) {
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (width < 0 || width > 254) throw new IllegalArgumentException("Field width must be 0–254, not " + width);
    }
}
