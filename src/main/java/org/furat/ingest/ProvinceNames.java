package org.furat.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.furat.model.Place;
import org.furat.model.PlaceGroup;
import org.furat.model.PlaceKind;

/**
 * Reads an English report's bare "Deir ez-Zor" as the province. English news names the province by its capital's
 * name ("clashes in Deir ez-Zor", "eastern Deir Ezzor", "a drone strike in rural Deir el-Zour") and says "the city
 * of" or "Deir ez-Zor city" when it means the city; Arabic news says «مدينة دير الزور» or «ريف دير الزور» and
 * a bare «دير الزور» is most often the city, so Arabic names are left as they are. A bearing before the name
 * ("eastern", "western", "northern") makes it that countryside, where the gazetteer has a group for it. Immutable
 * and thread-safe.
 */
final class ProvinceNames {

    /** Words before or after a capital's name that make it the city. */
    private static final List<String> CITY_WORDS = List.of("city", "town", "neighbourhood", "neighborhood", "downtown");

    /**
     * «مناطق سيطرة» (or «نفوذ») and up to two words before «في» or «ب» right before the name: «مناطق سيطرة "قسد" في»;
     * not «مناطق في دير الزور», places struck in the city.
     */
    private static final java.util.regex.Pattern AREAS_IN = java.util.regex.Pattern.compile(
            "\\s(?:[وبل]|ال|وال|بال)?مناطق\\s+(?:سيطر\\S*|نفوذ\\S*)(?:\\s+\\S+){0,2}\\s+(?:في\\s+|ب)$");
    private static final int AREAS_CHARS = 60;

    /** The governorate each capital city names, by the city's key. */
    private final Map<String, String> governorateOfCapital = new HashMap<>();
    /** The countryside groups by bearing ("eastern"). */
    private final Map<String, PlaceGroup> countrysides = new HashMap<>();

    ProvinceNames(List<Place> gazetteer, List<PlaceGroup> groups) {
        governorateOfCapital.putAll(governoratesOfCapitals(gazetteer));
        for (PlaceGroup g : groups) {
            for (String bearing : List.of("eastern", "western", "northern", "southern")) {
                if (g.key().equals(bearing + "_countryside")) countrysides.put(bearing, g);
            }
        }
    }

    /** The governorate each capital city names, by the city's key: the city that has the governorate's name. */
    static Map<String, String> governoratesOfCapitals(List<Place> gazetteer) {
        Map<String, String> cityByName = new HashMap<>();
        for (Place p : gazetteer) {
            if (p.kind() == PlaceKind.CITY) cityByName.put(p.nameEn().toLowerCase(Locale.ROOT), p.key());
        }
        Map<String, String> governorates = new HashMap<>();
        for (Place p : gazetteer) {
            if (p.kind() != PlaceKind.GOVERNORATE) continue;
            String name = p.nameEn().toLowerCase(Locale.ROOT).replace(" governorate", "").strip();
            String city = cityByName.get(name);
            if (city != null) governorates.put(city, p.key());
        }
        return governorates;
    }

    /**
     * The mention as the province or a countryside when it is a capital's bare English name or its name after an
     * Arabic bearing, else as it is.
     */
    PlaceMention read(String text, PlaceMention m) {
        if (m.chosen() == null) return m;
        String governorate = governorateOfCapital.get(m.chosen());
        if (governorate == null) return m;
        // «ريف دير الزور», «بادية دير الزور», "the province of Deir Az Zor": an area named by its capital, in the
        // province, is no point at the city.
        if (m.region()) return province(m, governorate);
        if (!isLatin(m.span().text())) {
            // «مناطق سيطرة قسد في دير الزور»: the areas a side holds lie in the province, not in its capital.
            int from = Math.max(0, m.span().start() - AREAS_CHARS);
            String before = (from == 0 ? " " : "") + text.substring(from, m.span().start());
            return AREAS_IN.matcher(before).find() ? province(m, governorate) : afterArabicBearing(text, m, governorate);
        }
        // A dateline names the city the report was filed in ("Deir Ezzor, SANA-", "DEIR EZZOR (Reuters) -"); a sentence
        // that starts with the name ("Deir Ezzor is jointly ruled by …") speaks of the province.
        if (startsLine(text, m.span().start()) && datelineAfter(text, m.span().end())) return m;
        String before = lastWords(text.substring(Math.max(0, m.span().start() - 30), m.span().start()));
        String after = text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 12)).toLowerCase(Locale.ROOT);
        if (CITY_WORDS.stream().anyMatch(w -> before.endsWith(w + " of") || before.endsWith(w) || after.strip().startsWith(w))) return m;
        for (var bearing : countrysides.entrySet()) {
            String b = bearing.getKey(), from = b.substring(0, b.length() - 3); // "eastern", "east of"
            if (before.endsWith(b) || before.endsWith(b + " rural") || before.endsWith(from + " of")) {
                int start = text.toLowerCase(Locale.ROOT).lastIndexOf(before.endsWith(" of") ? from : b, m.span().start());
                return countryside(text, start, m, bearing.getValue());
            }
        }
        return province(m, governorate);
    }

    /**
     * «شرق دير الزور», «جنوبي دير الزور»: a bearing right before the capital's Arabic name says where from it, not the
     * city: the countryside that way where the gazetteer has a group for it, else the province. «مدينة دير الزور»
     * after it («شرق مدينة دير الزور») is left as the city, the report having said which.
     */
    private PlaceMention afterArabicBearing(String text, PlaceMention m, String governorate) {
        int end = m.span().start();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        String word = text.substring(start, end);
        for (var bearing : ARABIC_BEARINGS.entrySet()) {
            if (!bearing.getValue().contains(word)) continue;
            // The bearing stays outside the mention: it is the word that ties the name to a place named before it
            // («قرية عشاير شرقي دير الزور»), which the name then only locates.
            PlaceGroup g = countrysides.get(bearing.getKey());
            return g != null ? countryside(text, m.span().start(), m, g) : province(m, governorate);
        }
        return m;
    }

    /** The Arabic bearings, as written before a name (with and without the nisba «ي», and after «ب»), by English bearing. */
    private static final Map<String, List<String>> ARABIC_BEARINGS = Map.of(
            "eastern", List.of("شرق", "شرقي", "بشرق", "شرقيّ"),
            "western", List.of("غرب", "غربي", "بغرب", "غربيّ"),
            "northern", List.of("شمال", "شمالي", "بشمال", "شماليّ"),
            "southern", List.of("جنوب", "جنوبي", "بجنوب", "جنوبيّ"));

    private static PlaceMention countryside(String text, int start, PlaceMention m, PlaceGroup g) {
        return new PlaceMention(Span.of(text, start, m.span().end()), g.memberKeys(), null, m.confidence(), g.key(),
                false, null, true);
    }

    private static PlaceMention province(PlaceMention m, String governorate) {
        return new PlaceMention(m.span(), List.of(governorate), governorate, m.confidence(), null, false, null, true);
    }

    /** Whether a comma, a bracket, a colon or a dash follows a name, as in a dateline. */
    private static boolean datelineAfter(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return i < text.length() && ",(:-–—".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean startsLine(String text, int at) {
        int i = at;
        while (i > 0 && text.charAt(i - 1) != '\n' && Character.isWhitespace(text.charAt(i - 1))) i--;
        return i == 0 || text.charAt(i - 1) == '\n';
    }

    /** The text's last few words, lower-cased, with single spaces. */
    private static String lastWords(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
    }

    static boolean isLatin(String s) {
        return !s.isEmpty() && s.charAt(0) < 0x0250;
    }
}
