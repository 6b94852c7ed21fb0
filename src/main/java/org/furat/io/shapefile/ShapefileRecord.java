package org.furat.io.shapefile;

import java.util.Map;

/**
 * One record of a point shapefile: its coordinates and attributes.
 *
 * @param number     the record number, from 1
 * @param x          the longitude (or easting); NaN for a null shape
 * @param y          the latitude (or northing); NaN for a null shape
 * @param attributes the values by DBF field name, in field order: String, Long, Double, LocalDate (Boolean for a
 *                   logical field), or null where the DBF holds no value (blanks)
 */
public record ShapefileRecord(int number, double x, double y, Map<String, Object> attributes) {

    /** Whether the record has a point (false for a null shape). */
    public boolean hasPoint() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }

    /** The value of a field, or null. */
    public Object get(String field) {
        return attributes.get(field);
    }
}
