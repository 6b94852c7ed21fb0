package org.furat.io.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Sorting a source's names by script, keeping each spelling once. */
final class Names {

    private Names() {}

    /** Whether the text has an Arabic letter (Arabic block, supplement and presentation forms). */
    static boolean isArabic(String text) {
        if (text == null) return false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F') || (c >= '\uFB50' && c <= '\uFEFF')) return true;
        }
        return false;
    }

    /** Whether the text is written in Latin letters (has a Latin letter and no letter of another script). */
    static boolean isLatin(String text) {
        if (text == null) return false;
        boolean latin = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) return false;
            latin = true;
        }
        return latin;
    }

    /** Usable as a stored spelling: not blank, and free of the '|' that separates stored spellings. */
    static boolean usable(String name) {
        return name != null && !name.isBlank() && name.indexOf('|') < 0;
    }

    /** The names without {@code except}, each once, in order. */
    static List<String> others(Set<String> names, String except) {
        List<String> list = new ArrayList<>();
        for (String n : names) if (!n.equals(except)) list.add(n);
        return list;
    }

    static Set<String> set() { return new LinkedHashSet<>(); }
}
