package org.furat.text;

/**
 * Whether a full stop ends a sentence. Not in a figure ("18.5"), an ellipsis ("..") or an abbreviation: "Aug. 27",
 * "U.S. forces", "i.e. yesterday", "Dr. Ali", "11 p.m. (local time)" — a stop right before a Latin letter, before a word
 * in lower case, after "a.m." or "p.m." before anything but a capital, or
 * after a short capitalised Latin word before a figure (or, after a single capital, before another capital).
 * Stateless.
 */
public final class FullStops {

    private FullStops() {}

    /** Whether the full stop at {@code stop} in {@code text} ends a sentence. */
    public static boolean endsSentence(String text, int stop) {
        int next = stop + 1;
        if (next < text.length() && (Character.isDigit(text.charAt(next)) || text.charAt(next) == '.')) return false;
        return !abbreviation(text, stop);
    }

    /** Whether the stop at {@code stop} ends "a.m." or "p.m.". */
    private static boolean clockTime(String text, int stop) {
        if (stop < 3 || text.charAt(stop - 2) != '.' || Character.toLowerCase(text.charAt(stop - 1)) != 'm') return false;
        char half = Character.toLowerCase(text.charAt(stop - 3));
        return half == 'a' || half == 'p';
    }

    private static boolean abbreviation(String text, int stop) {
        int next = stop + 1;
        if (next < text.length() && Character.isLetter(text.charAt(next)) && text.charAt(next) < 0x0250) return true; // "U.S"
        if (next < text.length() && (text.charAt(next) == '-' || text.charAt(next) == '\u2010')) return true; // "U.S.-backed"
        while (next < text.length() && text.charAt(next) == ' ') next++;
        if (next >= text.length() || next == stop + 1) return false;
        char after = text.charAt(next);
        if (after >= 'a' && after <= 'z') return true;
        // "at 11:00 p.m. (Syria time) on Dec. 10": the hour goes on, unless a capital opens the next sentence.
        if (clockTime(text, stop) && !Character.isUpperCase(after)) return true;
        int start = stop;
        while (start > 0 && Character.isLetter(text.charAt(start - 1)) && text.charAt(start - 1) < 0x0250) start--;
        int length = stop - start;
        boolean shortCapitalised = length >= 1 && length <= 4 && Character.isUpperCase(text.charAt(start))
                && (start == 0 || !Character.isLetter(text.charAt(start - 1)));
        return shortCapitalised && (Character.isDigit(after) || Character.isUpperCase(after) && length == 1);
    }
}
