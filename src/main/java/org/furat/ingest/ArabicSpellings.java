package org.furat.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.furat.model.Place;
import org.furat.text.ArabicNormalizer;

/**
 * Reads an Arabic name the gazetteer lacks against the gazetteer's Arabic names written loosely. An imported
 * gazetteer often has a village's Arabic name written back from a Latin one (طياني for الطيانة, عقيدات for عكيدات,
 * الجردي for الجرذي), and names two villages of one name by the word that tells them apart (سويدان جزيرة and سويدان
 * شامية, where reports write سويدان). So names are compared by a loose key: each word without the article, the
 * letters a Latin spelling writes alike taken as one (ذ and د, ظ and ض, ق and ك), and without a last ة, ي or ا (the
 * endings «-ah», «-i» and «-a» leave open), «البو» joined to the word after it. A gazetteer name whose last word
 * tells places of one name apart (a direction, or a qualifier of data/lexicons/place-name-words.csv: جزيرة,
 * فوقاني, ...) is also known by the words before it, when no place has those words as its whole name. Keys are
 * loose, so only names the matcher took for unknown places after a cue («بلدة الطيانة») are read this way, and names
 * it took for a shorter one («حوايج ذياب», the village Hawayij Diyab, read as «حوايج»). Immutable and thread-safe.
 */
final class ArabicSpellings {

    /** Fewer letters than this make no key worth trusting. */
    private static final int MIN_LETTERS = 3;
    /** Words that tell apart places of one name, besides the lexicon's qualifiers: «الجردي الشرقي», «الجردي الغربي». */
    private static final List<String> DIRECTIONS = List.of("شرقي", "غربي", "شمالي", "جنوبي", "الشرقي", "الغربي",
            "الشمالي", "الجنوبي", "شرقية", "غربية", "الشرقية", "الغربية");

    /** Letters written for one another in loose spellings, as one: ذ as د, ظ as ض, ق as ك. */
    private static char alike(char c) {
        return switch (c) {
            case 'ذ' -> 'د';
            case 'ظ' -> 'ض';
            case 'ق' -> 'ك';
            default -> c;
        };
    }

    private final Map<String, List<String>> placesByName;
    private final Map<String, List<String>> placesByBaseName;

    ArabicSpellings(List<Place> gazetteer) {
        Set<String> qualifiers = new HashSet<>();
        for (String word : DIRECTIONS) qualifiers.add(key(word));
        for (LexiconCsv.Row row : LexiconCsv.read("place-name-words", "language", "word", "role")) {
            if (row.get("role").equals("qualifier")) qualifiers.add(key(row.get("word")));
        }
        Map<String, Set<String>> byName = new HashMap<>(), byBase = new HashMap<>();
        for (Place p : gazetteer) {
            if (p.kind().isAdminUnit()) continue;
            List<String> names = new ArrayList<>(p.variantsAr());
            names.add(p.nameAr());
            for (String name : names) {
                List<String> words = words(name);
                if (words.isEmpty()) continue;
                byName.computeIfAbsent(String.join(" ", words), k -> new LinkedHashSet<>()).add(p.key());
                if (words.size() > 1 && qualifiers.contains(words.get(words.size() - 1))) {
                    byBase.computeIfAbsent(String.join(" ", words.subList(0, words.size() - 1)), k -> new LinkedHashSet<>())
                            .add(p.key());
                }
            }
        }
        this.placesByName = frozen(byName);
        byBase.keySet().removeAll(byName.keySet());
        this.placesByBaseName = frozen(byBase);
        Set<String> pairs = new HashSet<>();
        for (String name : placesByName.keySet()) {
            String[] words = name.split(" ");
            for (int i = 1; i < words.length; i++) pairs.add(words[i - 1] + " " + words[i]);
        }
        this.wordPairs = Set.copyOf(pairs);
    }

    /** The loose keys of each two words that follow each other in a gazetteer name. */
    private final Set<String> wordPairs;

    /**
     * Whether two words, written normalised, follow each other in some gazetteer name written loosely: a cheap test
     * before {@link #placesNamed} reads a phrase that holds them.
     */
    boolean mayFollowInAName(String normalizedWord, String normalizedNext) {
        return wordPairs.contains(wordKey(normalizedWord) + " " + wordKey(normalizedNext));
    }

    /** The gazetteer places whose Arabic name {@code name} spells loosely (see the class comment); empty for none. */
    List<String> placesNamed(String name) {
        String key = key(name);
        if (key.replace(" ", "").length() < MIN_LETTERS) return List.of();
        List<String> keys = placesByName.get(key);
        return keys != null ? keys : placesByBaseName.getOrDefault(key, List.of());
    }

    /** A name's loose key: its words' keys ({@link #words}) joined by spaces. */
    static String key(String name) {
        return String.join(" ", words(name));
    }

    /** A name's words, each loosely: normalised, without the article, alike letters as one, no last ة, ي or ا. */
    private static List<String> words(String name) {
        if (name == null) return List.of();
        List<String> words = Arrays.stream(ArabicNormalizer.normalize(name).text().split("[^\\p{IsArabic}]+"))
                .filter(w -> !w.isEmpty()).map(ArabicSpellings::wordKey).filter(w -> !w.isEmpty())
                .collect(Collectors.toList());
        // «البو مصعة» and «البومصعة», «البو كمال» and «البوكمال»: the clan's «البو» is written apart and joined.
        for (int i = words.size() - 2; i >= 0; i--) {
            if (words.get(i).equals("بو")) words.set(i, "بو" + words.remove(i + 1));
        }
        return words;
    }

    private static String wordKey(String word) {
        String w = word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
        StringBuilder b = new StringBuilder(w.length());
        for (int k = 0; k < w.length(); k++) b.append(alike(w.charAt(k)));
        int end = b.length();
        if (end > 2 && "هيا".indexOf(b.charAt(end - 1)) >= 0) b.setLength(end - 1);
        return b.toString();
    }

    private static Map<String, List<String>> frozen(Map<String, Set<String>> m) {
        Map<String, List<String>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }
}
