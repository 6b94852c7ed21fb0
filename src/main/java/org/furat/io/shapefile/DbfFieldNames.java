package org.furat.io.shapefile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns column names into DBF field names: at most 10 ASCII bytes and unique, ignoring case (as GIS
 * readers compare them). The rule, applied in column order:
 * <ol>
 *   <li>Every character other than an ASCII letter, digit or underscore becomes an underscore; runs of
 *       underscores become one; leading and trailing underscores go. Nothing left gives {@code field}; a
 *       leading digit gets an {@code f} in front.</li>
 *   <li>A name of up to 10 characters is kept. A longer one is split into its words at the underscores and
 *       the longest word loses its last letter (the rightmost of equally long words first) until the name
 *       fits, so every word keeps its start: {@code description_en} becomes {@code descrip_en},
 *       {@code description_ar} {@code descrip_ar}, {@code fatalities_best} {@code fatal_best}. A name of more
 *       than five words, which cannot keep one letter per word, is simply cut to 10 characters (without a
 *       trailing underscore).</li>
 *   <li>A name already taken gets a numbered ending instead: its first characters then {@code _1},
 *       {@code _2} … ({@code descriptio}, {@code descript_1}, {@code descript_2}).</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class DbfFieldNames {

    /** The longest DBF field name in bytes. */
    public static final int MAX_LENGTH = 10;

    private DbfFieldNames() {}

    /** The DBF names of the given columns, in the same order. */
    public static List<String> shorten(List<String> names) {
        List<String> result = new ArrayList<>(names.size());
        Set<String> taken = new HashSet<>();
        for (String name : names) {
            String shortName = abbreviate(sanitize(name));
            if (taken.contains(key(shortName))) {
                for (int n = 1; ; n++) {
                    String suffix = "_" + n;
                    String base = stripTrailingUnderscores(shortName.substring(0, Math.min(shortName.length(), MAX_LENGTH - suffix.length())));
                    String candidate = base + suffix;
                    if (!taken.contains(key(candidate))) {
                        shortName = candidate;
                        break;
                    }
                }
            }
            taken.add(key(shortName));
            result.add(shortName);
        }
        return List.copyOf(result);
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    static String sanitize(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (keep) out.append(c);
            else if (out.length() > 0 && out.charAt(out.length() - 1) != '_') out.append('_');
        }
        String sanitized = stripTrailingUnderscores(out.toString());
        if (sanitized.isEmpty()) return "field";
        return Character.isDigit(sanitized.charAt(0)) ? "f" + sanitized : sanitized;
    }

    private static String stripTrailingUnderscores(String name) {
        int end = name.length();
        while (end > 0 && name.charAt(end - 1) == '_') end--;
        return name.substring(0, end);
    }

    static String abbreviate(String name) {
        if (name.length() <= MAX_LENGTH) return name;
        String[] words = name.split("_");
        if (2 * words.length - 1 > MAX_LENGTH) return stripTrailingUnderscores(name.substring(0, MAX_LENGTH));
        int length = name.length();
        while (length > MAX_LENGTH) {
            int longest = 0;
            for (int i = 1; i < words.length; i++) if (words[i].length() >= words[longest].length()) longest = i;
            words[longest] = words[longest].substring(0, words[longest].length() - 1);
            length--;
        }
        return String.join("_", words);
    }
}
