package org.furat.io;

import java.util.List;

/**
 * What is being exported: a layer name (e.g. "incidents"), its fields, and optionally the field whose value
 * picks a style (KML colours pins by event type) — null for none.
 */
public record Layer(String name, List<Field> fields, String styleField) {
    public Layer {
        fields = List.copyOf(fields);
    }

    public int indexOf(String field) {
        for (int i = 0; i < fields.size(); i++) if (fields.get(i).name().equals(field)) return i;
        return -1;
    }
}
