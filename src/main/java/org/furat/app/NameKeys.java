package org.furat.app;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.furat.text.ArabicNormalizer;

/**
 * The form under which two spellings count as the same name when gazetteer sources are merged. Arabic: the
 * words of {@link ArabicNormalizer#searchKey} (diacritics, hamza and alef forms, ta marbuta, the article and
 * attached prefixes folded) run together, so «البوكمال» and «البو كمال» agree. Latin: lower case without
 * accents, apostrophes or ayn marks, a leading article (al, el, as, at …) dropped and the words run together, so
 * "Aţ Ţābiyah", "At-Tabiyah" and "Tabiyah" agree. Names shorter than three letters give no key.
 */
final class NameKeys {

    private static final Set<String> ARTICLES = Set.of("al", "el", "as", "ad", "at", "ash", "az", "ar", "an", "ed", "es", "et", "the");

    private NameKeys() {}

    static Set<String> of(Collection<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String n : names) {
            String k = of(n);
            if (k != null) keys.add(k);
        }
        return keys;
    }

    /** The key of one spelling, or null when it has too few letters to compare. */
    static String of(String name) {
        if (name == null || name.isBlank()) return null;
        String key = arabic(name) ? "ar:" + ArabicNormalizer.searchKey(name).replace(" ", "") : "en:" + latin(name);
        return key.length() - 3 < 3 ? null : key;
    }

    private static boolean arabic(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= '\u0600' && s.charAt(i) <= '\u06FF') return true;
        return false;
    }

    private static String latin(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replaceAll("['`‘’ʿʾ′´]", "").toLowerCase(Locale.ROOT);
        String[] words = folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i == 0 && words.length > 1 && ARTICLES.contains(words[0])) continue;
            key.append(words[i]);
        }
        return key.toString();
    }
}
