package org.furat.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The possessive pronouns Arabic writes onto a noun («والدته» his mother, «أطفالها» her children, «بلدتي» my
 * town), from {@code data/lexicons/possessive-suffixes.csv}, and the nouns a word may be once one is taken off.
 * Before a suffix a ta marbuta is written ت, a dual or plural drops its ن and a final hamza sits on و or ي, so
 * those come back: «والدت» is «والدة», «طفلي» is «طفلين», «أبنائ» is «أبناء». Words are normalised (ة as ه,
 * hamza seats as و and ي), so the suffix ه cannot be told from a ta marbuta: «مدنيه» is «مدنية» or «مدني» +
 * «ه», one person either way. Immutable and thread-safe.
 */
final class Possessives {

    private static final class Holder {
        static final Possessives STANDARD = new Possessives();
    }

    /** Suffixes, longest first; and whether each may end a person noun. */
    private record Suffix(String text, boolean persons) {}

    private final List<Suffix> suffixes = new ArrayList<>();
    /** The last letter of each suffix. */
    private final String lastLetters;

    private Possessives() {
        for (LexiconCsv.Row row : LexiconCsv.read("possessive-suffixes", "language", "suffix", "persons")) {
            String[] words = LexiconCsv.words(row.get("suffix"));
            if (words.length != 1) throw row.error("a suffix is one word's ending");
            String persons = row.get("persons");
            if (!persons.equals("yes") && !persons.equals("no")) throw row.error("persons must be yes or no");
            suffixes.add(new Suffix(words[0], persons.equals("yes")));
        }
        suffixes.sort(Comparator.comparingInt((Suffix s) -> s.text().length()).reversed());
        StringBuilder last = new StringBuilder();
        for (Suffix s : suffixes) last.append(s.text().charAt(s.text().length() - 1));
        lastLetters = last.toString();
    }

    static Possessives standard() { return Holder.STANDARD; }

    /**
     * The nouns the normalised {@code word} may be without a possessive ending, most likely first; empty
     * when it has none. With {@code persons}, only the endings a person noun may carry.
     */
    List<String> stems(String word, boolean persons) {
        // Most words end in a letter no suffix ends in: asked of every word of a report, so told apart first.
        if (word.isEmpty() || lastLetters.indexOf(word.charAt(word.length() - 1)) < 0) return Collections.emptyList();
        List<String> stems = new ArrayList<>(4);
        for (Suffix s : suffixes) {
            if ((persons && !s.persons()) || !word.endsWith(s.text()) || word.length() - s.text().length() < 2) continue;
            String base = word.substring(0, word.length() - s.text().length());
            stems.add(base);
            char last = base.charAt(base.length() - 1);
            String bare = base.substring(0, base.length() - 1);
            if (last == 'ت') stems.add(bare + 'ه');
            // «طفليه», his two children. Before ه the letters ي + ه may also spell a feminine ending («شخصية», a
            // figure), so the dual comes after the base itself («عسكري» of «عسكرية»); a caller reads a word that is a
            // noun as it stands before any of its stems (CasualtyExtractor.noun), and «شخصية» is listed so.
            if (last == 'ي') stems.add(base + 'ن');
            if (last == 'ي' || last == 'و') stems.add(bare + 'ء');
        }
        return stems;
    }
}
