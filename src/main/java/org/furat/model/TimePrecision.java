package org.furat.model;

/** How well an incident's date is known, with ACLED's time_precision codes. */
public enum TimePrecision {
    DAY(1), WEEK(2), MONTH(3);

    private final int code;

    TimePrecision(int code) { this.code = code; }

    public int code() { return code; }

    public static TimePrecision ofCode(int code) {
        for (TimePrecision p : values()) if (p.code == code) return p;
        throw new IllegalArgumentException("Unknown time precision code " + code + " (expected 1, 2 or 3)");
    }

    public static TimePrecision parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown time precision '" + name + "' (expected day, week or month)");
        }
    }

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
