package org.furat.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.furat.model.Place;

/**
 * Finds places an English report spells in a way the gazetteer does not: the same Arabic name comes out as
 * Dhiban, Dheiban and Diban, Al-Shuhayl and al-Shuheil, Gharanij and Granij. Each spelling is reduced to its
 * consonant skeleton (article, vowels, doubled letters and the final h of a feminine ending left out; kh, gh, dh,
 * th, sh written as one letter), and a capitalised name after a place word ("in", "the town of", "near") whose
 * skeleton is that of exactly one gazetteer place, and of no other, is taken for it. Skeletons are short, so only
 * names of three consonants or more are read, only after such a word ("President Bashar" never becomes Busayrah),
 * and only where the gazetteer matcher found nothing. Immutable and thread-safe.
 */
final class LatinSpellings {

    /** A capitalised name of one to three words, possibly with an article and apostrophes: "al-Sha'fa", "Abu Hamam". */
    private static final Pattern NAME = Pattern.compile(
            "\\b(?:in|of|near|at|from|outside|on)\\s+(?:the\\s+)?((?:(?:[Aa]l|[Ee]l|[Aa]sh|[Aa]d|[Aa]r|[Aa]s|[Aa]t|[Aa]z)[- ])?"
                    + "\\p{Lu}[\\p{L}'’`ʿ]+(?:[- ]\\p{Lu}[\\p{L}'’`ʿ]+){0,2})");
    private static final Set<String> ARTICLES = Set.of("al", "el", "ash", "ad", "ar", "as", "at", "az", "an", "adh", "ath");
    /** How sure a skeleton's match is: a name spelled another way, not the gazetteer's own spelling. */
    private static final double CONFIDENCE = 0.6;
    /** Fewer consonants than this make no skeleton worth trusting. */
    private static final int MIN_CONSONANTS = 3;

    /** The gazetteer place each skeleton names, for skeletons only one place has. */
    private final Map<String, String> placeBySkeleton = new HashMap<>();

    LatinSpellings(List<Place> gazetteer) {
        Map<String, Set<String>> keysBySkeleton = new HashMap<>();
        for (Place p : gazetteer) {
            if (p.kind().isAdminUnit()) continue;
            List<String> names = new ArrayList<>(p.variantsEn());
            names.add(p.nameEn());
            for (String name : names) {
                String skeleton = skeleton(name);
                if (skeleton.length() >= MIN_CONSONANTS) keysBySkeleton.computeIfAbsent(skeleton, k -> new HashSet<>()).add(p.key());
            }
        }
        keysBySkeleton.forEach((skeleton, keys) -> {
            if (keys.size() == 1) placeBySkeleton.put(skeleton, keys.iterator().next());
        });
    }

    /** The places {@code text} names in spellings the gazetteer lacks, outside the spans already {@code found}. */
    List<PlaceMention> findIn(String text, List<PlaceMention> found) {
        List<PlaceMention> more = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            int start = m.start(1), end = m.end(1);
            if (found.stream().anyMatch(p -> p.span().start() < end && start < p.span().end())) continue;
            // The longest run of the name's words that spells a place: "Dheiban Tuesday" is Dheiban.
            String[] words = m.group(1).split("[- ]");
            for (int n = words.length; n >= 1; n--) {
                String name = String.join(" ", java.util.Arrays.copyOf(words, n));
                String key = placeBySkeleton.get(skeleton(name));
                if (key == null) continue;
                int nameEnd = endOfWords(text, start, n);
                more.add(new PlaceMention(Span.of(text, start, nameEnd), List.of(key), key, CONFIDENCE, null,
                        false, null));
                break;
            }
        }
        return more;
    }

    /** Where the first {@code n} words from {@code start} end. */
    private static int endOfWords(String text, int start, int n) {
        int i = start, words = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean inWord = Character.isLetter(c) || "'’`ʿ".indexOf(c) >= 0;
            if (!inWord) {
                if (i > start && (Character.isLetter(text.charAt(i - 1)))) words++;
                if (words == n) return i;
            }
            i++;
        }
        return text.length();
    }

    /** A name's consonant skeleton: "al-Shuheil" and "Al-Shuhayl" are both "shl", Dheiban and Diban "dbn". */
    static String skeleton(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT)
                .replaceAll("\\p{M}", "").replaceAll("['’`ʿ]", "");
        String[] words = s.split("[^a-z]+");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || i < words.length - 1 && ARTICLES.contains(w)) continue;
            if (w.length() > 3 && (w.endsWith("ah") || w.endsWith("eh"))) w = w.substring(0, w.length() - 1);
            b.append(w);
        }
        String t = b.toString().replace("kh", "k").replace("gh", "g").replace("dh", "d").replace("th", "t")
                .replace("sh", "s").replace("ch", "s").replace("q", "k").replace("ph", "f");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ("aeiouy".indexOf(c) >= 0) continue;
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) continue;
            out.append(c);
        }
        return out.toString();
    }
}
