package org.furat.io;

import java.util.List;

/**
 * One exported point: longitude and latitude (WGS 84) and its attribute values in the layer's field order.
 * A value is null (no value) or of its field's type: String, Long, Double or java.time.LocalDate.
 */
public record Feature(double lon, double lat, List<Object> values) {
    public Feature {
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values)); // nulls allowed
    }
}
