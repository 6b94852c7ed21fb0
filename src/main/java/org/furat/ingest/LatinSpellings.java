package org.furat.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.furat.model.Place;
import org.furat.text.Script;

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

    /** Words after which a capitalised name is a place: "in Diban", "the village of al-Safafneh". */
    private static final Set<String> PLACE_WORDS = Set.of("in", "of", "near", "at", "from", "outside", "on");
    /** At most this many capitalised words make a name. */
    private static final int MAX_WORDS = 3;
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
    List<PlaceMention> findIn(TokenizedText text, List<PlaceMention> found) {
        List<PlaceMention> more = new ArrayList<>();
        for (int i = 0; i + 1 < text.size(); i++) {
            if (text.get(i).script() != Script.LATIN || !PLACE_WORDS.contains(text.form(i))) continue;
            int first = i + 1;
            if (text.form(first).equals("the") && first + 1 < text.size()) first++;
            // An article before the name ("al-Safafneh") is part of it; the name itself is capitalised.
            int name = first;
            if (ARTICLES.contains(text.form(name)) && name + 1 < text.size() && text.joined(name + 1)) name++;
            if (!text.joined(name) || text.get(name).script() != Script.LATIN || !text.get(name).capitalised()) continue;
            int last = name;
            while (last + 1 < text.size() && last + 1 - name < MAX_WORDS && text.joined(last + 1)
                    && text.get(last + 1).script() == Script.LATIN && text.get(last + 1).capitalised()) last++;
            int start = text.get(first).start(), end = text.end(last);
            if (found.stream().anyMatch(p -> p.span().start() < end && start < p.span().end())) continue;
            // The longest run of the name's words that spells a place: "Dheiban Tuesday" is Dheiban.
            for (int to = last; to >= name; to--) {
                StringBuilder words = new StringBuilder();
                for (int k = first; k <= to; k++) words.append(text.form(k)).append(' ');
                String key = placeBySkeleton.get(skeleton(words.toString()));
                if (key == null) continue;
                more.add(new PlaceMention(text.span(first, to + 1), List.of(key), key, CONFIDENCE, null, false, null));
                break;
            }
            i = last;
        }
        return more;
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
