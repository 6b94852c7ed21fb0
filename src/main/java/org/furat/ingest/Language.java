package org.furat.ingest;

/**
 * Tells Arabic from English text: by the letters it is written in, and for Latin script by English's commonest
 * words, so French or Turkish news is not taken for English.
 */
public final class Language {
    private Language() {}

    /** "ar", "en", or null when the text has too few Arabic or Latin letters to say (or is in another script). */
    public static String detect(String text) {
        int arabic = 0, latin = 0, other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // The common letters first: looking up a char's script is slow enough to show in a profile.
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') { latin++; continue; }
            if (c >= '\u0621' && c <= '\u064A' && c != '\u0640') { arabic++; continue; }
            if (!Character.isLetter(c)) continue;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.ARABIC) arabic++;
            else if (script == Character.UnicodeScript.LATIN) latin++;
            else other++;
        }
        int letters = arabic + latin + other;
        if (letters < 20) return null;
        if (arabic >= 0.5 * letters) return "ar";
        if (latin >= 0.7 * letters && englishWordShare(text) >= 0.08) return "en";
        return null;
    }

    private static final java.util.Set<String> ENGLISH = java.util.Set.of("the", "of", "and", "in", "to", "a", "was", "were",
            "is", "on", "by", "for", "with", "that", "at", "from", "said", "have", "has", "its", "their");

    private static double englishWordShare(String text) {
        String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+");
        int all = 0, english = 0;
        for (String w : words) {
            if (w.isEmpty()) continue;
            all++;
            if (ENGLISH.contains(w)) english++;
        }
        return all == 0 ? 0 : (double) english / all;
    }
}
