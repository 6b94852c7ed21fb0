package org.furat.model;

/**
 * A count of people killed or injured as a best estimate with a low and a high bound; {@code null} means
 * the report gives no figure (which is not the same as zero).
 */
public record Casualties(Integer best, Integer low, Integer high) {

    public static final Casualties UNKNOWN = new Casualties(null, null, null);

    public Casualties {
        check(best, "best");
        check(low, "low");
        check(high, "high");
        if (low != null && high != null && low > high) {
            throw new IllegalArgumentException("Casualty range is inverted: low " + low + " > high " + high);
        }
        if (best != null && ((low != null && best < low) || (high != null && best > high))) {
            throw new IllegalArgumentException("Casualty best estimate " + best + " lies outside " + low + "–" + high);
        }
    }

    public static Casualties exactly(int n) { return new Casualties(n, n, n); }

    public boolean known() { return best != null || low != null || high != null; }

    /**
     * A short human form: "12", "3–5", "≥1" or "?" when unknown. A figure with a floor and no ceiling reads "≥5" even
     * when its best estimate is the floor itself, as the extractor stores "more than 5" and "at least 5": a plain "5"
     * would read as an exact count.
     */
    public String describe() {
        if (best != null && low == null && high == null) return "~" + best; // a best estimate with no bounds: about
        if (best != null && best.equals(low) && high == null) return "≥" + low;
        if (best != null && (low == null || low.equals(best)) && (high == null || high.equals(best))) return best.toString();
        if (low != null && high != null) return low + "–" + high;
        if (best != null) return "~" + best;
        if (low != null) return "≥" + low;
        if (high != null) return "≤" + high;
        return "?";
    }

    private static void check(Integer n, String what) {
        if (n != null && n < 0) throw new IllegalArgumentException("Casualty " + what + " cannot be negative: " + n);
    }
}
