package org.furat.io;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checks every writer makes before a layer or a feature reaches its file, so a bad value fails the export
 * with a message that names it instead of producing a file readers reject. Stateless and thread-safe.
 */
public final class FeatureChecks {

    private FeatureChecks() {}

    /**
     * Rejects a layer without a name, with blank or duplicate field names (compared case-insensitively, as SQLite
     * and most readers compare them), with a field name in {@code reserved}, or with a style field it lacks.
     */
    public static void requireValidLayer(Layer layer, List<String> reserved) {
        if (layer.name() == null || layer.name().isBlank()) throw new IllegalArgumentException("The layer has no name");
        Set<String> seen = new HashSet<>();
        for (String name : reserved) seen.add(name.toLowerCase(Locale.ROOT));
        for (Field field : layer.fields()) {
            if (field.name().isBlank()) throw new IllegalArgumentException("Layer " + layer.name() + " has a field without a name");
            if (!seen.add(field.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(reserved.stream().anyMatch(field.name()::equalsIgnoreCase)
                        ? "Field name " + field.name() + " is reserved by the format (" + String.join(", ", reserved) + ")"
                        : "Layer " + layer.name() + " has two fields named " + field.name());
            }
        }
        if (layer.styleField() != null && layer.indexOf(layer.styleField()) < 0) {
            throw new IllegalArgumentException("Style field " + layer.styleField() + " is not a field of layer " + layer.name());
        }
    }

    /**
     * Rejects a feature whose coordinates are not finite WGS 84 longitude and latitude, whose value count differs
     * from the layer's field count, or whose values are not of their field's type (REAL values must be finite).
     */
    public static void requireConforms(Layer layer, Feature feature) {
        double lon = feature.lon();
        double lat = feature.lat();
        if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("Not a WGS 84 longitude/latitude: " + lon + ", " + lat);
        }
        List<Object> values = feature.values();
        List<Field> fields = layer.fields();
        if (values.size() != fields.size()) {
            throw new IllegalArgumentException("Layer " + layer.name() + " has " + fields.size() + " fields but the feature has "
                    + values.size() + " values");
        }
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) continue;
            Field field = fields.get(i);
            boolean ok = switch (field.type()) {
                case TEXT -> value instanceof String;
                case INTEGER -> value instanceof Long;
                case REAL -> value instanceof Double d && Double.isFinite(d);
                case DATE -> value instanceof LocalDate;
            };
            if (!ok) {
                throw new IllegalArgumentException("Field " + field.name() + " is " + field.type() + " but the value is "
                        + value.getClass().getSimpleName() + " " + value);
            }
        }
    }
}
