package org.furat.io.kml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.furat.model.EventType;

/**
 * The pin styles of a KML export: one per ACLED event type and a grey one for any other value. Immutable and
 * thread-safe.
 */
final class KmlStyles {

    /** A named style and its colour as KML writes it: aabbggrr in hexadecimal. */
    record Style(String id, String label, String kmlColour) {}

    static final Style OTHER = new Style("other", "Other", kmlColour("#999999"));

    private static final List<Style> ALL = new ArrayList<>();
    private static final Map<String, Style> BY_VALUE = new HashMap<>();

    static {
        for (EventType type : EventType.values()) {
            Style style = new Style(type.name().toLowerCase(Locale.ROOT).replace('_', '-'), type.label(), kmlColour(rgb(type)));
            ALL.add(style);
            BY_VALUE.put(type.label(), style);
            BY_VALUE.put(type.labelAr(), style);
            BY_VALUE.put(type.name(), style);
        }
        ALL.add(OTHER);
    }

    private KmlStyles() {}

    /** Every style, the event types' first and the grey default last. */
    static List<Style> all() {
        return List.copyOf(ALL);
    }

    /** The style of a style-field value: an event type's by its English label, Arabic label or enum name, else grey. */
    static Style of(String value) {
        if (value == null) return OTHER;
        return BY_VALUE.getOrDefault(value.strip(), OTHER);
    }

    private static String rgb(EventType type) {
        return switch (type) {
            case BATTLES -> "#b2182b";
            case EXPLOSIONS_REMOTE_VIOLENCE -> "#e66101";
            case VIOLENCE_AGAINST_CIVILIANS -> "#5e3c99";
            case PROTESTS -> "#0571b0";
            case RIOTS -> "#1b9e77";
            case STRATEGIC_DEVELOPMENTS -> "#4d4d4d";
        };
    }

    /** "#rrggbb" as KML's opaque "ffbbggrr". */
    static String kmlColour(String rgb) {
        String hex = rgb.substring(1).toLowerCase(Locale.ROOT);
        return "ff" + hex.substring(4, 6) + hex.substring(2, 4) + hex.substring(0, 2);
    }
}
