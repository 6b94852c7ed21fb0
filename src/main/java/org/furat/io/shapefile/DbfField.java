package org.furat.io.shapefile;

/**
 * One field of a DBF file as its header describes it.
 *
 * @param name     the field name (at most 10 characters)
 * @param type     the DBF type letter: C (text), N or F (number), D (date), L (logical) …
 * @param width    the width in bytes
 * @param decimals the number of decimals of a number field
 */
public record DbfField(String name, char type, int width, int decimals) {

    /**
     * Whether the reader gives this field's values as Long: a number field without decimals of at most 18
     * characters (GDAL reads the same fields as integers). Other number fields give Double.
     */
    public boolean isInteger() {
        return (type == 'N' || type == 'F') && decimals == 0 && width <= 18;
    }
}
