package org.furat.model;

/** How well a point locates a place, with ACLED's geo_precision codes. */
public enum GeoPrecision {
    /** The coordinate is the place itself, from a gazetteer or a surveyed source. */
    EXACT(1),
    /** The coordinate is near the place (described location, low-confidence note): draw it as approximate. */
    APPROXIMATE(2),
    /** Only a larger region is known; the point stands for the region (e.g. its capital). */
    REGION(3);

    private final int code;

    GeoPrecision(int code) { this.code = code; }

    public int code() { return code; }

    public boolean isApproximate() { return this != EXACT; }

    public static GeoPrecision ofCode(int code) {
        for (GeoPrecision p : values()) if (p.code == code) return p;
        throw new IllegalArgumentException("Unknown location precision code " + code + " (expected 1, 2 or 3)");
    }

    /** The coarser of two precisions: a link is never more precise than the place it points at. */
    public GeoPrecision coarsest(GeoPrecision other) {
        return other.code > code ? other : this;
    }
}
