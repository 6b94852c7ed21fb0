package org.furat.model;

import java.util.Locale;

/** ACLED's actor slots: the side that acts, the side acted on, and those associated with each. */
public enum ActorRole {
    ACTOR1, ASSOC_ACTOR1, ACTOR2, ASSOC_ACTOR2;

    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static ActorRole parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown actor role '" + text + "'");
        }
    }
}
