package org.furat.ingest;

/** Tells Arabic from English text by the letters it is written in. */
public final class Language {
    private Language() {}

    /** "ar", "en", or null when the text has too few Arabic or Latin letters to say (or is in another script). */
    public static String detect(String text) {
        int arabic = 0, latin = 0, other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) continue;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.ARABIC) arabic++;
            else if (script == Character.UnicodeScript.LATIN) latin++;
            else other++;
        }
        int letters = arabic + latin + other;
        if (letters < 20) return null;
        if (arabic >= 0.5 * letters) return "ar";
        if (latin >= 0.7 * letters) return "en";
        return null;
    }
}
