package org.furat.model;

import java.util.Locale;

/** The part a place plays in an incident. */
public enum PlaceRole {
    /** Where the attack came from (e.g. the base that fired). */
    ORIGIN,
    /** What was hit. */
    TARGET,
    /** Where it happened, when origin and target are not told apart. */
    LOCATION,
    /** Named in the report but not where it happened. */
    MENTIONED;

    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static PlaceRole parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown place role '" + text + "' (expected origin, target, location or mentioned)");
        }
    }
}
