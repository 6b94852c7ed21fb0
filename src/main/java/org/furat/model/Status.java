package org.furat.model;

import java.util.Locale;

/** Where an incident stands in review. */
public enum Status {
    PROPOSED, VERIFIED, REJECTED;

    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static Status parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown status '" + text + "' (expected proposed, verified or rejected)");
        }
    }
}
